/** English strings of the job search's browsing by category, loaded with it (`elements/mc-job-search/browse.ts`). Part of `en` (../en.ts), which types the French table. */
export const browse = {
  label: 'Browse occupations by category',
  intro: 'Choose a category, then your occupation.',
  /** NOC 2021 broad occupational categories, by their first digit (0-9). */
  broad: [
    'Legislative and senior management occupations',
    'Business, finance and administration occupations',
    'Natural and applied sciences and related occupations',
    'Health occupations',
    'Occupations in education, law and social, community and government services',
    'Occupations in art, culture, recreation and sport',
    'Sales and service occupations',
    'Trades, transport and equipment operators and related occupations',
    'Natural resources, agriculture and related production occupations',
    'Occupations in manufacturing and utilities',
  ] as readonly string[],
  occupationCount: (n: number): string => (n === 1 ? '1 occupation' : `${n} occupations`),
};
