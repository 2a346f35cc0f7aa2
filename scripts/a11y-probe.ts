/**
 * In-page probes for scripts/a11y-audit.ts: each is handed to `page.evaluate` and so must be
 * self-contained (no imports, no closures over this module). Every probe walks shadow roots,
 * since the elements render in Shadow DOM, where page-level CSS and `querySelectorAll` do
 * not reach.
 */

/** The WCAG 1.4.12 spacing overrides (the "text spacing bookmarklet"). */
export const SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Adds `css` to the document and to every open shadow root, now and as new ones render. */
export function injectEverywhere(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const add = (root: Document | ShadowRoot) => {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) add(el.shadowRoot);
  };
  add(document);
  (window as unknown as { __a11yTimer?: number }).__a11yTimer ??= window.setInterval(() => add(document), 200);
}

export interface Finding {
  kind: 'hscroll' | 'overflow' | 'clipped' | 'scrolls' | 'target';
  what: string;
}

/** Horizontal scrolling, content past the viewport, clipped text and small targets. */
export function probe(): Finding[] {
  const out: Finding[] = [];
  const all: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const name = (el: Element) => {
    const host = (el.getRootNode() as ShadowRoot).host;
    const part = el.getAttribute('part') ?? el.getAttribute('class') ?? '';
    const text = ((el as HTMLInputElement).labels?.[0] ?? el).textContent!.trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${host ? host.localName + ' ' : ''}${el.localName}${part ? `[${part}]` : ''} "${text}"`;
  };
  const seen = (el: Element) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return s.visibility !== 'hidden' && r.width > 1 && r.height > 1 && !el.closest('dialog:not([open]), .visually-hidden');
  };
  const doc = document.scrollingElement!;
  if (doc.scrollWidth > doc.clientWidth + 1) out.push({ kind: 'hscroll', what: `page ${doc.scrollWidth} > ${doc.clientWidth}` });
  const vw = document.documentElement.clientWidth;
  const inScroller = (el: Element) => {
    for (let n = el.parentNode; n && n !== document; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n instanceof Element && getComputedStyle(n).overflowX !== 'visible') return true;
    }
    return false;
  };
  for (const el of all) {
    if (!seen(el)) continue;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    // A text field scrolls its own text sideways, as every browser's does.
    const wide = el.scrollWidth > el.clientWidth + 1 && r.width > 2 && !el.matches('input, textarea');
    if (r.right > vw + 1 && !el.closest('svg') && el.localName !== 'svg' && !inScroller(el))
      out.push({ kind: 'overflow', what: `${name(el)} right ${Math.round(r.right)} > ${vw}` });
    if (wide && /hidden|clip/.test(s.overflowX)) out.push({ kind: 'clipped', what: `${name(el)} x ${el.scrollWidth}>${el.clientWidth}` });
    if (wide && /auto|scroll/.test(s.overflowX)) out.push({ kind: 'scrolls', what: `${name(el)} x ${el.scrollWidth}>${el.clientWidth}` });
    if (/hidden|clip/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1 && r.height > 2)
      out.push({ kind: 'clipped', what: `${name(el)} y ${el.scrollHeight}>${el.clientHeight}` });
  }
  // With a modal dialog open, the page behind it is inert: no target there.
  const modal = all.find((el) => el.matches(':modal'));
  const inModal = (el: Element) => {
    for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === modal) return true;
    return false;
  };
  const targets = all.filter(
    (el) =>
      seen(el) &&
      (!modal || inModal(el)) &&
      el.matches('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=option], [role=tab], [tabindex]:not([tabindex="-1"])') &&
      !(el as HTMLInputElement).disabled,
  );
  const rects = targets.map((el) => el.getBoundingClientRect());
  targets.forEach((el, i) => {
    const r = rects[i]!;
    if (r.width >= 23.5 && r.height >= 23.5) return;
    // Inline: a link in a sentence (WCAG 2.5.8's inline exception).
    const parent = el.parentElement;
    const inline = getComputedStyle(el).display === 'inline' && parent && [...parent.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
    if (inline) return;
    // Spacing exception: a 24px circle on its centre meets no other target.
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const hits = rects.some((o, j) => {
      if (j === i || targets[j]!.contains(el) || el.contains(targets[j]!)) return false;
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    out.push({ kind: 'target', what: `${name(el)} ${Math.round(r.width)}x${Math.round(r.height)}${hits ? ' (too close)' : ' (spaced: passes)'}` });
  });
  return out;
}

/** The focused element, through shadow roots, and whether something fixed or sticky covers it. */
export function focusCovered(): { what: string; covered: boolean; ring: string } | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  const ring = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
  const points = [
    [r.left + 2, r.top + 2],
    [r.right - 2, r.top + 2],
    [r.left + 2, r.bottom - 2],
    [r.right - 2, r.bottom - 2],
    [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
  ];
  const mine = (hit: Element | null) => {
    for (let n: Node | null = hit; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === el) return true;
    return false;
  };
  const covered = points.every(([x, y]) => {
    if (x! < 0 || y! < 0 || x! > innerWidth || y! > innerHeight) return true;
    let hit = document.elementFromPoint(x!, y!);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x!, y!);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return !mine(hit);
  });
  return { what: `${el.localName}.${el.className} "${(el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 30)}"`, covered, ring };
}
