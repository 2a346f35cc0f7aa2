/** English strings of `<mc-recommendations>`' plan at a glance. Part of `en` (../en.ts), which types the French table. */
export const plan = {
  heading: 'Your plan at a glance',
  have: 'Skills you likely already have',
  haveNote: (from: string) => `Key skills of the occupation you want, from your work as ${from}.`,
  /** Before the broad skills and knowledge both occupations call for (`SkillGap.carries`), when no key skill is had. */
  carries: (from: string) => `Skills and knowledge both occupations call for, from your work as ${from}:`,
  /** The same after the key skills had. */
  carriesAlso: 'Skills and knowledge both occupations also call for:',
  // The profiles keep a few skills of each occupation: a welder's list names brazing, not welding techniques.
  haveNone: 'None that the occupation profiles list. They list only a few skills of each occupation, so you may well have some of those below.',
  need: 'Key skills you need',
  keySkills: 'Key skills of this occupation',
  pathway: 'Suggested pathway',
  pathwayIntro: (programs: number, covered: number, needed: number) =>
    `${programs === 1 ? 'This program covers' : `These ${programs} programs together cover`} ${covered} of the ${needed} key skill${needed === 1 ? '' : 's'} you need.`,
  total: 'In total',
  /** `hours` as shown (rounded like `formatted`), for the plural. */
  hours: (hours: number, formatted: string) => `${formatted} hour${hours === 1 ? '' : 's'}`,
  // A total is unknown when one program of the pathway does not list its figure: "not listed
  // for every program" read as if none did.
  /** The total's hours when a program of the `programs` in the pathway does not list them. */
  hoursUnknown: (programs: number): string => (programs === 1 ? 'hours not listed' : 'hours unknown (not listed for at least one program)'),
  /** The total's cost when a program of the `programs` in the pathway does not list it. */
  costUnknown: (programs: number): string => (programs === 1 ? 'cost not listed' : 'cost unknown (not listed for at least one program)'),
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
  /** On a move to work that usually takes as much formal training or more: `level` is what it usually takes (`training.level`). */
  moveTraining: (level: string) =>
    `The occupation you want usually takes ${level}. Short programs can build skills for this move, but they do not replace a diploma, licence or certificate it requires.`,
};
