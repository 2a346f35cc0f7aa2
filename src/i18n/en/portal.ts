/** English strings of `<mc-portal>`. Part of `en` (../en.ts), which types the French table. */
export const portal = {
  label: 'Career and training explorer',
  heading: 'Find training for your next step',
  intro: 'Tell us the job you have and, if you like, the job you want. We match it to an occupation, show its job market and suggest short programs.',
  targetHint: 'Optional. Leave it empty to see training for the job you have.',
  switchTo: 'Français',
  switchToLang: 'fr',
  switchLabel: 'Afficher en français',
  /** Said (politely) once the portal shows in this language after a switch, in this language. */
  switched: 'Now in English',
  resultsFor: (title: string): string => `Training for ${title}`,
  resultsGap: (from: string, to: string): string => `From ${from} to ${to}`,
  inquiryHeading: 'Ask about this program',
  close: 'Close',
  loadingIndex: 'Loading occupations and programs…',
  inquiryUnavailable: 'Inquiries cannot be sent from this page. Use the program’s link to contact the provider.',
  copyLink: 'Copy link',
  /** On paper only, with the date in words ("May 3, 2026"). */
  printedOn: (date: string) => `Printed on ${date}.`,
  /** On paper only, before the link "Copy link" gives (with `url-state`). */
  printedLink: 'To open this page again:',
  linkCopied: 'Link copied. It opens these results with the same choices and filters; it holds nothing about you.',
  linkNotCopied: 'The link could not be copied. Copy the address from the browser’s address bar: it opens these results.',
};
