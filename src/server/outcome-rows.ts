/**
 * The rows the inquiry stores keep analytics in, shared by the stores (`store.ts`) and the
 * outcomes report (`outcomes.ts`) without either importing the other.
 */
/**
 * `batches` counts batches of usage counts (about one per page load and minute), never
 * feedback batches; `unrelated` counts learners' "not relevant" marks, keyed
 * `program id\toccupation code` (`unrelatedKey`), once per batch, that is per page load.
 */
export type CountKind = 'batches' | 'recommend' | 'programOpen' | 'inquire' | 'noMatch' | 'overflow' | 'unrelated';

/** Counts of one kind and key, on one day (UTC, `YYYY-MM-DD`), from one host page ('' when unknown). */
export interface CountRow {
  day: string;
  page: string;
  kind: CountKind;
  lang: string;
  key: string;
  count: number;
}

/** Days `from` to `to`, inclusive (`YYYY-MM-DD`); either may be open. */
export interface DayRange {
  from?: string;
  to?: string;
}
