/**
 * Locale for elements that live inside someone else's page: the nearest `lang`
 * attribute (walking out through shadow roots), then `<html lang>`, then English.
 * A library embedded in a host page never installs a page-global locale.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import { onceRetrying } from './once.js';

/** `fr`, `fr-CA`, `FR` -> `fr`; anything else -> `en`. */
export function toLang(value: string | null | undefined): Lang {
  return value != null && /^fr\b/i.test(value.trim()) ? 'fr' : 'en';
}

/** The language in effect at `el`: its own or nearest ancestor's `lang`, across shadow roots. */
export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const value = withLang.getAttribute('lang');
      if (value) return toLang(value);
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return toLang(globalThis.document?.documentElement.getAttribute('lang'));
}

/**
 * The sections of the string table an element shows (`{ common, search }` for the job
 * search). Each element gives its LocaleController the English ones it imports from
 * `i18n/en/`, so its bundle carries only those.
 */
export type Strings<K extends keyof Messages> = Pick<Messages, K>;

/**
 * The French strings load only when an element shows French (a dynamic import, its own
 * chunk for a bundler): an English page does not download them. The table is whole, so
 * it holds every element's sections.
 */
let frTable: Messages | null = null;
const importFrench = onceRetrying(() => import('../../i18n/fr.js').then((module) => (frTable = module.fr)));

/** Loads the French strings once (again after a failure: a flaky connection); resolves at once when they are here. */
export function loadFrench(): Promise<Messages> {
  return frTable ? Promise.resolve(frTable) : importFrench();
}

/** The French strings when they are loaded, else null. */
export function loadedFrench(): Messages | null {
  return frTable;
}

/**
 * The strings of `lang` among `english`'s sections: the French ones when `lang` is French
 * and they are loaded, else English (elements wait for French before rendering: see
 * `LocaleController.whenReady`).
 */
export function stringsIn<K extends keyof Messages>(lang: Lang, english: Strings<K>): Strings<K> {
  return lang === 'fr' && frTable ? frTable : english;
}

/** The page's formatters, by kind, language and options: creating one is slow (see number-formats.ts). */
const formats = new Map<string, object>();

function cached<F extends object, O>(Format: new (locale: string, options?: O) => F, lang: Lang, options?: O): F {
  const key = `${Format.name}${lang}${JSON.stringify(options)}`;
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = new Format(lang === 'fr' ? 'fr-CA' : 'en-CA', options);
    formats.set(key, format);
  }
  return format;
}

/** The options of hours (a program's, a plan's): one decimal at most. */
export const HOURS_FORMAT: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

/**
 * Hours as a program's facts and the plan's total show them, worded by `words` ("1 hour",
 * "1,5 heure", "2 heures"): the plural follows the number shown, so 1.96 shows as "2 hours".
 */
export function hoursText(hours: number, lang: Lang, words: (hours: number, formatted: string) => string): string {
  const shown = Math.round(hours * 10) / 10;
  return words(shown, numberFormat(lang, HOURS_FORMAT).format(shown));
}

/** Number formatter for `lang` (Canadian conventions); cached, as creating one is slow. */
export function numberFormat(lang: Lang, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(Intl.NumberFormat, lang, options);
}

/** Date and time formatter for `lang` (Canadian conventions); cached, as a number formatter is. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(Intl.DateTimeFormat, lang, options);
}

/** "A, B and C" (`conjunction`) or "A, B, C" (`unit`) in `lang`; cached, as a number formatter is. */
export function listFormat(lang: Lang, type: Intl.ListFormatType): Intl.ListFormat {
  return cached(Intl.ListFormat, lang, { type });
}

/**
 * Keeps `lang` and `t` (the message table) current for a Lit host and re-renders it when
 * any `lang` attribute above it changes: one MutationObserver per tree scope (document
 * and each enclosing shadow root), filtered to `lang`, so a toggle anywhere up the
 * chain reaches the element.
 */
export class LocaleController<K extends keyof Messages = keyof Messages> implements ReactiveController {
  /** Language in effect at the host. */
  lang: Lang = 'en';
  /** Interface strings in `lang`: the sections the host shows. */
  t: Strings<K>;
  private observer: MutationObserver | null = null;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly english: Strings<K>;
  private readonly onChange: ((lang: Lang) => void) | undefined;

  /** `english`: the English sections the host shows, imported from `i18n/en/`. */
  constructor(host: ReactiveControllerHost & HTMLElement, english: Strings<K>, onChange?: (lang: Lang) => void) {
    this.host = host;
    this.english = english;
    this.t = english;
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh(false);
    this.observer = new MutationObserver(() => this.refresh(true));
    let node: Node = this.host;
    for (;;) {
      const root = node.getRootNode();
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (root instanceof ShadowRoot) node = root.host;
      else break;
    }
    // The document root element may sit outside the observed subtree when the host
    // is detached-then-attached inside a fragment; observe it explicitly.
    const html = globalThis.document?.documentElement;
    if (html) this.observer.observe(html, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Re-reads the language; call after moving the host. */
  refresh(notify = true): void {
    const next = resolveLang(this.host);
    if (next === this.lang && this.t === stringsIn(next, this.english)) return;
    this.lang = next;
    this.t = stringsIn(next, this.english);
    if (next === 'fr' && !loadedFrench()) this.load(next);
    if (notify) {
      this.onChange?.(next);
      this.host.requestUpdate();
    }
  }

  /** Strings of a language on their way: the host's next update waits for them. */
  private pending: Promise<void> | null = null;

  private load(lang: Lang): void {
    const pending: Promise<void> = loadFrench().then(
      () => {
        if (this.pending === pending) this.pending = null;
        if (this.lang === lang) this.t = stringsIn(lang, this.english);
        this.host.requestUpdate();
      },
      () => {
        // Offline with the chunk not cached: the element stays in English rather than blank.
        if (this.pending === pending) this.pending = null;
      },
    );
    this.pending = pending;
  }

  /**
   * Runs `schedule` (the host's update) once the strings of its language are here, so an
   * element never shows English on a French page while they load. Call from the host's
   * `scheduleUpdate()`.
   */
  whenReady(schedule: () => void | Promise<unknown>): void | Promise<unknown> {
    return this.pending ? this.pending.then(schedule) : schedule();
  }
}
