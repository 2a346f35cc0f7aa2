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
  // (`recommend()`): "key skills" here are those of the plan's list, as in `gap`.
  strength: {
    strong: 'Strong match: it covers at least one of this work’s key skills, and its title or listed skills use this work’s words.',
    moderate: 'Partial match: it covers none of this work’s key skills, or uses this work’s words only in its outcomes or modules.',
  },
  series: (count: number) => (count === 1 ? '1 more course in this series' : `${count} more courses in this series`),
  matched: 'Skills it covers',
  // Said of its text, which is what was read: "does not cover" was a claim about the
  // course itself, and contradicted it where the text names a skill in other words.
  gap: 'Key skills of the job its description does not name',
  gapChosen: 'Skills you chose that its description does not name',
  adds: 'Adds key skills you need',
  // Said of its text too: a CNC machining course does not "add none" of a machinist's skills
  // because its text does not use the words "tend CNC milling machine".
  addsNone: 'Its description names none of the key skills you need.',
  also: 'Also covers',
  link: 'Program page',
  /** Printed in place of the link. */
  webAddress: (url: string): string => `Web address: ${url}`,
  newTab: '(opens in a new tab)',
  inquire: 'Ask about this program',
  unrelated: 'Not relevant to this job',
  unrelatedDone: 'You marked this program as not relevant to this job.',
  undo: 'Undo',
  missing: 'No program to show.',
};
