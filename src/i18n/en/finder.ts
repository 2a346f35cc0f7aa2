/** English strings of `<mc-skill-finder>`. Part of `en` (../en.ts), which types the French table. */
export const finder = {
  heading: 'Find training for your team',
  skillLabel: 'Skills your team needs',
  skillHint: 'Type a skill, then choose it from the list. Add as many as you need.',
  suggestions: 'Skills',
  suggestionsCount: (count: number) => (count === 0 ? 'No skills found.' : `${count} skill${count === 1 ? '' : 's'} found.`),
  /** Skills are searched by their names in the page's language only ("premiers soins" finds nothing on the English page): said on every miss. */
  noSkill: (query: string) =>
    `No skill matches “${query}”. On this page, skills are searched in English: try the English term, or a shorter or more general word.`,
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
