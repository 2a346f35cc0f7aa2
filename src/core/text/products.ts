/**
 * Software that course descriptions and people name by product rather than by the skill
 * ("Excel", not "use spreadsheets software"). ESCO lists each product in full among the
 * skill's alternative labels ("Microsoft Office Excel"); the builder drops one-word aliases
 * because most are a broader word ("engineering", "Google"), so these few, which name
 * nothing else, are kept here for the builder's tagger and the skill search alike.
 */
export interface SoftwareProduct {
  /** The product word as written, e.g. "Excel". */
  name: string;
  /** Id of the skill it is a tool for, in the index's vocabulary. */
  skill: string;
}

export const SOFTWARE_PRODUCTS: readonly SoftwareProduct[] = [
  { name: 'Excel', skill: 'esco:use-spreadsheets-software' },
  { name: 'PowerPoint', skill: 'esco:use-presentation-software' },
];
