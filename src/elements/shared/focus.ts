import { yieldToEventLoop } from '../../core/schedule/index.js';

/** The focused element, through open shadow roots: what `document.activeElement` names only as a host. */
export function deepFocus(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

/**
 * A focus move a choice asks for (to the results it shows), made once its target is
 * rendered. Asked while the target cannot show yet (a choice made from the job titles
 * loaded before the whole index), it is made only if focus is still where it was then:
 * the person may have gone on, to the other search for instance.
 */
export class FocusAfterChoice {
  private asked: { from: Element | null | undefined } | null = null;

  /** `waiting`: the target cannot show until something still loading comes. */
  ask(waiting: boolean): void {
    this.asked = { from: waiting ? deepFocus() : undefined };
  }

  /** A focus move is asked and will be made: focus is still where it was when asked. */
  get pending(): boolean {
    return this.asked !== null && (this.asked.from === undefined || this.asked.from === deepFocus());
  }

  /** After each render: moves focus to `target` once it is there; keeps waiting while `waiting`. */
  settle(target: HTMLElement | null, waiting: boolean): void {
    if (this.asked === null || (target === null && waiting)) return;
    const { from } = this.asked;
    this.asked = null;
    if (target === null || (from !== undefined && from !== deepFocus())) return;
    // In the next task: focusing lays out what was just added, and that work in the same
    // task as building it made one long task on a slow phone.
    void yieldToEventLoop().then(() => {
      if (target.isConnected) target.focus();
    });
  }
}
