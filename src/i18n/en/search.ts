/** English strings of `<mc-job-search>`. Part of `en` (../en.ts), which types the French table. */
export const search = {
  labelCurrent: 'I work as…',
  labelTarget: 'I want to become…',
  hint: 'Type a job title, then choose the matching occupation from the list.',
  listLabel: 'Matching occupations',
  count: (n: number): string => (n === 0 ? 'No occupation found' : n === 1 ? '1 occupation found' : `${n} occupations found`),
  noMatch: (words: number): string =>
    words > 1
      ? 'No occupation matches this title. Try fewer words or another title.'
      : 'No occupation matches this title. Try another title for the same work.',
  /** The words before and after the suggested title (a button on screen): the question mark is the language's. */
  didYouMean: ['Did you mean ', '?'] as [string, string],
  /**
   * An occupation's code, after its official title in an option: for a counsellor, who looks
   * occupations up by it; a learner reads the titles first (see options.ts).
   */
  code: (code: string): string => `NOC ${code}`,
  /** Under an option whose title is in the other language (typed in it, or sharing a word with it). */
  titleIn: (lang: 'en' | 'fr'): string => (lang === 'fr' ? 'French title' : 'English title'),
  loadingTitles: 'Loading job titles…',
  clear: 'Clear the job title',
  notClose: (query: string): string => `No job title here matches “${query}” closely: the closest are in the list, but your job may not be covered.`,
  /** Shown on the French page, in English, to someone who typed an English title. */
  alsoInLang: 'This page is also in English.',
  showInLang: 'Show it in English',
};
