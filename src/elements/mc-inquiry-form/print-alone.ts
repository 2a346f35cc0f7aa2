/**
 * Printing one part of the element, alone. `window.print()` prints the host page (its header,
 * its lists, the part somewhere in them), and an element cannot hide the page's light DOM
 * from its shadow root; a new window is stopped by popup blockers. So, as print-js and
 * react-to-print do, the part is copied into a document of its own, in an iframe kept off
 * screen, and that frame prints, with the part's language, direction and a title (the file
 * name "Save as PDF" offers). The frame is added to the part, in the element's shadow root:
 * nothing is added to the host page's DOM or styles, and it goes once printed.
 *
 * The frame (about:blank) has the page's Content-Security-Policy: its styles are a
 * constructed stylesheet, which `style-src` without 'unsafe-inline' allows (as for the
 * element's own), and no HTML is parsed from a string (Trusted Types).
 */
import type { CSSResult } from 'lit';

export interface PrintOptions {
  title: string;
  lang: string;
  /** The styles the copy is laid out with (the part's own, and those for paper). */
  styles: readonly CSSResult[];
  /** What the copy leaves out (buttons), as a selector. */
  leaveOut: string;
}

/** Prints `part` alone; false when the browser would not (the part stays on screen). */
export function printAlone(part: HTMLElement, o: PrintOptions): boolean {
  part.querySelector(':scope > .print-frame')?.remove();
  const frame = part.ownerDocument.createElement('iframe');
  frame.className = 'print-frame';
  frame.setAttribute('aria-hidden', 'true');
  // Neither read nor reached by Tab while it waits off screen.
  frame.inert = true;
  frame.tabIndex = -1;
  part.append(frame);
  const win = frame.contentWindow;
  try {
    fill(frame.contentDocument!, part, o);
    // Gone once printed (a browser that says so); else when printed again or the part goes.
    win!.addEventListener('afterprint', () => frame.remove(), { once: true });
    win!.print();
    return true;
  } catch {
    frame.remove();
    return false;
  }
}

function fill(doc: Document, part: HTMLElement, o: PrintOptions): void {
  const shown = getComputedStyle(part);
  const root = doc.documentElement;
  root.lang = o.lang;
  root.dir = shown.direction;
  doc.title = o.title;
  const copy = doc.importNode(part, true);
  copy.querySelectorAll(`${o.leaveOut}, .print-frame`).forEach((node) => node.remove());
  doc.body.replaceChildren(copy);
  // The page's typeface, in black on white whatever the page's colours (see the styles).
  doc.body.style.fontFamily = shown.fontFamily;
  const css = o.styles.map((s) => s.cssText).join('\n');
  try {
    // Made in the frame's realm: a sheet is adopted only by documents of its own.
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [sheet];
  } catch {
    // A browser without constructed stylesheets (Safari before 16.4), as Lit does.
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
  }
}
