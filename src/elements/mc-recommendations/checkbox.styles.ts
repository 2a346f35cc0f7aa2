import { css } from 'lit';

/** Native checkboxes restored from the shared control reset, with a label row of 24px or more. */
export const checkboxStyles = css`
  .check {
    display: flex;
    align-items: center;
    gap: var(--mc-space-xs, 0.5rem);
    min-height: 24px;
    cursor: pointer;
  }
  input[type='checkbox'] {
    all: revert;
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--mc-color-primary, #1d4ed8);
    cursor: pointer;
  }
  input[type='checkbox']:focus-visible {
    outline: 2px solid var(--mc-color-focus, var(--mc-color-primary, #1d4ed8));
    outline-offset: 2px;
  }
`;
