import { css } from 'lit';
import { baseStyles } from '../shared/tokens.styles.js';
import { pickerStyles } from '../mc-skill-finder/mc-skill-finder.styles.js';

const review = css`
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-md, 1rem);
  }
  .heading,
  .subheading,
  .program-title {
    margin: 0;
    line-height: 1.25;
    color: var(--mc-catalogue-review-heading-color, var(--mc-color-heading, #111827));
  }
  .heading {
    font-size: var(--mc-catalogue-review-heading-size, 1.375em);
  }
  .subheading {
    font-size: 1.125em;
  }
  .program-title {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .hint,
  .note,
  .meta {
    color: var(--mc-color-text-muted, #4b5563);
  }
  .file {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-2xs, 0.25rem);
  }
  .file label,
  .filter label {
    font-weight: 600;
  }
  .file input {
    min-height: 2.75rem;
  }
  /* A field whose file is being read keeps focus (aria-disabled, not disabled). */
  .file input[aria-disabled='true'] {
    cursor: progress;
  }
  .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-sm, 0.75rem);
    padding: var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-color-border-muted, #d1d5db);
    border-radius: var(--mc-radius, 0.5rem);
    background: var(--mc-color-surface-muted, #f9fafb);
  }
  .panel .figure {
    flex: 1 1 20rem;
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-2xs, 0.25rem);
  }
  .coverage {
    font-size: 1.125em;
    font-weight: 700;
  }
  progress {
    width: 100%;
    max-width: 24rem;
  }
  .reach-label {
    font-weight: 600;
  }
  .placement button {
    min-height: 2rem;
  }
  .placement.not-for .label {
    text-decoration: line-through;
  }
  .placement .words {
    color: var(--mc-color-text-muted, #4b5563);
  }
  .learner-marks {
    padding: 0 var(--mc-space-xs, 0.5rem);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    color: #854d0e;
  }
  .placement button[aria-pressed='true'] {
    background: var(--mc-catalogue-review-rejected, var(--mc-color-danger, #b91c1c));
    border-color: var(--mc-catalogue-review-rejected, var(--mc-color-danger, #b91c1c));
    color: #ffffff;
  }
  .gaps {
    columns: 18rem auto;
    margin: 0;
    padding-left: 1.25rem;
  }
  .problems,
  .programs,
  .placements,
  .skills {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .problems {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-3xs, 0.125rem);
  }
  .problems .where {
    font-weight: 600;
    margin-right: 0.25em;
  }
  .programs {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-sm, 0.75rem);
  }
  .program {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-xs, 0.5rem);
    padding: var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-color-border-muted, #d1d5db);
    border-radius: var(--mc-radius, 0.5rem);
    background: var(--mc-color-surface, #ffffff);
  }
  .skills,
  .reach,
  .placements {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-2xs, 0.25rem);
  }
  .skill,
  .placement {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-2xs, 0.25rem) var(--mc-space-sm, 0.75rem);
  }
  .skill {
    padding: var(--mc-space-2xs, 0.25rem) var(--mc-space-xs, 0.5rem);
    border-left: 4px solid var(--mc-color-border-muted, #d1d5db);
  }
  .skill.accepted,
  .skill.added {
    border-left-color: var(--mc-catalogue-review-accepted, var(--mc-color-success, #15803d));
  }
  .skill.rejected {
    border-left-color: var(--mc-catalogue-review-rejected, var(--mc-color-danger, #b91c1c));
  }
  .skill.rejected .label {
    text-decoration: line-through;
  }
  .skill .label {
    font-weight: 600;
  }
  .skill .why {
    flex: 1 1 16rem;
    color: var(--mc-color-text-muted, #4b5563);
  }
  .strength {
    padding: 0 var(--mc-space-xs, 0.5rem);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
  }
  .strength.strong {
    color: #166534;
  }
  .strength.medium {
    color: #854d0e;
  }
  .strength.weak,
  .strength.added {
    color: #374151;
  }
  .actions {
    display: inline-flex;
    gap: var(--mc-space-2xs, 0.25rem);
  }
  .actions button {
    min-height: 2rem;
  }
  .actions button[aria-pressed='true'].accept {
    background: var(--mc-catalogue-review-accepted, var(--mc-color-success, #15803d));
    border-color: var(--mc-catalogue-review-accepted, var(--mc-color-success, #15803d));
    color: #ffffff;
  }
  .actions button[aria-pressed='true'].reject {
    background: var(--mc-catalogue-review-rejected, var(--mc-color-danger, #b91c1c));
    border-color: var(--mc-catalogue-review-rejected, var(--mc-color-danger, #b91c1c));
    color: #ffffff;
  }
  .adder {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-xs, 0.5rem);
    max-width: 36rem;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-xs, 0.5rem);
  }
  .more {
    display: flex;
    justify-content: center;
  }
  @media (forced-colors: active) {
    .skill.accepted,
    .skill.added,
    .skill.rejected {
      border-left-color: CanvasText;
    }
  }
`;

export const styles = [...baseStyles, pickerStyles, review];
