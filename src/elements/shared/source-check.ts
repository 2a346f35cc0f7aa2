/**
 * Tells the page's developer that an element which shows an index's data was given none:
 * neither `src` nor `index` once it has first rendered (a forgotten attribute, or a misspelt
 * one: `scr="..."`), where it would otherwise look normal and silently find nothing. Once per
 * element: a console warning naming it, and `mc-error` with code `no-source` and that warning
 * as its `hint`. Not for an element whose `src` is optional (`McElement.sourceOptional`), nor
 * for one a parent of ours renders in its shadow root: the parent hands it the index once loaded.
 */
import type { ReactiveController } from 'lit';
import type { Lang } from '../../core/index-format/index.js';
import { common } from '../../i18n/en/common.js';
import type { McErrorDetail } from './errors.js';
import { stringsIn } from './locale.js';

interface SourceHost extends HTMLElement {
  src?: string | null;
  index?: unknown;
}

export class SourceCheck implements ReactiveController {
  private checked = false;

  constructor(
    private readonly host: SourceHost,
    private readonly lang: () => Lang,
    private readonly optional: () => boolean,
  ) {}

  hostUpdated(): void {
    if (this.checked) return;
    this.checked = true;
    const { host } = this;
    if (!('src' in host) || this.optional() || host.src || host.index != null || renderedByUs(host)) return;
    const hint = `<${host.localName}> has neither src nor index, so it has nothing to show: set its src attribute to the URL of the index (its index.json, or the folder holding it, as /data/index/ or /data/index; check the attribute's spelling), or set its index property before adding it to the page.`;
    console.warn(hint);
    const detail: McErrorDetail = { code: 'no-source', message: stringsIn(this.lang(), { common }).common.errors['no-source'], hint };
    host.dispatchEvent(new CustomEvent('mc-error', { detail, bubbles: true, composed: true }));
  }
}

/** True for an element in the shadow root of one of ours (`mc-*`). */
function renderedByUs(el: HTMLElement): boolean {
  const root = el.getRootNode() as Node & { host?: Element };
  return root.host?.localName.startsWith('mc-') ?? false;
}
