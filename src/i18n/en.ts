/**
 * English interface strings. `fr.ts` must provide the same keys (it is typed by this
 * table). Plurals are functions. Each element owns one section; edit only your own.
 */
export const en = {
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    sampleData: 'Sample figures for demonstration, not real data.',
    errors: {
      'index-version': 'This page uses an older or newer data file than the widget understands. Reload the page; if it persists, tell the site owner.',
      'index-format': 'The occupation data could not be read. Try again later or tell the site owner.',
      'index-integrity': 'The occupation data did not arrive intact. Retry in a moment.',
      network: 'The occupation data could not be downloaded. Check your connection, then retry.',
      'not-found': 'The occupation data was not found at its address. Tell the site owner.',
      'index-blocked': 'The training list could not be loaded on this page. Tell the site owner.',
      unknown: 'Something went wrong while loading. Retry, or reload the page.',
    },
  },
  search: {
    labelCurrent: 'I work as…',
    labelTarget: 'I want to become…',
    hint: 'Type a job title, then choose the matching occupation from the list.',
    listLabel: 'Matching occupations',
    count: (n: number): string =>
      n === 0 ? 'No occupation found' : n === 1 ? '1 occupation found' : `${n} occupations found`,
    noMatch: 'No occupation matches this title. Try fewer words or another title.',
    didYouMean: 'Did you mean',
    officialTitle: (title: string, code: string): string => `${title} (NOC ${code})`,
    loadingTitles: 'Loading job titles…',
    clear: 'Clear the job title',
    notClose: (query: string): string =>
      `No job title here matches “${query}” closely: the closest are in the list, but your job may not be covered.`,
    browse: 'Browse occupations by category',
    browseIntro: 'Choose a category, then your occupation.',
    /** NOC 2021 broad occupational categories, by their first digit (0-9). */
    broad: [
      'Legislative and senior management occupations',
      'Business, finance and administration occupations',
      'Natural and applied sciences and related occupations',
      'Health occupations',
      'Occupations in education, law and social, community and government services',
      'Occupations in art, culture, recreation and sport',
      'Sales and service occupations',
      'Trades, transport and equipment operators and related occupations',
      'Natural resources, agriculture and related production occupations',
      'Occupations in manufacturing and utilities',
    ] as readonly string[],
    occupationCount: (n: number): string => (n === 1 ? '1 occupation' : `${n} occupations`),
    /** Shown on the French page, in English, to someone who typed an English title. */
    alsoInLang: 'This page is also in English.',
    showInLang: 'Show it in English',
  },
  recommendations: {
    heading: (count: number, occupation: string, more = false) =>
      `${count}${more ? '+' : ''} program${count === 1 ? '' : 's'} for ${occupation}`,
    headingGap: (count: number, from: string, to: string, more = false) =>
      `${count}${more ? '+' : ''} program${count === 1 ? '' : 's'} to move from ${from} to ${to}`,
    staleNote: 'Showing a saved copy of the program data: a newer one could not be loaded.',
    offlineNote: 'You seem to be offline: showing the program data saved on this device.',
    sample: 'Sample programs from fictional institutions, for demonstration only.',
    choose: 'Choose an occupation to see programs that teach its skills.',
    loading: 'Loading programs…',
    noSource: 'No program data: this page must give the widget the address of its index (the src attribute).',
    unknownOccupation: (code: string) =>
      `No occupation with code ${code} is in this data. Choose another occupation.`,
    filters: 'Filter and sort programs',
    filtersActive: (count: number) => `(${count} active)`,
    delivery: 'Delivery',
    maxHours: 'Maximum hours',
    maxCost: 'Maximum cost',
    language: 'Language of instruction',
    provider: 'Institution',
    anyProvider: 'All institutions',
    any: 'Any',
    hoursUpTo: (hours: string) => `Up to ${hours} hours`,
    costUpTo: (money: string) => `Up to ${money}`,
    freeOnly: 'Free only',
    osap: 'OSAP eligible only',
    sort: 'Sort by',
    sortFit: 'Best fit',
    sortHours: 'Fewest hours',
    sortCost: 'Lowest cost',
    clearFilters: 'Clear filters',
    empty: 'No programs match these filters.',
    emptyHint: 'Try a higher maximum cost or more hours, another delivery or language, or clear the filters.',
    none: (occupation: string) => `This catalogue has no program that teaches the core skills of ${occupation}.`,
    noneGap: (from: string, to: string) =>
      `No program in this catalogue teaches what ${to} need beyond ${from} yet.`,
    few: (count: number, occupation: string) =>
      `This catalogue has little for ${occupation}: only ${count} program${count === 1 ? ' teaches' : 's teach'} the occupation’s core skills.`,
    fewGap: (count: number, from: string, to: string) =>
      `This catalogue has little for the move from ${from} to ${to}: only ${count} program${count === 1 ? ' teaches' : 's teach'} the skills it takes.`,
    /** Follows `none`/`few`: what the person can still use. */
    elsewhere: (count: number): string =>
      count === 0
        ? 'Related occupations share many of the same skills and may be better served by this catalogue.'
        : 'Each program below says which key skills you need it teaches; related occupations share many of the same skills and may be better served.',
    announce: (count: number) =>
      count === 0 ? 'No programs match.' : count === 1 ? '1 program matches.' : `${count} programs match.`,
    shown: (shown: number, total: number) => `Showing ${shown} of ${total}`,
    showMore: (count: number) => `Show ${count} more`,
    programs: 'Programs',
  },
  plan: {
    heading: 'Your plan at a glance',
    have: 'Key skills you likely already have',
    haveNote: (from: string) => `From your work as ${from}.`,
    haveNone: 'None that the occupation profiles show.',
    need: 'Key skills you need',
    keySkills: 'Key skills of this occupation',
    pathway: 'Suggested pathway',
    pathwayIntro: (programs: number, covered: number, needed: number) =>
      `${programs === 1 ? 'This program covers' : `These ${programs} programs together cover`} ${covered} of the ${needed} key skill${needed === 1 ? '' : 's'} you need.`,
    total: 'In total',
    hours: (hours: string) => `${hours} hours`,
    hoursUnknown: 'hours not listed for every program',
    costUnknown: 'cost not listed for every program',
    adds: 'Adds',
    uncovered: 'No program here covers',
    noPathway: 'No program in this list teaches the key skills you need.',
    allHad: 'Your current work likely gives every key skill of this occupation.',
    fullList: 'The full list of programs follows.',
  },
  card: {
    provider: 'Offered by',
    facts: 'Program facts',
    hoursLabel: 'Hours',
    hours: (hours: string) => `${hours} hours`,
    hoursUnknown: 'Not listed',
    costLabel: 'Cost',
    free: 'Free',
    costUnknown: 'Cost not listed',
    deliveryLabel: 'Delivery',
    delivery: { online: 'Online', 'in-person': 'In person', hybrid: 'Hybrid' },
    languageLabel: 'Language',
    language: { en: 'English', fr: 'French', bilingual: 'English and French', other: 'Other language' },
    osapLabel: 'OSAP',
    osapYes: 'Eligible',
    osapNo: 'Not eligible',
    credentialLabel: 'Credential',
    /** Credential types as catalogues write them (in English), shown in this language; others as written. */
    credentials: {} as Readonly<Record<string, string>>,
    notListed: 'Not listed',
    why: 'Why this program',
    strength: {
      strong: 'Strong match: its title or listed skills name this work.',
      moderate: 'Partial match: some of its learning outcomes or modules cover this work.',
    },
    series: (count: number) => (count === 1 ? '1 more course in this series' : `${count} more courses in this series`),
    matched: 'Skills it covers',
    // Said of its text, which is what was read: "does not cover" was a claim about the
    // course itself, and contradicted it where the text names a skill in other words.
    gap: 'Key skills of the job its description does not name',
    adds: 'Adds key skills you need',
    addsNone: 'Adds none of the key skills you need.',
    also: 'Also covers',
    link: 'Program page',
    /** Printed in place of the link. */
    webAddress: (url: string): string => `Web address: ${url}`,
    newTab: '(opens in a new tab)',
    inquire: 'Ask about this program',
    missing: 'No program to show.',
  },
  labourMarket: {
    heading: (title: string): string => `Job market: ${title}`,
    choose: 'Choose an occupation to see its job market.',
    unknown: (code: string): string => `No occupation with code ${code} in this data.`,
    noFigures: 'No job-market figures are published for this occupation.',
    outlook: 'Outlook',
    explain: 'What does this mean?',
    wages: 'Hourly wages',
    wagesIn: (place: string): string => `Hourly wages in ${place}`,
    low: 'Low',
    median: 'Median',
    high: 'High',
    notPublished: 'Not published',
    chartText: (place: string, low: string, median: string, high: string): string =>
      `Hourly wages in ${place}: low ${low}, median ${median}, high ${high}.`,
    source: (name: string, vintage: string): string => `Source: ${name}, ${vintage}.`,
    region: 'Region',
    hourly: 'Hourly',
    yearly: 'Per year (approx.)',
    figure: 'Figure',
    facts: 'Jobs and job seekers',
  },
  inquiry: {
    headingLearner: 'Ask about these programs',
    headingEmployer: 'Ask about training for your team',
    programs: (count: number) => (count === 1 ? 'Program you are asking about' : `${count} programs you are asking about`),
    noPrograms: 'No program is chosen yet. Choose at least one program, then send your inquiry.',
    required: 'required',
    optional: 'optional',
    name: 'Your name',
    organization: 'Organization',
    contactName: 'Name of the person to contact',
    email: 'Email',
    phone: 'Phone',
    employees: 'Number of employees to train',
    message: 'Your question',
    messageHint: (max: string) => `Up to ${max} characters.`,
    emailHint: 'The institution replies to this address.',
    /** `institutions` is already a joined list ("A and B"). */
    /** `plural`: more than one name (French agrees the verb). */
    consent: (institutions: string, _plural = false) => `I agree that ${institutions} may contact me about this inquiry.`,
    consentFallback: 'the institution offering these programs',
    /** Who may contact the person when the page does not say who runs its inquiry service. */
    serviceOwners: 'the people who run this page’s inquiry service',
    and: 'and',
    honeypot: 'Leave this field empty',
    submit: 'Send inquiry',
    sending: 'Sending your inquiry…',
    sent: (institutions: string) => `Your inquiry was sent. ${institutions} will contact you by email.`,
    /** The endpoint forwards to each institution (`routed`); `service` runs it. */
    sentRouted: (service: string, institutions: string, count: number) =>
      `Your inquiry was sent to ${service}, which forwards it to ${institutions}. ${count > 1 ? 'The institutions' : 'The institution'} will contact you by email.`,
    sentRoutedHere: (institutions: string, count: number) =>
      `Your inquiry was sent to the inquiry service of this page, which forwards it to ${institutions}. ${count > 1 ? 'The institutions' : 'The institution'} will contact you by email.`,
    sentHere: 'Your inquiry was sent to the inquiry service of this page. Replies come to the email address you gave.',
    queuedOffline: 'Saved on this device. It will be sent when you are back online.',
    queuedServer: 'The server did not answer. Your inquiry is saved on this device and will be sent automatically in a few minutes.',
    queuedMemory: 'This browser cannot keep your inquiry if you close or reload the page: keep this page open until it is sent.',
    earlier: (count: number) =>
      count === 1
        ? 'An earlier inquiry is saved on this device and will be sent when possible.'
        : `${count} earlier inquiries are saved on this device and will be sent when possible.`,
    rejected: 'The inquiry was not accepted. Check your entries, then send again.',
    config: (institutions: string) =>
      `This form is not set up correctly, so your inquiry cannot be sent from here. Contact ${institutions} directly through the program page. Your inquiry is kept on this device.`,
    configHint: 'For the site owner: check the inquiry endpoint address and that it allows this site (CORS).',
    noEndpoint: 'This form has no address to send inquiries to. Contact the institution through the program page.',
    discard: 'Discard this inquiry',
    discardEarlier: 'Discard saved inquiries',
    refusedEarlier: (date: string, toFix: boolean) =>
      toFix
        ? `An inquiry you wrote on ${date} was not accepted: some entries need fixing. It is not sent until you fix it.`
        : `An inquiry you wrote on ${date} was refused by the site and cannot be sent from this form.`,
    openToFix: 'Open it to fix it',
    openRefused: 'Show it',
    discardOne: 'Discard it',
    keptFor: (days: number) => `An inquiry that is not sent is deleted from this device ${days} days after you wrote it.`,
    discarded: 'The saved inquiry was discarded. Nothing was sent. You can edit your inquiry and send it again.',
    sendNow: 'Try sending now',
    another: 'Send another inquiry',
    summary: (count: number) =>
      count === 1 ? 'There is 1 problem with this form' : `There are ${count} problems with this form`,
    errorPrefix: 'Error:',
    errors: {
      required: {
        name: 'Enter your name.',
        organization: 'Enter the name of your organization.',
        contactName: 'Enter the name of the person to contact.',
        email: 'Enter your email address.',
        employees: 'Enter how many employees need training.',
        message: 'Enter your question.',
        programIds: 'Choose at least one program.',
      } as Record<string, string>,
      invalid: {
        name: 'Enter your name in letters: numbers and symbols alone are not a name.',
        contactName: 'Enter the contact’s name in letters: numbers and symbols alone are not a name.',
        organization: 'Enter the name of your organization in letters or digits.',
        email: 'Enter an email address like name@example.com.',
        phone: 'Enter a phone number using digits, spaces or dashes, like 613-555-0100.',
        employees: 'Enter a whole number of employees, from 1 to 100,000.',
      } as Record<string, string>,
      invalidOther: 'Check this entry: it contains characters that cannot be sent.',
      characters: 'This entry holds a line break or characters you cannot see, often copied along with it. Type it again rather than pasting it.',
      charactersMessage: 'Your question holds control characters you cannot see, often copied along with the text. Type that part again rather than pasting it.',
      tooLong: (max: string) => `Use ${max} characters or fewer.`,
      consent: 'Tick the box to agree to be contacted: the inquiry cannot be sent without it.',
    },
  },
  finder: {
    heading: 'Find training for your team',
    skillLabel: 'Skills your team needs',
    skillHint: 'Type a skill, then choose it from the list. Add as many as you need.',
    suggestions: 'Skills',
    suggestionsCount: (count: number) =>
      count === 0 ? 'No skills found.' : `${count} skill${count === 1 ? '' : 's'} found.`,
    noSkill: (query: string) => `No skill matches “${query}”. Try a shorter or more general word.`,
    chosen: 'Chosen skills',
    remove: (label: string) => `Remove ${label}`,
    added: (label: string, count: number) =>
      `${label} added. ${count} skill${count === 1 ? '' : 's'} chosen.`,
    removed: (label: string, count: number) =>
      `${label} removed. ${count} skill${count === 1 ? '' : 's'} chosen.`,
    prompt: 'Choose one or more skills to see programs across institutions.',
    results: (count: number, more = false) =>
      `${count}${more ? '+' : ''} program${count === 1 ? '' : 's'} teach${count === 1 ? 'es' : ''} at least one of these skills`,
    none: 'No program in this catalogue teaches the chosen skills yet. Remove a skill to widen the search.',
    select: (title: string) => `Select ${title}`,
    selected: (count: number) => `${count} selected`,
    clearSelection: 'Clear selection',
    inquire: (count: number) => `Send one inquiry about ${count} program${count === 1 ? '' : 's'}`,
    selectFirst: 'Select the programs you want to ask about.',
    review: 'Who receives your inquiry',
    recipients: (count: number) =>
      `${count} institution${count === 1 ? '' : 's'} will receive it:`,
    recipientsRouted: (service: string | null, count: number) =>
      `Sent to ${service ?? 'the inquiry service of this page'}, which forwards it to ${count === 1 ? 'this institution' : `these ${count} institutions`}:`,
    recipientsVia: (receiver: string | null, count: number) =>
      `Sent to ${receiver ?? 'the inquiry service of this page'}, not to each institution. It names programs of ${count === 1 ? 'this institution' : `these ${count} institutions`}:`,
    whatTheySee:
      'The inquiry holds your organization’s name, your name, email and phone (if you give one), how many employees need training, your message and the programs you selected. Nothing else from this page is sent.',
    formMissing:
      'The inquiry form is not available on this page. Contact the institutions above through their program pages.',
    back: 'Back to programs',
    showMore: (count: number) => `Show ${count} more`,
  },
  portal: {
    label: 'Career and training explorer',
    heading: 'Find training for your next step',
    intro:
      'Tell us the job you have and, if you like, the job you want. We match it to an occupation, show its job market and suggest short programs.',
    targetHint: 'Optional. Leave it empty to see training for the job you have.',
    switchTo: 'Français',
    switchToLang: 'fr',
    switchLabel: 'Afficher en français',
    resultsFor: (title: string): string => `Training for ${title}`,
    resultsGap: (from: string, to: string): string => `From ${from} to ${to}`,
    related: 'Where could you go from here?',
    relatedIntro: 'Occupations that share skills with this one. Choose one to see the training that leads there.',
    relatedNone: 'No closely related occupation in this data.',
    setTarget: (title: string): string => `Set ${title} as the job I want`,
    inquiryHeading: 'Ask about programs',
    close: 'Close',
    loadingIndex: 'Loading occupations and programs…',
    inquiryUnavailable: 'Inquiries cannot be sent from this page. Use the program’s link to contact the provider.',
    copyLink: 'Copy link',
    linkCopied: 'Link copied. It opens these results with the same choices and filters; it holds nothing about you.',
    linkNotCopied: 'The link could not be copied. Copy the address from the browser’s address bar: it opens these results.',
  },
};

export type Messages = typeof en;
