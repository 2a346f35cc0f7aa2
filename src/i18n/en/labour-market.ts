/** English strings of `<mc-labour-market>`. Part of `en` (../en.ts), which types the French table. */
export const labourMarket = {
  heading: (title: string): string => `Job market: ${title}`,
  choose: 'Choose an occupation to see its job market.',
  noFigures: 'No job-market figures are published for this occupation.',
  /** The outlook's heading: its scope and period. */
  outlook: (period: string): string => `Outlook across Canada, ${period}`,
  /** Before the official rating's badge: whose rating it is. */
  ratingScope: 'Official rating for all of Canada:',
  explain: 'What does this mean?',
  wages: 'Hourly wages',
  wagesIn: (place: string): string => `Hourly wages in ${place}`,
  low: 'Low',
  median: 'Median',
  high: 'High',
  /** The current occupation's median, a row of the wage table and a bar of its chart on a move; the sentence above names the occupation. */
  currentMedian: 'Median, your current job',
  /** What "low" and "high" are: Job Bank's low and high wages, in most cases the 10th and 90th percentiles. */
  levelsMeaning:
    'Low and high: in most cases, about 1 in 10 people in this occupation earn less than the low wage, and about 1 in 10 earn more than the high wage.',
  /** The wage table's name (the block's heading already says "Hourly wages in …"). */
  tableCaption: (place: string): string => `Wages in ${place}, by the hour and by the year`,
  /** In place of the region choice when no region of Ontario has wages of its own. */
  noRegions: 'No region of Ontario has wage figures of its own for this occupation in this data, so there is no region to choose.',
  source: (name: string, vintage: string): string => `Source: ${name}, ${vintage}.`,
  region: 'Region',
  hourly: 'Hourly',
  yearly: 'Per year (approx.)',
  figure: 'Figure',
  facts: 'Jobs and job seekers',
  requirements: 'What the work requires',
  /** Before the official requirements. */
  /** No acronym: the source line under the block names OaSIS for a counsellor. */
  requirementsOfficial: 'The Government of Canada’s official description of this work says:',
  /**
   * The same when the index holds them in the other language only. Not "published in … only":
   * the NOC is published in both languages, the index may hold one (OaSIS's French files were
   * not obtained, see docs/data-sources.md).
   */
  requirementsOfficialOther: 'The Government of Canada’s official description of this work, which this site has in French only, says:',
  /** Before and after the names of the profiles (as published, a list) that a group of requirements holds for, or does not. */
  requirementsOnly: ['For ', ':'] as [string, string],
  requirementsExcept: ['For all except ', ':'] as [string, string],
  requirementsSources: (names: string[]): string => `Sources: ${names.join('; ')}.`,
  requirementsNone: 'Its official description lists no requirements.',
  requirementsFailed: 'The official requirements could not be loaded.',
  requirementsNote: 'Short programs can build skills for this work, but they do not replace a required diploma, licence or trade certificate.',
};
