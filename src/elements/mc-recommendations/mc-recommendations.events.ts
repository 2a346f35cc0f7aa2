/** Events of `<mc-recommendations>`. Details carry codes and counts, never personal data. */

/** Detail of `mc-recommend`: recommendations were shown because of the person's action. */
export interface McRecommendDetail {
  /** NOC 2021 code of the occupation the programs are for. */
  occupation: string;
  /** NOC 2021 code of the person's current occupation, in gap mode. */
  from?: string;
  /** How many programs match (before "Show more"). */
  count: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-recommend': CustomEvent<McRecommendDetail>;
  }
}

export {};
