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
  },
  recommendations: {
    heading: (count: number, occupation: string) =>
      `${count} program${count === 1 ? '' : 's'} for ${occupation}`,
    headingGap: (count: number, from: string, to: string) =>
      `${count} program${count === 1 ? '' : 's'} to move from ${from} to ${to}`,
    choose: 'Choose an occupation to see programs that teach its skills.',
    loading: 'Loading programs…',
    unknownOccupation: (code: string) =>
      `No occupation with code ${code} is in this data. Choose another occupation.`,
    filters: 'Filter and sort programs',
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
    none: (occupation: string) =>
      `No program in this catalogue teaches the skills of ${occupation} yet.`,
    noneGap: (from: string, to: string) =>
      `No program in this catalogue teaches what ${to} need beyond ${from} yet.`,
    announce: (count: number) =>
      count === 0 ? 'No programs match.' : `${count} program${count === 1 ? '' : 's'} match.`,
    shown: (shown: number, total: number) => `Showing ${shown} of ${total}`,
    showMore: (count: number) => `Show ${count} more`,
    programs: 'Programs',
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
    notListed: 'Not listed',
    why: 'Why this program',
    matched: 'Skills it covers',
    gap: 'Skills it does not cover',
    link: 'Program page',
    newTab: '(opens in a new tab)',
    inquire: 'Ask about this program',
    missing: 'No program to show.',
  },
  labourMarket: {},
  inquiry: {},
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
    results: (count: number) =>
      `${count} program${count === 1 ? '' : 's'} teach${count === 1 ? 'es' : ''} these skills`,
    none: 'No program in this catalogue teaches the chosen skills yet. Remove a skill to widen the search.',
    select: (title: string) => `Select ${title}`,
    selected: (count: number) => `${count} selected`,
    clearSelection: 'Clear selection',
    inquire: (count: number) => `Send one inquiry about ${count} program${count === 1 ? '' : 's'}`,
    selectFirst: 'Select the programs you want to ask about.',
    review: 'Who receives your inquiry',
    recipients: (count: number) =>
      `${count} institution${count === 1 ? '' : 's'} will receive it:`,
    programsOf: (count: number) => `${count} selected program${count === 1 ? '' : 's'}:`,
    whatTheySee:
      'They will see your organization’s name, your name, email and phone (if you give one), how many employees need training, your message and the programs you selected. Nothing else from this page is sent.',
    formMissing:
      'The inquiry form is not available on this page. Contact the institutions above through their program pages.',
    back: 'Back to programs',
    showMore: (count: number) => `Show ${count} more`,
  },
  portal: {},
};

export type Messages = typeof en;
