/**
 * The notice about inquiries saved on this device, for each element that can send one
 * (mc-inquiry-form, mc-skill-finder, mc-portal). While the element is connected it holds its
 * `endpoint`: the page's outbox then sends what was saved for that endpoint on an earlier
 * visit, at once when online (outbox-drain.ts), and the element says where each inquiry stands
 * in a polite live region that is in its shadow root, empty, from the first render (a region
 * inserted already filled is not read). The outbox's code loads only when the device may hold
 * an inquiry (its IndexedDB database exists) or one was just saved (`mc-inquire`), so a page
 * whose visitor never saved one does not download it for the notice.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang, Program } from '../../core/index-format/index.js';
import type { Outbox } from '../../core/offline/index.js';
import { holdEndpoint, isHeld, knownOnDevice, outboxOnDevice } from './held-endpoints.js';
import type { OutboxNotice } from './outbox-notice.js';
import type { DrainEntry } from './outbox-drain.js';

/** The outbox's IndexedDB database (core/offline's default name). */
const DATABASE = 'microcred-outbox';

/** False when nothing can have been saved on this device: no IndexedDB, or no outbox database in it. */
async function mayHoldInquiries(): Promise<boolean> {
  if (knownOnDevice()) return true;
  const factory = globalThis.indexedDB as (IDBFactory & { databases?: IDBFactory['databases'] }) | undefined;
  if (!factory) return false;
  if (typeof factory.databases !== 'function') return true;
  try {
    const found = (await factory.databases()).some((db) => db.name === DATABASE);
    if (found) outboxOnDevice();
    return found;
  } catch {
    return true;
  }
}

/** An element that sends inquiries to `endpoint` (nothing is held without one), with the attributes that say who receives them. */
export interface SendingElement extends ReactiveControllerHost, HTMLElement {
  endpoint: string | null;
  endpointOwner: string | null;
  /** The inquiry form's older name of `endpointOwner`, which wins. */
  institution?: string;
  routed: boolean;
}

export interface OutboxStatusOptions {
  /** The programs the element knows, to name the institutions of a saved inquiry. */
  programs(): readonly Program[];
  /** The outbox the element sends through, when not the page's. */
  outbox?(): Outbox | null;
}

export class OutboxStatus implements ReactiveController {
  private endpoint: string | null = null;
  private outbox: Outbox | null = null;
  private release: (() => void) | null = null;
  private notice: OutboxNotice | null = null;
  private readonly onInquire = () => void this.load();

  constructor(
    private readonly host: SendingElement,
    private readonly opts: OutboxStatusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('mc-inquire', this.onInquire);
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('mc-inquire', this.onInquire);
    this.letGo();
  }

  private sync(): void {
    const endpoint = this.host.endpoint || null;
    const outbox = this.opts.outbox?.() ?? null;
    if (!this.host.isConnected || (endpoint === this.endpoint && outbox === this.outbox && (this.release !== null || endpoint === null))) return;
    this.letGo();
    this.endpoint = endpoint;
    this.outbox = outbox;
    if (!endpoint) return;
    this.release = holdEndpoint(endpoint);
    void (outbox ? Promise.resolve(true) : mayHoldInquiries()).then((may) => (may ? this.load() : undefined));
  }

  private letGo(): void {
    this.release?.();
    this.release = null;
    this.notice?.leave(this.endpoint !== null && isHeld(this.endpoint));
    this.notice = null;
  }

  private async load(): Promise<void> {
    const { endpoint, outbox } = this;
    if (!endpoint || this.notice) return;
    const view = await import('./outbox-notice.js');
    const drain = view.drainOf(outbox ?? (await view.pageOutbox()));
    if (this.endpoint !== endpoint || this.outbox !== outbox || this.notice || !this.release) return;
    this.notice = new view.OutboxNotice(this.host, drain, endpoint);
    this.host.requestUpdate();
  }

  /**
   * The notice: in every render, so its live region is there from the start; `skip`, the
   * entries the host says nothing of where it is (all, while the screen shows another notice).
   */
  render(lang: Lang, uid: string, skip?: (entry: DrainEntry) => boolean): TemplateResult {
    const { host, opts } = this;
    const owner = host.institution || host.endpointOwner || '';
    const content = this.notice?.render({ lang, uid, routed: host.routed, owner, programs: opts.programs(), skip }) ?? null;
    return html`<div class="outbox ${content ? 'shown' : ''}" part="outbox">
      <div role="status">${content?.lines ?? nothing}</div>
      ${content?.actions ?? nothing}
    </div>`;
  }
}
