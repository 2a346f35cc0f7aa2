/**
 * What a printout of the portal carries that the screen does not need: the date it was
 * printed and, with `url-state`, the link back to the same view (the one "Copy link" gives),
 * so a client handed the paper can open it again. Shown on paper only; worked out again
 * before printing, so a page left open overnight prints the day it is printed.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import { dateFormat } from '../shared/locale.js';

export class PrintLine implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
  }

  private onPrint = (): void => this.host.requestUpdate();

  /** `href`: the view's link, or null when the portal does not keep its view in the URL. */
  render(p: Messages['portal'], lang: Lang, href: string | null): TemplateResult {
    return html`<p class="printed">
      ${p.printedOn(dateFormat(lang, { dateStyle: 'long' }).format(new Date()))} ${href ? html`${p.printedLink} <a href=${href}>${href}</a>` : nothing}
    </p>`;
  }
}
