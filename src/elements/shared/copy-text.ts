import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Copies `text` to the clipboard; false where the page may not (not https, a refused permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies `text`, and tells `said` whether it could; when it could not, selects it, once
 * rendered, in the textarea `textarea` (a selector in the host's shadow root) finds, for
 * the person to copy by hand (see `copyByHand`).
 */
export async function copyOrSelect(host: ReactiveControllerHost & HTMLElement, text: string, said: (copied: boolean) => void, textarea: string): Promise<void> {
  const copied = await copyText(text);
  said(copied);
  host.requestUpdate();
  await host.updateComplete;
  if (!copied) host.shadowRoot?.querySelector<HTMLTextAreaElement>(textarea)?.select();
}

/** `text` in a read-only textarea labelled `label`, to copy by hand; `key`: its `data-outbox`, to find it by. */
export function copyByHand(label: string, text: string, key?: string): TemplateResult {
  return html`<label class="copy-by-hand">${label}<textarea readonly data-outbox=${key ?? nothing} .value=${text}></textarea></label>`;
}
