/** English strings of the portal's related occupations, loaded with them (`elements/mc-portal/related.ts`). Part of `en` (../en.ts), which types the French table. */
export const related = {
  heading: 'Where could you go from here?',
  intro: 'Occupations that share skills with this one.',
  /** After `intro` on screen only: paper has nothing to choose. */
  choose: 'Choose one to see the training that leads there.',
  none: 'No closely related occupation in this data.',
  setTarget: (title: string): string => `Set ${title} as the job I want`,
};
