/** How many partial matches were found: the end of `partialOnly` and `partialOnlyGap`. */
const allPartial = (count: number) => (count === 1 ? 'the one found is a partial match' : `all ${count} found are partial matches`);

/** "No programs", "1 program", "50+ programs". */
const programCount = (count: number, more = false) => (count === 0 ? 'No programs' : `${count}${more ? '+' : ''} program${count === 1 ? '' : 's'}`);

/** English strings of `<mc-recommendations>`. Part of `en` (../en.ts), which types the French table. */
export const recommendations = {
  heading: (count: number, occupation: string, more = false) => `${programCount(count, more)} for ${occupation}`,
  headingGap: (count: number, from: string, to: string, more = false) => `${programCount(count, more)} to move from ${from} to ${to}`,
  staleNote: 'Showing a saved copy of the program data: a newer one could not be loaded.',
  offlineNote: 'You seem to be offline: showing the program data saved on this device.',
  sample: 'Sample programs from fictional institutions, for demonstration only.',
  choose: 'Choose an occupation to see programs that teach its skills.',
  loading: 'Loading programs…',
  noSource: 'No program data: this page must give the widget the address of its index (the src attribute).',
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
  /**
   * Under the sort control: what every order but "Best fit" does (`sortRecommendations`),
   * naming them by their options' own labels (`sortHours`, `sortCost`), so the two cannot drift.
   */
  sortHint: (hours: string, cost: string) => `“${hours}” and “${cost}” list the strong matches first, then the partial matches.`,
  clearFilters: 'Clear filters',
  empty: 'No programs match these filters.',
  /** `filters`: the labels of the filters the person set that the panel shows, in its order. */
  emptyHint: (filters: readonly string[]): string =>
    filters.length === 0
      ? 'Clear the filters to see programs again.'
      : filters.length === 1
        ? `Change the filter “${filters[0]}”, or clear the filters.`
        : `Change one of the filters you set (${filters.join(', ')}), or clear the filters.`,
  // `at`: the page's own institution (`provider`): what it has, not the catalogue, which may
  // hold other institutions' programs.
  none: (occupation: string, at?: string) =>
    at
      ? `${at} has no program in this catalogue that teaches the core skills of ${occupation}.`
      : `This catalogue has no program that teaches the core skills of ${occupation}.`,
  noneGap: (from: string, to: string, at?: string) =>
    at
      ? `${at} has no program in this catalogue yet that teaches what ${to} need beyond ${from}.`
      : `No program in this catalogue teaches what ${to} need beyond ${from} yet.`,
  // "Teaches the occupation's core skills" claimed more than the builder's floor knows: a
  // short list is where a word of the work, taken in another sense, most often gets through
  // (genetic "circuits" for electricians). The floor is evidence, and the notice says so.
  few: (count: number, occupation: string, at?: string) =>
    `${at ?? 'This catalogue'} has little for ${occupation}: only ${count} program${count === 1 ? ' shows' : 's show'} signs of teaching its core skills.`,
  fewGap: (count: number, from: string, to: string, at?: string) =>
    `${at ?? 'This catalogue'} has little for the move from ${from} to ${to}: only ${count} program${count === 1 ? ' shows' : 's show'} signs of teaching the skills it takes.`,
  // A list of partial matches only, of any length: of the 18 reasons read on such lists in
  // eval/judged/reasons.tsv (the 40 drawn over all occupations), 3 were true.
  partialOnly: (count: number, occupation: string, at?: string) =>
    `No program ${at ? `of ${at}` : 'in this catalogue'} is a strong match for ${occupation}: ${allPartial(count)}.`,
  partialOnlyGap: (count: number, from: string, to: string, at?: string) =>
    `No program ${at ? `of ${at}` : 'in this catalogue'} is a strong match for the move from ${from} to ${to}: ${allPartial(count)}.`,
  /** Follows `few` or `partialOnly`, above the programs: what to make of a partial match. */
  listed:
    'Each program below says how well it matches and which key skills it covers. A partial match may teach only part of this work, or something else that uses the same words.',
  /** Above the list when every program in it is taught in the other language than the page's. */
  allTaughtIn: (lang: 'en' | 'fr') => `All programs listed are taught in ${lang === 'en' ? 'English' : 'French'}.`,
  /**
   * Labels the list of related occupations this catalogue has more strong matches for than
   * the list shown (a partial match may use the work's words in another sense: "Google
   * Sheets" for sheet metal workers), each with how many (`nearbyStrongCount`). Said
   * neutrally: "has more strong matches for" over "(1 strong match)" read as steering a career
   * change because a catalogue holds one course.
   */
  nearbyIntro: (at?: string) => (at ? `Programs offered by ${at} for related occupations:` : 'Programs in this catalogue for related occupations:'),
  nearbyStrongCount: (count: number) => `(${count} strong match${count === 1 ? '' : 'es'})`,
  nearbyShow: (occupation: string) => `Show programs for ${occupation}`,
  /** With no program and no related occupation served better: the closest one has no strong match either. */
  nearbyNone: (occupation: string) => `It has no strong match for related occupations either, such as ${occupation}.`,
  /**
   * Said after a choice when focus is on a heading that names the occupations: the count and,
   * in short, what the catalogue lacks (`few`, `none`, `partial`; null for a full list), not the titles again.
   */
  chosen: (count: number, lack: 'few' | 'none' | 'partial' | null, gap: boolean, at?: string, more = false): string => {
    const found = `${programCount(count, more)} found`;
    const what = gap ? 'this move' : 'this occupation';
    if (lack === 'none') return `${found}; ${at ?? 'this catalogue'} has none for ${what}.`;
    if (lack === 'few') return `${found}; ${at ?? 'this catalogue'} has little for ${what}.`;
    if (lack === 'partial') return `${found}, ${count === 1 ? 'a partial match' : 'all partial matches'}.`;
    return `${found}.`;
  },
  announce: (count: number) => (count === 0 ? 'No programs match.' : count === 1 ? '1 program matches.' : `${count} programs match.`),
  shown: (shown: number, total: number) => `Showing ${shown} of ${total}`,
  showMore: (count: number) => `Show ${count} more`,
  programs: 'Programs',
};
