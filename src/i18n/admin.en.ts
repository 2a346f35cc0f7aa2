/**
 * English strings of the institution's side: the inbox, the `/admin/` page, the outcomes
 * report and the catalogue review. Apart from `en.ts` so that the widgets learners see do
 * not carry them.
 */
import { columnsMissingReason, type CatalogueProblemMessages, type JsonKind, type MarksProblemMessages } from '../core/catalogue/index.js';
import { receipt } from './en/receipt.js';

/** A JSON value's kind in a sentence: `found an object`. */
const enKind: Record<JsonKind, string> = {
  list: 'a list',
  null: 'null',
  object: 'an object',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
};

/**
 * The catalogue reader's problems by code (src/core/catalogue/problems.ts). In English they
 * are the very reasons `build-index` prints (a test holds them equal).
 */
const catalogueProblems: CatalogueProblemMessages = {
  'read-as-windows-1252': () => 'not UTF-8; read as Windows-1252',
  'quote-swallows-lines': ({ closedOn, lines, recovered }) =>
    `the quote opened here closes only on line ${closedOn} and holds line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}, which read as rows of their own; ${recovered ? 'read the line without that quote, ' : ''}check the quoting`,
  'quote-breaks-row': ({ closedOn, fields, columns, recovered }) =>
    `the quote opened here closes only on line ${closedOn} and makes the row ${fields} fields long, header has ${columns}; ${recovered ? 'read the line without that quote, ' : ''}check the quoting`,
  'quote-unclosed': ({ recovered, rowStartsOn }) =>
    recovered
      ? 'the quote opened here is never closed; read the line without that quote, check the quoting'
      : `the quote opened here is never closed${rowStartsOn === null ? '' : ` (its row starts on line ${rowStartsOn})`}; row skipped, check the quoting`,
  'columns-missing': ({ missing, header }) => columnsMissingReason(missing, header),
  'field-count': ({ fields, columns }) => `${fields} fields, header has ${columns}; check the quoting`,
  'item-not-object': () => 'not an object; skipped',
  'not-text': ({ found }) => `expected text, found ${enKind[found]}; left empty`,
  'not-utf8': () => 'holds bytes that are not UTF-8 (shown as \ufffd); re-save the file as UTF-8',
  'too-long': ({ length, max }) => `${length} characters; cut to ${max}`,
  'id-missing': () => 'missing id; row skipped',
  'id-invalid': ({ value }) => `"${value}" is not a valid id (letters, digits, . _ : -); row skipped`,
  'id-duplicate': ({ value }) => `duplicate id "${value}"; row skipped`,
  'title-missing': () => 'missing title; row skipped',
  'provider-fr-differs': ({ value, kept, line }) => `"${value}" is not the French name line ${line} gives this provider ("${kept}"); that one is kept`,
  'url-not-https': ({ value }) => `"${value}" is not an https link; left empty`,
  'not-a-number': ({ value }) => `"${value}" is not a non-negative number; left empty`,
  'too-large': ({ value, max }) => `"${value}" is more than ${max.toLocaleString('en-CA')}; left empty`,
  'not-allowed': ({ value, allowed }) => `"${value}" is not one of ${allowed.join(', ')}; left empty`,
  'region-unknown': ({ value }) => `"${value}" is not a known region code (ER00, ER35, ER3510-ER3595); left empty`,
  'not-yes-no': ({ value }) => `"${value}" is not yes or no; left empty`,
  'tags-not-text': ({ count, found }) => `${count} tag${count > 1 ? 's are' : ' is'} not text (${enKind[found]}); left out`,
  'reviewed-not-text': ({ found }) => `expected skill ids separated by ";", found ${enKind[found]}; not reviewed`,
  'reviewed-not-an-id': ({ value }) => `"${value}" is not a skill id (like esco:use-spreadsheets-software); left out`,
  'not-for-not-text': ({ found }) => `expected NOC codes separated by ";", found ${enKind[found]}; left empty`,
  'not-for-not-a-code': ({ value }) => `"${value}" is not a NOC 2021 code (five digits, like 21330); left out`,
};

const columns = (names: string[]) => `${names.join(' and ')} column${names.length > 1 ? 's' : ''}`;

