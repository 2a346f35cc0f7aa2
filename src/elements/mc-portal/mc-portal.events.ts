/** Events of `<mc-portal>` of its own (it also passes on its children's). */

/** Detail of `mc-lang-change`: the portal now shows itself in `lang`. */
export interface McLangChangeDetail {
  lang: 'en' | 'fr';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-lang-change': CustomEvent<McLangChangeDetail>;
  }
}
