/** English strings of `<mc-labour-market>`. Part of `en` (../en.ts), which types the French table. */
export const labourMarket = {
  heading: (title: string): string => `Job market: ${title}`,
  choose: 'Choose an occupation to see its job market.',
  noFigures: 'No job-market figures are published for this occupation.',
  outlook: 'Outlook',
  explain: 'What does this mean?',
  wages: 'Hourly wages',
  wagesIn: (place: string): string => `Hourly wages in ${place}`,
  low: 'Low',
  median: 'Median',
  high: 'High',
  notPublished: 'Not published',
  /** The chart's text; a figure not published is null (said in lower case, mid-sentence). */
  chartText: (place: string, low: string | null, median: string | null, high: string | null): string =>
    `Hourly wages in ${place}: low ${low ?? 'not published'}, median ${median ?? 'not published'}, high ${high ?? 'not published'}.`,
  source: (name: string, vintage: string): string => `Source: ${name}, ${vintage}.`,
  region: 'Region',
  hourly: 'Hourly',
  yearly: 'Per year (approx.)',
  figure: 'Figure',
  facts: 'Jobs and job seekers',
  requirements: 'What the work requires',
  /** Before the official requirements. */
  requirementsOfficial: 'The official OaSIS profile says:',
  /** The same when they are in the other language only (in French: published in English only). */
  requirementsOfficialOther: 'The official OaSIS profile, published in French only, says:',
  /** Before and after the names of the profiles (as published, a list) that a group of requirements holds for, or does not. */
  requirementsOnly: ['For ', ':'] as [string, string],
  requirementsExcept: ['For all except ', ':'] as [string, string],
  requirementsSources: (names: string[]): string => `Sources: ${names.join('; ')}.`,
  requirementsNone: 'Its official profile lists no requirements.',
  requirementsFailed: 'The official requirements could not be loaded.',
  requirementsNote: 'Short programs can build skills for this work, but they do not replace a required diploma, licence or trade certificate.',
};
