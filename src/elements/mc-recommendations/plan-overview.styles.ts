import { css } from 'lit';

/** The plan above the list (plan-overview.ts): its box, headings, skill columns and steps. */
export const planStyles = css`
  .plan {
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-sm, 0.75rem);
    padding: var(--mc-space-sm, 0.75rem);
    border: 1px solid var(--mc-recommendations-plan-border, var(--mc-color-border-muted, #d1d5db));
    border-radius: var(--mc-radius, 0.5rem);
  }
  .plan h2,
  .plan h3,
  .plan h4,
  .plan h5,
  .plan h6 {
    margin: 0;
    line-height: 1.25;
  }
  .plan-heading {
    font-size: var(--mc-recommendations-plan-heading-size, 1.125em);
  }
  .plan-subheading {
    font-size: 1em;
  }
  .plan-skills {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--mc-space-sm, 0.75rem);
  }
  .plan p {
    margin: 0;
  }
  .plan ul + p {
    margin-top: var(--mc-space-xs, 0.5rem);
  }
  .plan ul,
  .plan ol {
    margin: var(--mc-space-2xs, 0.25rem) 0 0;
    padding-inline-start: 1.25rem;
  }
  .plan-steps > li + li {
    margin-top: var(--mc-space-2xs, 0.25rem);
  }
  .plan-steps .title {
    font-weight: 600;
  }
  .plan-steps .provider,
  .plan-steps .partial,
  .plan-steps .adds {
    display: block;
  }
  .plan-steps .partial {
    font-style: italic;
  }
  .plan-steps .provider {
    color: var(--mc-color-text-muted, #4b5563);
  }
`;
