/** Events of `<mc-job-search>`. */

/** Which side of a career move a search stands for. */
export type SearchRole = 'current' | 'target';

/** Detail of `mc-select`: the person chose an occupation. */
export interface McSelectDetail {
  /** NOC 2021 unit group, 5 characters. */
  code: string;
  role: SearchRole;
}

/** Detail of `mc-clear`: the person cleared the occupation they had chosen. */
export interface McClearDetail {
  role: SearchRole;
}

/** Detail of `mc-no-match`: the person paused on a title that matched nothing. */
export interface McNoMatchDetail {
  /** The query, folded (lower case, no accents or punctuation), at most 80 characters. */
  query: string;
  lang: 'en' | 'fr';
  /**
   * The text as typed looks like an email, a phone number, a postal code or a name
   * (`looksPersonal`, on the capitals and signs that folding removes): analytics never report it.
   */
  personal: boolean;
}

/** Detail of `mc-lang-request`: the person asked to see the page in the language they typed a title in. */
export interface McLangRequestDetail {
  lang: 'en' | 'fr';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-select': CustomEvent<McSelectDetail>;
    'mc-clear': CustomEvent<McClearDetail>;
    'mc-no-match': CustomEvent<McNoMatchDetail>;
    'mc-lang-request': CustomEvent<McLangRequestDetail>;
  }
}
