/**
 * The ARIA APG combobox keyboard model as a pure function: what a key press in the
 * input means, given whether the list is open. The element applies the action; keeping
 * the rules here makes them readable in one place and testable without a DOM.
 */

export type ComboAction =
  | { type: 'open'; move: 'first' | 'last' | 'none' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'select' }
  | { type: 'close' }
  | { type: 'clear' }
  | { type: 'caret' }
  | { type: 'none' };

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The action for `event`; `'none'` lets the browser's default happen. */
export function comboAction(event: KeyLike, open: boolean, hasActive: boolean): ComboAction {
  switch (event.key) {
    case 'ArrowDown':
      if (event.altKey) return open ? { type: 'none' } : { type: 'open', move: 'none' };
      return open ? { type: 'move', by: 1 } : { type: 'open', move: 'first' };
    case 'ArrowUp':
      if (event.altKey) return open ? { type: 'close' } : { type: 'none' };
      return open ? { type: 'move', by: -1 } : { type: 'open', move: 'last' };
    case 'PageDown':
      return open ? { type: 'edge', to: 'last' } : { type: 'none' };
    case 'PageUp':
      return open ? { type: 'edge', to: 'first' } : { type: 'none' };
    case 'Enter':
      return open && hasActive ? { type: 'select' } : { type: 'none' };
    case 'Escape':
      return open ? { type: 'close' } : { type: 'clear' };
    case 'Home':
    case 'End':
    case 'ArrowLeft':
    case 'ArrowRight':
      // APG: these move the caret in the input; visual focus returns to the input.
      return { type: 'caret' };
    case 'Tab':
      return open ? { type: 'close' } : { type: 'none' };
    default:
      return { type: 'none' };
  }
}

/** The active option after `action` among `count` options; `active` when the action does not move it. */
export function activeAfter(action: ComboAction, active: number, count: number): number {
  switch (action.type) {
    case 'open':
      return action.move === 'none' ? active : action.move === 'first' ? 0 : count - 1;
    case 'move':
      return active < 0 ? (action.by === 1 ? 0 : count - 1) : (active + action.by + count) % count;
    case 'edge':
      return action.to === 'first' ? 0 : count - 1;
    case 'caret':
      return -1;
    default:
      return active;
  }
}
