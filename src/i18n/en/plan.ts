/** English strings of `<mc-recommendations>`' plan at a glance. Part of `en` (../en.ts), which types the French table. */
export const plan = {
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
  /** On a step that is a partial match (`PathwayStep.partial`). */
  partialStep: 'Partial match, chosen because no strong match covers the skills it adds.',
  // Of the pathway's programs only, and in the intro's sense of "cover" (what the cards list as
  // skills they add): "No program here names" read as the whole list, whose other programs may
  // add the skill (a pathway holds three).
  uncovered: 'No program in this pathway covers',
  noPathway: 'No recommended program in English or French covers the key skills you need.',
  allHad: 'Your current work likely gives every key skill of this occupation.',
  fullList: 'The full list of programs follows.',
};
