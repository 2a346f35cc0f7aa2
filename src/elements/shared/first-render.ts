/**
 * An element's first render one task after its upgrade. When the bundle loads after the
 * markup (or a parent renders children), defining, upgrading and rendering every element
 * at once is one long task on a slow phone; this way each element's first render is a
 * task of its own. Later renders keep Lit's timing (a microtask). McElement does it for
 * the elements that set `deferFirstRender`.
 */

/** The elements of this library that defer their first render (`deferFirstRender` in their class). */
const DEFERRING = 'mc-job-search, mc-labour-market, mc-recommendations, mc-program-card, mc-portal';

interface Renderable extends Element {
  readonly hasUpdated: boolean;
  readonly updateComplete: Promise<unknown>;
}

/**
 * Waits for the first render of the elements in `root` that have not rendered yet, so a
 * parent's `updateComplete` still means its children show something, as it did when they
 * rendered in the same task.
 */
export async function childrenRendered(root: ParentNode): Promise<void> {
  const pending = [...root.querySelectorAll<Element>(DEFERRING)].filter((el): el is Renderable => 'hasUpdated' in el && !(el as Renderable).hasUpdated);
  if (pending.length > 0) await Promise.all(pending.map((el) => el.updateComplete));
}