/**
 * The learners' marks reader's problems by code (src/core/catalogue/learner-marks.ts), the
 * very reasons it writes (a test holds them equal).
 */
const marksProblems: MarksProblemMessages = {
  'marks-empty': () => 'the file is empty; expected the outcomes report (CSV or JSON)',
  'marks-not-csv': () => 'the quoting cannot be read from this line on; download the report again',
  'marks-not-json': () => 'not valid JSON; download the report again',
  'marks-not-outcomes-csv': ({ missing }) =>
    `the header has no ${columns(missing)}: this is not the outcomes report's CSV ("Download CSV" in the outcomes report saves it)`,
  'marks-not-outcomes-json': () => 'not an outcomes report: expected an object with "format": "mc-outcomes/1"',
  'marks-unrelated-not-a-list': ({ found }) => `expected a list of marks, found ${enKind[found]}`,
  'marks-older-report': ({ missing, kind }) =>
    `no ${kind === 'csv' ? columns(missing) : `${missing.join(' and ')} field`}: this report comes from a server older than learners' marks; update the inquiry server, then download the report again`,
  'mark-field-count': ({ fields, columns }) => `${fields} fields, header has ${columns}; mark skipped, check the quoting`,
  'mark-not-object': () => 'not an object; mark skipped',
  'mark-missing': () => 'empty; mark skipped',
  'mark-not-text': ({ found }) => `expected text or a number, found ${enKind[found]}; mark skipped`,
  'mark-not-a-code': ({ value }) => `"${value}" is not a NOC 2021 code (five digits, like 21330); mark skipped`,
  'mark-not-a-count': ({ value }) => `"${value}" is not a number of marks (a whole number, 1 or more); mark skipped`,
};

const enNumber = new Intl.NumberFormat('en-CA');
/** `1 mark`, `1,234 marks`. */
const count = (n: number, noun: string) => `${enNumber.format(n)} ${noun}${n === 1 ? '' : 's'}`;

