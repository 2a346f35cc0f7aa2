/** English strings of the receipt `<mc-inquiry-form>` shows once an inquiry is sent. Part of `en` (../en.ts). */
export const receipt = {
  heading: 'Receipt for your inquiry',
  /** Between a label and its value in the copied text. */
  colon: ': ',
  reference: 'Reference',
  received: 'Received',
  /** Only when the page says how soon replies come (`reply-within-days`). */
  replyExpected: 'Reply expected',
  replyWithin: (days: number) => `within ${days} day${days === 1 ? '' : 's'}`,
  sentFields: 'What you sent',
  programs: (count: number): string => (count === 1 ? 'Program' : 'Programs'),
  occupation: 'Occupation you were looking at (NOC code)',
  /** The same, when the page gives the occupation's title: `named` shows it with its code. */
  occupationNamed: 'Occupation you were looking at',
  named: (title: string, code: string) => `${title} (NOC\u00a0${code})`,
  /**
   * How to take the inquiry back: `reference` is null when the endpoint gave none; `keptBy`, the
   * label of the row naming whom to contact (the institutions passed on to keep it too, so
   * "the one that keeps it" would not say which).
   */
  withdraw: (reference: string | null, keptBy: string) =>
    reference
      ? `To withdraw this inquiry and have your details deleted, contact the recipient named above under “${keptBy}” and give the reference ${reference}.`
      : `To withdraw this inquiry and have your details deleted, contact the recipient named above under “${keptBy}” with the date it was received and your email address.`,
  /** Routed: the institutions may hold copies (their webhooks, their exports). */
  withdrawCopies: 'The institutions it was passed on to may keep a copy of their own: ask them too.',
  copy: 'Copy receipt',
  copied: 'Receipt copied.',
  copyFailed: 'This browser did not let the page copy: select the receipt and copy it.',
  print: 'Print receipt',
  /** The printout's title (the file name "Save as PDF" offers): the reference, else the date received. */
  printTitle: (what: string) => `Inquiry receipt – ${what}`,
  printFailed: 'This browser did not print the receipt: copy it, or print the whole page.',
};
