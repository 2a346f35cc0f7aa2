/**
 * The base class every element of the library extends, as Shoelace's does: typed events
 * (`emit`), the locale (`locale.lang`, `locale.t`; a render waits for the French strings
 * while they load), the deferred first render, and the error box with Retry. Ids need no
 * counter: each element's shadow root scopes its own.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import type { Lang } from '../../core/schema.js';
import { firstRenderLater } from './first-render.js';
import { LocaleController } from './locale.js';

/** The detail of event `K`, as `GlobalEventHandlersEventMap` types it (`never` for a non-CustomEvent). */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export abstract class McElement extends LitElement {
  /**
   * True: the first render waits one task after the upgrade (see first-render.ts), for the
   * elements a page or a parent creates several of at once. Later renders keep Lit's timing.
   */
  protected static deferFirstRender = false;

  /** The language in effect at the element and its strings; a `lang` change above it re-renders it. */
  protected readonly locale = new LocaleController(this, (lang) => this.langChanged(lang));

  /** Called when the language in effect changes, before the re-render it asks for. */
  protected langChanged(_lang: Lang): void {}

  /** Renders once the strings of the language are here; the first render a task later with `deferFirstRender`. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const schedule = () => this.locale.whenReady(() => super.scheduleUpdate());
    return (this.constructor as typeof McElement).deferFirstRender ? firstRenderLater(this, schedule) : schedule();
  }

  /** Fires `name` with `detail`, bubbling and composed (out of shadow roots), as every event of the library. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(name: K, detail: EventDetail<K>): boolean {
    return this.dispatchEvent(libraryEvent(name, detail));
  }

  /** The box shown when what the element needs could not be loaded: what went wrong, and Retry. */
  protected errorBox(message: string, retry: () => void): TemplateResult {
    return html`<div part="state" class="state error" role="alert">
      <p>${message}</p>
      <button type="button" @click=${retry}>${this.locale.t.common.retry}</button>
    </div>`;
  }
}

/**
 * Outside the class, so the manifest analyzer does not list an event named `name`: each
 * element documents its events with `@fires`.
 */
function libraryEvent<D>(name: string, detail: D): CustomEvent<D> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}