export const adminEn = {
  adminInbox: {
    heading: 'Inquiries',
    signInHeading: 'Sign in to the inbox',
    signInIntro: 'Enter the admin token the server was started with. It is kept in this tab’s memory only: reloading or closing the page forgets it.',
    tokenLabel: 'Admin token',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signedOut: 'Signed out. The token is forgotten.',
    tokenRequired: 'Enter the admin token.',
    tokenRejected: 'Token not accepted. Check that you copied the whole token the server was started with.',
    tokenExpired: 'The server no longer accepts this token. Sign in again.',
    loading: 'Loading inquiries…',
    loaded: (shown: number, more: boolean) => `${shown} inquir${shown === 1 ? 'y' : 'ies'} loaded${more ? ', more are available' : ''}.`,
    empty: 'No inquiries yet. New ones appear here once people send them.',
    emptyFilter: 'None of the loaded inquiries names this program.',
    filterLabel: 'Program',
    filterAll: 'All programs',
    filterNote: (shown: number, loaded: number) =>
      `Showing ${shown} of the ${loaded} loaded inquir${loaded === 1 ? 'y' : 'ies'}. Older ones that name this program appear as you load more.`,
    loadMore: 'Load more',
    loadingMore: 'Loading more…',
    allLoaded: 'All inquiries are loaded.',
    exportCsv: 'Export all as CSV',
    exporting: 'Preparing the CSV file…',
    exported: (file: string) => `Downloaded ${file}.`,
    exportFailed: 'The CSV file could not be prepared. Retry in a moment.',
    fileName: (date: string) => `inquiries-${date}.csv`,
    learner: 'Learner',
    employer: 'Employer',
    received: 'Received',
    variant: 'From',
    contact: 'Contact',
    email: 'Email',
    phone: 'Phone',
    employees: 'Employees to train',
    message: 'Message',
    programs: 'Programs',
    occupation: 'Occupation',
    /** The occupation's title with its code, worded as on the learner's receipt. */
    occupationNamed: receipt.named,
    language: 'Language',
    languages: { en: 'English', fr: 'French' } as Record<string, string>,
    notGiven: 'Not given',
    routedTo: 'Sent to',
    routedToNone: 'No institution: none of its programs is in the index',
    unknownPrograms: 'Programs no institution offers',
    namesUnavailable: 'Program titles could not be loaded: programs are shown by their ids.',
    delete: (who: string) => `Delete the inquiry from ${who}`,
    deleteShort: 'Delete',
    confirmQuestion: (who: string, when: string) =>
      `Delete the inquiry from ${who}, received ${when}? It is removed from the server for good; this cannot be undone.`,
    /** An institution deleting an inquiry other institutions also received. */
    confirmShared: (who: string, when: string, others: string, count: number) =>
      `Delete the inquiry from ${who}, received ${when}, from your inbox? You will not see it again. It stays on the server for ${others}, who also received it, until ${count > 1 ? 'they delete it' : 'it deletes it'}.`,
    /** An institution deleting an inquiry that also names programs no institution offers. */
    confirmOperatorKeeps: (who: string, when: string) =>
      `Delete the inquiry from ${who}, received ${when}, from your inbox? You will not see it again. It also names programs no institution offers, so it stays on the server for the operator of this inquiry service.`,
    confirmDelete: 'Delete permanently',
    confirmRemove: 'Remove from my inbox',
    cancel: 'Cancel',
    deleting: 'Deleting…',
    deleted: (who: string) => `The inquiry from ${who} was deleted.`,
    deleteFailed: 'The inquiry could not be deleted. Retry in a moment.',
    errors: {
      network: 'The server could not be reached. Check your connection, then retry.',
      server: 'The server could not read the inquiries right now. Retry in a moment.',
      'rate-limited': 'Too many requests in a short time. Wait a minute, then retry.',
      'not-found': 'This server has no inbox at this address. Check the server address, or that the server was started with an admin token.',
      unknown: 'Something went wrong while loading the inquiries. Retry, or reload the page.',
    },
  },
  adminPage: {
    title: 'Inquiries: institution’s inbox',
    heading: 'Institution’s inbox',
    intro: 'Inquiries people sent about your programs. Read them, export them, and delete each one once it is handled.',
    switchTo: 'Français',
    switchLabel: 'Afficher en français',
    switchLang: 'fr',
  },
  outcomes: {
    heading: 'Outcomes',
    /** An occupation's title with its code, worded as in the inbox and on the learner's receipt. */
    occupationNamed: receipt.named,
    loading: 'Loading the outcomes report…',
    noToken: 'Sign in with the admin token to see the outcomes report.',
    empty: 'No data yet. The widgets have not sent any counts for this period. Counts arrive while people use the widgets on your pages, about once a minute.',
    period: (from: string | null, to: string | null): string =>
      from && to ? `From ${from} to ${to}` : from ? `From ${from}` : to ? `Until ${to}` : 'Everything received (kept for the retention period)',
    anonymous: 'Anonymous counts sent by the widgets: no cookies, no identifiers.',
    totals: 'Totals',
    shown: 'Recommendations shown',
    opens: 'Program opens',
    inquiries: 'Inquiries',
    clickThroughRate: 'Click-through rate',
    ctrHint: 'Program opens per recommendation shown.',
    queued: (n: string): string => `${n} sent later from a device that was offline`,
    byWeek: 'By week',
    week: 'Week',
    weekOf: (date: string): string => `Week of ${date}`,
    chartText: (weeks: number, first: string, last: string): string =>
      `Bar charts of recommendations shown, program opens and inquiries, each on its own scale, for each of ${weeks} weeks, from the week of ${first} to the week of ${last}. The table below gives every figure.`,
    byPage: 'By host page',
    page: 'Page',
    unknownPage: 'Page not reported (older widgets)',
    byOccupation: 'Recommendations by occupation',
    occupation: 'Occupation',
    byProgram: 'Program opens by program',
    program: 'Program',
    /** Signed in with an institution's token: only its own programs' opens and marks. */
    scoped: (provider: string): string =>
      `Counts for the programs of ${provider} only: how often people opened each of them, and marked one not relevant to an occupation. Recommendations shown, inquiries and typed job titles are not counted per institution, so they are not shown here.`,
    scopedEmpty: 'None of your programs was opened in this period.',
    unmatched: 'Job titles that matched nothing',
    unmatchedIntro: (min: number): string =>
      `What people typed that matched no occupation, typed on at least ${min} visits. Titles that look like a name written with capitals, an email address or a number are never listed. Use it to add missing job titles.`,
    unmatchedNone: (min: number): string => `No title has been typed on ${min} visits yet.`,
    title: 'Typed title',
    language: 'Language',
    langName: (lang: string): string => (lang === 'fr' ? 'French' : 'English'),
    visits: 'Visits',
    unrelated: 'Marked not relevant by learners',
    unrelatedIntro:
      'Programs that people marked “Not relevant to this job” when they were recommended for an occupation. A pair of program and occupation counts at most once per page load; no identifier is sent.',
    unrelatedHint:
      'If a program does not train for the occupation in its row, mark it “Not for this occupation” for that occupation in the catalogue review: the next index build stops recommending it there. There, choose this report’s CSV in the field “Learners’ marks” to see each mark beside its program.',
    unrelatedNone: 'No program was marked not relevant in this period.',
    marks: 'Marks',
    none: 'None in this period.',
    download: 'Download CSV',
    downloading: 'Preparing the CSV…',
    downloaded: 'The CSV file outcomes.csv was downloaded.',
    downloadFailed: 'The CSV could not be downloaded. Retry in a moment.',
    errors: {
      unauthorized: 'The admin token was refused. Sign in again.',
      'rate-limited': 'Too many requests. Wait a minute, then retry.',
      off: 'The server’s admin side is off: start it with an admin token.',
      unavailable: 'The server cannot read its storage right now. Retry in a moment.',
      network: 'The report could not be reached. Check your connection, then retry.',
      unknown: 'The report could not be loaded. Retry, or reload the page.',
    },
  },
  catalogueReview: {
    heading: 'Review your catalogue’s tags',
    intro:
      'Choose your program catalogue (CSV or JSON, in the format build-index reads). It is read on this computer; nothing is uploaded. Check the skills suggested for each program, then download the reviewed catalogue and build the index from it.',
    fileLabel: 'Catalogue file (CSV or JSON)',
    reading: (name: string) => `Reading ${name}…`,
    tagging: (done: number, total: number) => `Tagging programs: ${done} of ${total}`,
    taggingLabel: 'Tagging progress',
    loaded: (name: string, programs: number, problems: number) =>
      `${name}: ${programs} program${programs === 1 ? '' : 's'} read, ${problems} problem${problems === 1 ? '' : 's'}.`,
    unreadable: (reason: string) => `This file cannot be read: ${reason}`,
    coverageHeading: 'Coverage',
    coverage: (covered: string, total: string, percent: string, count: number) =>
      `${covered} of ${total} programs (${percent}) ${count === 1 ? 'has' : 'have'} reviewed or strong tags.`,
    coverageHint: 'A program counts when it keeps a skill you accepted or added, or a strong suggestion you did not reject.',
    download: 'Download the reviewed catalogue',
    downloadHint: (name: string) =>
      `Saves ${name} with a reviewed_skills column, and a not_for_occupations column once you mark an occupation: build-index uses those skills instead of tagging the programs you reviewed, and never recommends a program for an occupation you marked.`,
    downloaded: (name: string) => `${name} downloaded.`,
    problemsHeading: (count: number) => `Problems in the file (${count})`,
    noProblems: 'No problems: every row was read.',
    problem: (line: string, field: string) => `Line ${line}, ${field}:`,
    problemAt: (line: string) => `Line ${line}:`,
    problemAtField: (line: string, field: number) => `Line ${line}, field ${field}:`,
    wholeFile: 'Whole file:',
    problemsInEnglish: '',
    problemText: catalogueProblems,
    programsHeading: 'Programs and their skills',
    show: 'Show',
    showAll: 'All programs',
    showUncovered: 'Programs without reviewed or strong tags',
    showMarked: 'Programs learners marked not relevant',
    showing: (shown: string, total: string, _count: number) => `Showing ${shown} of ${total}.`,
    showMore: (count: number) => `Show ${count} more`,
    showMoreProblems: (count: number) => `Show ${count} more problems`,
    meta: (id: string, line: number) => `${id} · line ${line}`,
    noSuggestion: 'No skill suggested: add the skills this program teaches.',
    strength: { strong: 'Strong', medium: 'Medium', weak: 'Weak' } as Record<'strong' | 'medium' | 'weak', string>,
    strengthLabel: 'Strength:',
    source: {
      tag: 'Your tag',
      text: 'Your text',
      product: 'Software named',
      title: 'Your title',
      subject: 'Your subject area',
    } as Record<'tag' | 'text' | 'product' | 'title' | 'subject', string>,
    added: 'Added by you',
    removeButton: 'Remove',
    /** Around the phrase of the program that supports a suggestion, after where it comes from: `Your tag: “…”` (the phrase keeps its own language). */
    why: (source: string): [string, string] => [`${source}: “`, '”'],
    reachPending: 'Working out where each program is recommended…',
    reachedFor: 'Recommended first for:',
    markedFor: 'Marked for these occupations:',
    placement: (title: string, rank: number) => `${title} (#${rank})`,
    placementWords: (words: readonly string[]) => `from its words ${words.map((w) => `“${w}”`).join(' and ')}`,
    morePlacements: (count: number) => `Show ${count} more occupation${count === 1 ? '' : 's'}`,
    notForHint:
      'If a program does not train for one of these occupations, mark it: once the index is rebuilt from the downloaded catalogue, the program is never recommended for it, whatever words it shares with that work.',
    notFor: 'Not for this occupation',
    notForOccupation: (title: string, program: string) => `Not for this occupation: ${title} (${program})`,
    notForMarked: 'Marked: not recommended for it after the next build.',
    notForOn: (title: string, program: string) => `${program} marked as not for ${title}. Download the catalogue and rebuild the index for it to take effect.`,
    notForOff: (title: string, program: string) => `${program} may be recommended for ${title} again.`,
    notInIndex: 'Not in the index this page uses: build the index from this catalogue to see where it is recommended.',
    notReached: (top: number) => `Not among the first ${top} programs recommended for any occupation.`,
    gapsHeading: (count: string) => `Occupations your programs do not reach (${count})`,
    gapsNote: (top: number) =>
      `None of the programs in this file is among the first ${top} recommended for these occupations. Rankings come from the index this page uses, built from each program’s text: tag decisions change them only once you rebuild the index.`,
    noGaps: 'Every occupation has at least one of your programs among its first recommendations.',
    showMoreGaps: (count: number) => `Show ${count} more occupations`,
    accept: 'Accept',
    reject: 'Reject',
    acceptSkill: (label: string, program: string) => `Accept ${label} for ${program}`,
    rejectSkill: (label: string, program: string) => `Reject ${label} for ${program}`,
    remove: (label: string, program: string) => `Remove ${label} from ${program}`,
    addSkill: 'Add a skill',
    addSkillTo: (title: string) => `Add a skill to ${title}`,
    addLabel: 'Skill to add',
    addHint: 'Type a skill in English or French, then choose it from the list.',
    noMatch: (query: string) => `No skill matches “${query}”. Try a shorter or more general word.`,
    done: 'Done',
    accepted: (label: string) => `${label} accepted.`,
    rejected: (label: string) => `${label} rejected.`,
    undone: (label: string) => `Decision on ${label} taken back.`,
    addedSkill: (label: string) => `${label} added.`,
    removed: (label: string) => `${label} removed.`,
    coverageNow: (covered: number, total: number) => `Coverage: ${covered} of ${total}.`,
    marksLabel: 'Learners’ marks (optional)',
    marksHint:
      'The outcomes report’s CSV (its Download CSV button) or its JSON: the programs learners marked “Not relevant to this job”, and for which occupation. It is read on this computer; nothing is uploaded.',
    marksRead: (name: string, marks: number, programs: number) => `Read ${count(marks, 'mark')} on ${count(programs, 'program')} from ${name}.`,
    marksNotInFile: (marks: number, programs: number) =>
      `${count(marks, 'mark')} ${marks === 1 ? 'is' : 'are'} on ${programs === 1 ? 'a program that is' : `${enNumber.format(programs)} programs that are`} not in this catalogue file.`,
    marksProblemCount: (problems: number) => `${count(problems, 'problem')} in the file, listed below the field.`,
    marksProblemsHeading: (problems: number) => `Problems in the marks file (${problems})`,
    marksUnreadable: (name: string) => `${name} cannot be read as learners’ marks.`,
    marksBadge: (marks: number) => `Marked not relevant by ${count(marks, 'learner')}`,
    marksProblemText: marksProblems,
  },
};

export type AdminMessages = typeof adminEn;
