/** English strings of `<mc-program-card>`. Part of `en` (../en.ts), which types the French table. */
export const card = {
  provider: 'Offered by',
  facts: 'Program facts',
  hoursLabel: 'Hours',
  /** `hours` as shown (rounded like `formatted`), for the plural. */
  hours: (hours: number, formatted: string) => `${formatted} hour${hours === 1 ? '' : 's'}`,
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
  /** A fact the catalogue does not give; `languageNotListed` for the language (French agrees it: « Non précisée »). */
  notListed: 'Not listed',
  languageNotListed: 'Not listed',
  why: 'Why this program',
  // Said of its words and of the skills it covers, which is what was read: "name this work"
  // claimed more than a title with "circuits" in it ("Engineering Genetic Circuits", for
  // electricians) can show. Strong only with one of the key skills the page lists covered
  // (`recommend()`): "key skills" here are those of the plan's list, as in `gap`, the ones a
  // person likely has in gap mode included. One sentence each: the partial label had said "it
  // covers none of this work's key skills, or uses its words only in its outcomes or modules",
  // an either/or a learner cannot settle; what it means for them is to read before choosing.
  strength: {
    strong: 'Strong match: its title or listed skills use this work’s words, and it covers at least one of its key skills.',
    moderate: 'Partial match: it shows fewer signs of teaching this work, so read its description before you choose it.',
  },
  /**
   * `strength` on a career move (`gap-mode`): "this work" and "its key skills" could be the
   * current job's, and "covers at least one of its key skills" above "It covers none of the key
   * skills you still need" read as a contradiction: the key skills counted are the wanted job's,
   * those the person likely has already included (`had`).
   */
  strengthGap: {
    strong: 'Strong match: its title or listed skills use the words of the job you want, and it covers at least one of that job’s key skills.',
    moderate: 'Partial match: it shows fewer signs of teaching the work of the job you want, so read its description before you choose it.',
  },
  series: (count: number) => (count === 1 ? '1 more course in this series' : `${count} more courses in this series`),
  matched: 'Skills it covers',
  // Said of its text, which is what was read: "does not cover" was a claim about the
  // course itself, and contradicted it where the text names a skill in other words.
  gap: 'Key skills of the job its description does not name',
  gapChosen: 'Skills you chose that its description does not name',
  adds: 'Adds key skills you need',
  /** `adds` in gap mode: the key skills a move from the current job still needs (the plan's "Key skills you need"). */
  addsGap: 'Adds key skills you still need',
  // Said of what it covers (the same skills the strength label counts and "Also covers" lists),
  // not of what its description names: of the key skills needed, the card knows only which it
  // covers, and "Its description names none of the key skills you need" under a strong match
  // (which covers one the person already has) read as a contradiction.
  addsNone: 'It covers none of this work’s key skills.',
  addsNoneGap: 'It covers none of the key skills you still need.',
  /** In gap mode: the wanted job's key skills it covers that the plan says the person likely has already. */
  hadGap: 'Key skills it covers that you likely have already',
  also: 'Also covers',
  link: 'Program page',
  /**
   * Between the name of a link or button and the program title it is about, heard only
   * ("Program page: Welding Fundamentals"); French puts a no-break space before the colon.
   */
  ofTitle: ': ',
  /** Printed in place of the link. */
  webAddress: (url: string): string => `Web address: ${url}`,
  newTab: '(opens in a new tab)',
  inquire: 'Ask about this program',
  unrelated: 'Not relevant to this job',
  unrelatedDone: 'You marked this program as not relevant to this job.',
  undo: 'Undo',
  missing: 'No program to show.',
};
