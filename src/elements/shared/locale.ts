/**
 * Locale for elements that live inside someone else's page: the nearest `lang`
 * attribute (walking out through shadow roots), then `<html lang>`, then English.
 * A library embedded in a host page never installs a page-global locale.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../core/schema.js';
import { en, type Messages } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';

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

/** The interface strings of `lang`. */
export function messages(lang: Lang): Messages {
  return lang === 'fr' ? fr : en;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Number formatter for `lang` (Canadian conventions); cached, as creating one is slow. */
export function numberFormat(lang: Lang, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${options ? JSON.stringify(options) : ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', options);
    formats.set(key, format);
  }
  return format;
}

/** Dollars in CAD for `lang`; `cents` keeps two decimals (hourly wages). */
export function formatMoney(value: number, lang: Lang, cents = false): string {
  return numberFormat(lang, {
    style: 'currency',
    currency: 'CAD',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(value);
}

/**
 * Keeps `lang` and `t` (the message table) current for a Lit host and re-renders it when
 * any `lang` attribute above it changes: one MutationObserver per tree scope (document
 * and each enclosing shadow root), filtered to `lang`, so a toggle anywhere up the
 * chain reaches the element.
 */
export class LocaleController implements ReactiveController {
  /** Language in effect at the host. */
  lang: Lang = 'en';
  /** Interface strings in `lang`. */
  t: Messages = en;
  private observer: MutationObserver | null = null;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onChange: ((lang: Lang) => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange?: (lang: Lang) => void) {
    this.host = host;
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
    if (next === this.lang && this.t === messages(next)) return;
    this.lang = next;
    this.t = messages(next);
    if (notify) {
      this.onChange?.(next);
      this.host.requestUpdate();
    }
  }
}
