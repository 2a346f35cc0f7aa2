/**
 * The base class every element of the library extends, as Shoelace's does: typed events
 * (`emit`), the locale (`locale.lang`, `locale.t`; a render waits for the French strings
 * while they load), the deferred first render (see first-render.ts) and the warning for an
 * element placed with neither `src` nor `index` (see source-check.ts). Beside it, the
 * error box with Retry that the data elements show. Ids need no counter: each element's
 * shadow root scopes its own.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { yieldToEventLoop } from '../../core/schedule/index.js';
import type { Lang } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import { LocaleController, type Strings } from './locale.js';
import { SourceCheck } from './source-check.js';

/** The detail of event `K`, as `GlobalEventHandlersEventMap` types it (`never` for a non-CustomEvent). */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export abstract class McElement extends LitElement {
  /**
   * Set to true by the elements a page or a parent creates several of at once: their first
   * render waits one task after the upgrade (see first-render.ts). Later renders keep Lit's timing.
   */
  protected readonly deferFirstRender?: boolean;

  /**
   * Set to true by the elements whose `src` is optional (titles for ids): the others, given
   * neither `src` nor `index`, say so once they have rendered (see source-check.ts).
   */
  protected readonly sourceOptional?: boolean;

  constructor() {
    super();
    this.addController(
      new SourceCheck(
        this,
        () => this.locale.lang,
        () => this.sourceOptional === true,
      ),
    );
  }

  /**
   * The language in effect at the element and its strings; a `lang` change above it
   * re-renders it. Each element makes it with `strings()`, from the English sections it shows.
   */
  protected abstract readonly locale: { readonly lang: Lang; whenReady(schedule: () => void | Promise<unknown>): void | Promise<unknown> };

  /**
   * The element's locale, from the English sections it shows (imported from `i18n/en/`, so
   * its bundle carries those alone): `protected readonly locale = this.strings({ common, search })`.
   */
  protected strings<K extends keyof Messages>(english: Strings<K>): LocaleController<K> {
    return new LocaleController(this, english, () => this.langChanged?.());
  }

  /** Called when the language in effect changes, before the re-render it asks for. */
  protected langChanged?(): void;

  /** Renders once the strings of the language are here; the first render a task later with `deferFirstRender`. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const schedule = () => this.locale.whenReady(() => super.scheduleUpdate());
    return !this.hasUpdated && this.deferFirstRender ? yieldToEventLoop().then(schedule) : schedule();
  }

  /** Fires `name` with `detail`, bubbling and composed (out of shadow roots), as every event of the library. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(name: K, detail: EventDetail<K>): void {
    /** @internal Not an event of its own: each element documents the events it emits with `@fires`. */
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

/**
 * The box a data element shows when what it needs could not be loaded: what went wrong,
 * and Retry; without `retry`, what went wrong alone (trying again would find nothing more,
 * as for an occupation the index does not hold). A function rather than a method, so an
 * element that never shows it does not carry it in its bundle.
 */
export function errorBox(message: string, retryLabel?: string, retry?: () => void): TemplateResult {
  return html`<div part="state" class="state error" role="alert">
    <p>${message}</p>
    ${retry ? html`<button type="button" @click=${retry}>${retryLabel}</button>` : nothing}
  </div>`;
}
