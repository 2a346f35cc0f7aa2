/** English strings of `<mc-skill-finder>`. Part of `en` (../en.ts), which types the French table. */
export const finder = {
  heading: 'Find training for your team',
  skillLabel: 'Skills your team needs',
  skillHint: 'Type a skill, then choose it from the list. Add as many as you need.',
  suggestions: 'Skills',
  suggestionsCount: (count: number) => (count === 0 ? 'No skills found.' : `${count} skill${count === 1 ? '' : 's'} found.`),
  /**
   * A miss when only the page's language was searched: the French names are not at hand (an
   * index the host assembled itself) or could not load (`acrossFailed` follows).
   */
  noSkill: (query: string) =>
    `No skill matches “${query}”. On this page, skills are searched in English: try the English term, or a shorter or more general word.`,
  /** A suggestion found by its French name: the two pieces around that name, marked `lang="fr"` between them. */
  foundBy: ['(found by its French name “', '”)'] as [string, string],
  /** A suggestion found by another of its names in the page's language ("resuscitation" by "CPR"): the two pieces around that name. */
  alsoCalled: ['(also called “', '”)'] as [string, string],
  /** A suggestion found without one of the words typed, when no skill has them all: the two pieces around that word. */
  without: ['(without “', '”)'] as [string, string],
  /** Said when no skill has every word typed and `count` skills are found without `word`. */
  suggestionsWithout: (count: number, word: string) => `No skill has every word typed. ${count} skill${count === 1 ? '' : 's'} found without “${word}”.`,
  /**
   * While what a miss loads loads, after the query's miss in English (`noSkillHere`); said
   * once. `labels`: the French names; `names`: the skills' other English names ("CPR").
   */
  acrossLoading: (labels: boolean, names: boolean): string =>
    labels && names
      ? 'Searching the French names and the other English names of skills…'
      : labels
        ? 'Searching the French names of skills…'
        : 'Searching the other English names of skills…',
  /** While what a miss loads loads: what was searched so far (a French page: its French and English names). */
  noSkillHere: (query: string) => `No skill matches “${query}” in English.`,
  /** Said once the French names were searched too. */
  noSkillEither: (query: string) => `No skill matches “${query}”, in English or in French. Try a shorter or more general word.`,
  /** After the no-match note when what a miss loads could not be loaded: `labels` the French names, `names` the other English names. */
  acrossFailed: (labels: boolean, names: boolean): string =>
    labels && names
      ? 'The French names and the other English names of skills could not be loaded, so only their usual English names were searched.'
      : labels
        ? 'The French names of skills could not be loaded, so only the English ones were searched.'
        : 'The other English names of skills (such as “CPR”) could not be loaded, so they were not searched.',
  chosen: 'Chosen skills',
  remove: (label: string) => `Remove ${label}`,
  added: (label: string, count: number) => `${label} added. ${count} skill${count === 1 ? '' : 's'} chosen.`,
  removed: (label: string, count: number) => `${label} removed. ${count} skill${count === 1 ? '' : 's'} chosen.`,
  prompt: 'Choose one or more skills to see programs across institutions.',
  results: (count: number, more = false) =>
    `${count}${more ? '+' : ''} program${count === 1 ? '' : 's'} teach${count === 1 ? 'es' : ''} at least one of these skills`,
  none: 'No program in this catalogue teaches the chosen skills yet. Remove a skill to widen the search.',
  select: (title: string) => `Select ${title}`,
  selected: (count: number) => `${count} selected`,
  clearSelection: 'Clear selection',
  inquire: (count: number) =>
    count === 0 ? 'Send one inquiry about the programs you select' : `Send one inquiry about ${count} program${count === 1 ? '' : 's'}`,
  selectFirst: 'Select the programs you want to ask about.',
  review: 'Review your inquiry',
  /** Before the programs grouped by institution; who receives the inquiry is said by the form below. */
  byInstitution: 'The programs you chose, by institution:',
  whatTheySee:
    'The inquiry holds your organization’s name, your name, email and phone (if you give one), how many employees need training, your message and the programs you selected. Nothing else from this page is sent.',
  formMissing: 'The inquiry form is not available on this page. Contact the institutions above through their program pages.',
  back: 'Back to programs',
  showMore: (count: number) => `Show ${count} more`,
};
