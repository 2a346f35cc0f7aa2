/**
 * English strings of the notice about inquiries saved on this device, which every element that
 * can send one shows (elements/shared/outbox-notice.ts). Part of `en` (../en.ts), which types
 * the French table. `saved` is a date, `time` a time of day, `to` is what `to()` returns.
 */
export const outbox = {
  /**
   * Who receives it: `name` runs the endpoint (null: not said); `forwardedTo`, the institutions a
   * routing endpoint passes it on to. No "which": `name` may be a person ("the person who started…").
   */
  to: (name: string | null, forwardedTo: string | null) =>
    `to ${name ?? 'the inquiry service of this page'}${forwardedTo ? `, to be passed on to ${forwardedTo}` : ''}`,
  sending: (saved: string, to: string) => `Sending the inquiry you saved on this device on ${saved} ${to}…`,
  sent: (saved: string, to: string, time: string) =>
    `At ${time}, the inquiry you saved on this device on ${saved} was sent ${to}. It is no longer kept on this device.`,
  /** Not sent yet, and why: offline, no answer, a server error, or the page is not set up to send it. */
  waiting: (saved: string, to: string, why: 'offline' | 'no-answer' | 'server' | 'setup') => {
    const lead = `The inquiry you saved on this device on ${saved} is not sent yet`;
    if (why === 'setup') return `${lead}: this page is not set up to send it. It will be tried again the next time you open this page.`;
    const cause = why === 'offline' ? 'you are offline' : why === 'server' ? 'the server answered with an error' : 'the server did not answer';
    return `${lead}: ${cause}. It will be sent ${to} as soon as possible while this page is open, or the next time you open this page online.`;
  },
  /** The endpoint refused it: HTTP `status` (null: not known); `fix`, some entries must be fixed. */
  refused: (saved: string, status: number | null, fix: boolean) =>
    fix
      ? `The inquiry you saved on this device on ${saved} was not accepted: some entries need fixing, so it cannot be sent from here as it is.`
      : `The server refused the inquiry you saved on this device on ${saved}${status ? ` (error ${status})` : ''}, so it cannot be sent from here, and trying again would not change that.`,
  /** After `refused`. */
  copyOrDelete:
    'Copy your message if you want to send it another way. The saved copy is deleted from this device when you leave this page, or now if you choose.',
  copy: 'Copy your message',
  copied: 'Your message is copied: paste it wherever you want to send it.',
  copyHere: 'This browser did not let the page copy it: select the text below and copy it.',
  message: 'Your message',
  remove: 'Delete it from this device',
  removed: (saved: string) => `The inquiry you saved on this device on ${saved} was deleted from it. It was not sent.`,
};
