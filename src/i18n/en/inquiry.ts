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
  /**
   * The consent: who may keep the person's details and contact them (`names`, a joined list
   * of `count` names, last in the sentence so no language needs an article before a name).
   */
  consent: (names: string, count: number) =>
    `I agree that ${count > 1 ? 'these recipients' : 'this recipient'} may keep my details and contact me about this inquiry: ${names}.`,
  /** The consent was cleared because who receives the inquiry changed since it was ticked. */
  consentReset: 'Who receives your inquiry has changed since you ticked this box. Check the recipients above, then tick it again.',
  /** Said to contact when the form cannot send: the one named by the page, else the institutions. */
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
  recipients: 'Who receives your inquiry',
  /** Who runs the endpoint; `unnamed(host)` when the page does not name it. */
  keptBy: 'Received and kept by',
  unnamed: (host: string) => (host ? `whoever runs ${host} (this page does not say who)` : 'this page’s inquiry service (this page does not say who runs it)'),
  /** The endpoint passes the inquiry on to each institution offering one of its programs (`routed`). */
  passedTo: 'Passed on to',
  /** Under the institutions it is passed on to (`count`), whatever the number of programs each offers. */
  passedToNote: (count: number): string =>
    count > 1
      ? 'Each institution offering a program you chose can read the whole inquiry, the other institutions’ names and programs included.'
      : 'That institution can read the whole inquiry.',
  /** Not routed: the institutions offering the programs do not get it. */
  notSentTo: 'Not sent to',
  /** Under the institutions an inquiry is not sent to: how many, and how many of the programs they offer. */
  notSentToNote: (institutions: number, programs: number) =>
    `To contact ${institutions > 1 ? 'the institutions' : 'the institution'} directly, use ${programs > 1 ? 'the program pages' : 'the program page'}.`,
  and: 'and',
  honeypot: 'Leave this field empty',
  submit: 'Send inquiry',
  sending: 'Sending your inquiry…',
  /** Said when the inquiry was sent; `receipt`: a receipt follows, with a reference (`reference`). */
  sent: (receipt: boolean, reference: boolean) =>
    receipt
      ? `Your inquiry was sent. Keep the receipt below${reference ? ': its reference lets you follow up on the inquiry or withdraw it' : ''}.`
      : 'Your inquiry was sent.',
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
