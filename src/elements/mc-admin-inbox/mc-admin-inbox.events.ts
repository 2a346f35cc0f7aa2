/** Events of `<mc-admin-inbox>`, for the admin page that hosts it beside other admin views. */

/**
 * Detail of `mc-sign-in`: the server accepted the token the person typed. The admin page
 * hands it to the other views it shows (the outcomes report); the event stays inside that
 * page, which loads no script but its own.
 */
export interface McSignInDetail {
  token: string;
}

/** Detail of `mc-sign-out`: nothing; the token is forgotten. */
export type McSignOutDetail = Record<string, never>;

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-sign-in': CustomEvent<McSignInDetail>;
    'mc-sign-out': CustomEvent<McSignOutDetail>;
  }
}

export {};
