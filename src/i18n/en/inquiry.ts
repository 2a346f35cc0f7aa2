/** English strings of `<mc-inquiry-form>`. Part of `en` (../en.ts), which types the French table. */
export const inquiry = {
  headingLearner: (programs: number): string => (programs === 1 ? 'Ask about this program' : 'Ask about these programs'),
  headingEmployer: 'Ask about training for your team',
  programs: (count: number) => (count === 1 ? 'Program you are asking about' : `${count} programs you are asking about`),
  noPrograms: 'No program is chosen yet. Choose at least one program, then send your inquiry.',
  required: 'required',
  optional: 'optional',
  name: 'Your name',
  organization: 'Organization',
  contactName: 'Name of the person to contact',
  email: 'Email',
  phone: 'Phone',
  employees: 'Number of employees to train',
  message: 'Your question',
  messageHint: (max: string) => `Up to ${max} characters.`,
  // Said of the address, not of who replies: one inquiry can reach several institutions.
  emailHint: 'Replies come to this address.',
  /** `institutions` is already a joined list ("A and B"). */
  /** `plural`: more than one name (French agrees the verb). */
  consent: (institutions: string, _plural = false) => `I agree that ${institutions} may contact me about this inquiry.`,
  consentFallback: 'the institution offering these programs',
  /** What goes with the inquiry, said before it is sent; `occupation`: a learner's occupation is sent too. */
  disclosure: (occupation: boolean, programs: number): string => {
    const listed = programs === 1 ? 'the program above' : 'the programs above';
    return occupation
      ? `Sent with your inquiry: what you enter here, ${listed}, and the occupation you were looking at, so the answer can fit it.`
      : `Sent with your inquiry: what you enter here and ${listed}.`;
  },
  /** The link to the privacy notice of whoever runs the inquiry service (`privacy-url`). */
  privacy: (owner: string) => `How ${owner} handles your personal information`,
  privacyFallback: 'How your personal information is handled',
  /** Who may contact the person when the page does not say who runs its inquiry service. */
  serviceOwners: 'the people who run this page’s inquiry service',
  /** The same, with the institutions the inquiry names (`institutions`, a joined list), said as others, not as who runs it. */
  serviceOwnersAnd: (institutions: string) => `the people who run this page’s inquiry service, as well as ${institutions},`,
  and: 'and',
  honeypot: 'Leave this field empty',
  submit: 'Send inquiry',
  sending: 'Sending your inquiry…',
  sent: (institutions: string) => `Your inquiry was sent. ${institutions} will contact you by email.`,
  /** The endpoint forwards to each institution (`routed`); `service` runs it. */
  sentRouted: (service: string, institutions: string, count: number) =>
    `Your inquiry was sent to ${service}, which forwards it to ${institutions}. ${count > 1 ? 'The institutions' : 'The institution'} will contact you by email.`,
  sentRoutedHere: (institutions: string, count: number) =>
    `Your inquiry was sent to the inquiry service of this page, which forwards it to ${institutions}. ${count > 1 ? 'The institutions' : 'The institution'} will contact you by email.`,
  sentHere: 'Your inquiry was sent to the inquiry service of this page. Replies come to the email address you gave.',
  queuedOffline: 'Saved on this device. It will be sent when you are back online while this page is open, or the next time you open this page online.',
  queuedNoAnswer:
    'The server did not answer in time. Your inquiry is saved on this device and will be tried again automatically while this page is open, and the next time you open it.',
  queuedServer:
    'The server answered with an error, so your inquiry is not sent yet. It is saved on this device and will be tried again automatically while this page is open, and the next time you open it.',
  queuedMemory: 'This browser cannot keep your inquiry if you close or reload the page: keep this page open until it is sent.',
  rejected: 'The inquiry was not accepted. Check your entries, then send again.',
  config: (institutions: string) =>
    `This form is not set up correctly, so your inquiry cannot be sent from here. Contact ${institutions} directly through the program page. Your inquiry is kept on this device.`,
  configHint:
    'For the site owner: check the inquiry endpoint address, that it allows this site (CORS), and that this page’s Content-Security-Policy lists it in connect-src.',
  /** The endpoint refused the inquiry with HTTP `status` (null: a 400/422 that names nothing to fix). */
  refused: (status: number | null) =>
    `${status ? `The server refused this inquiry (error ${status})` : 'The server did not accept this inquiry'}, so it cannot be sent from this form, and trying again would not change that.`,
  refusedNext: (institutions: string) =>
    `Copy your message to send it another way, for example to ${institutions} through the program page. The copy saved on this device is deleted when you leave this form; you can also delete it now.`,
  deleteNow: 'Delete it now',
  noEndpoint: 'This form has no address to send inquiries to. Contact the institution through the program page.',
  discard: 'Discard this inquiry',
  refusedEarlier: (date: string, toFix: boolean) =>
    toFix
      ? `An inquiry you wrote on ${date} was not accepted: some entries need fixing. It is not sent until you fix it.`
      : `An inquiry you wrote on ${date} was refused by the site and cannot be sent from this form.`,
  openToFix: 'Open it to fix it',
  openRefused: 'Show it',
  discardOne: 'Discard it',
  keptFor: (days: number) => `An inquiry that is not sent is deleted from this device ${days} days after you wrote it.`,
  discarded: 'The saved inquiry was discarded. Nothing was sent. You can edit your inquiry and send it again.',
  sendNow: 'Try sending now',
  another: 'Send another inquiry',
  summary: (count: number) => (count === 1 ? 'There is 1 problem with this form' : `There are ${count} problems with this form`),
  errorPrefix: 'Error:',
  errors: {
    required: {
      name: 'Enter your name.',
      organization: 'Enter the name of your organization.',
      contactName: 'Enter the name of the person to contact.',
      email: 'Enter your email address.',
      employees: 'Enter how many employees need training.',
      message: 'Enter your question.',
      programIds: 'Choose at least one program.',
    } as Record<string, string>,
    invalid: {
      name: 'Enter your name in letters: numbers and symbols alone are not a name.',
      contactName: 'Enter the contact’s name in letters: numbers and symbols alone are not a name.',
      organization: 'Enter the name of your organization in letters or digits.',
      email: 'Enter an email address like name@example.com.',
      phone: 'Enter a phone number using digits, spaces or dashes, like 613-555-0100 or 613-555-0100 ext. 12.',
      employees: 'Enter a whole number of employees, from 1 to 100,000.',
    } as Record<string, string>,
    invalidOther: 'Check this entry: it contains characters that cannot be sent.',
    characters: 'This entry holds a line break or characters you cannot see, often copied along with it. Type it again rather than pasting it.',
    charactersMessage: 'Your question holds control characters you cannot see, often copied along with the text. Type that part again rather than pasting it.',
    tooLong: (max: string) => `Use ${max} characters or fewer.`,
    consent: 'Tick the box to agree to be contacted: the inquiry cannot be sent without it.',
  },
};
