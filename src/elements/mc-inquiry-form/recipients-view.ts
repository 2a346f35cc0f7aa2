/**
 * How `<mc-inquiry-form>` says who receives an inquiry (shared/recipients.ts has the rules):
 * the rows of its "Who receives your inquiry" block and of its receipt, the consent sentence,
 * and the console warning for a page that does not name who runs its endpoint.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, Program } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import { levelHeading } from '../shared/heading.js';
import { listFormat } from '../shared/locale.js';
import { withMarkedNames, type ShownName } from '../shared/names.js';
import { consentNames, providersOf, type Recipients } from '../shared/recipients.js';

/** "A, B and C" in the page's language. */
export type ListOf = (names: readonly string[]) => string;

export function listOf(lang: Lang): ListOf {
  const format = listFormat(lang, 'conjunction');
  return (names) => format.format(names);
}

/** Who to contact directly when the form cannot send: whoever runs the endpoint, else the institutions. */
export function contactOf(t: Messages['inquiry'], r: Recipients, programs: readonly Program[], list: ListOf): string {
  const providers = providersOf(programs);
  return r.holder ?? (providers.length === 0 ? t.consentFallback : list(providers));
}

/** A label, its value (a list: one item to a line) and, under it, a note. */
export interface Row {
  label: string;
  value: string | readonly string[];
  note?: string;
  /** A class for the value (`reference`: set in a typeface that tells 0 from O). */
  kind?: string;
  /** Names in the value, marked with their language when it is not the page's. */
  names?: readonly ShownName[];
}

/** Who keeps the inquiry, then who it is passed on to (routed) or the institutions it is not sent to. */
export function recipientRows(t: Messages['inquiry'], r: Recipients, listOf: ListOf): Row[] {
  const names = r.names;
  const rows: Row[] = [{ label: t.keptBy, value: r.holder ?? t.unnamed(r.host), names }];
  if (r.passedTo.length > 0) rows.push({ label: t.passedTo, value: listOf(r.passedTo), note: t.passedToNote(r.passedTo.length), names });
  if (r.notSentTo.length > 0)
    rows.push({ label: t.notSentTo, value: listOf(r.notSentTo), note: t.notSentToNote(r.notSentTo.length, r.notSentPrograms), names });
  return rows;
}

function valueView(row: Row): TemplateResult {
  const marked = (text: string) => withMarkedNames(text, row.names ?? []);
  if (typeof row.value === 'string') return html`<span class="value ${row.kind ?? ''}">${marked(row.value)}</span>`;
  return html`<ul class="values">
    ${row.value.map((item) => html`<li>${marked(item)}</li>`)}
  </ul>`;
}

/** Rows as a description list; a value keeps its line breaks. */
export function rowsView(rows: readonly Row[]): TemplateResult {
  return html`<dl class="facts">
    ${rows.map(
      (row) =>
        html`<div>
          <dt>${row.label}</dt>
          <dd>${valueView(row)}${row.note ? html` <span class="hint note">${row.note}</span>` : nothing}</dd>
        </div>`,
    )}
  </dl>`;
}

/** The "Who receives your inquiry" block, shown above the consent. */
export function recipientsView(t: Messages['inquiry'], r: Recipients, listOf: ListOf, o: { id: string; level: number }): TemplateResult {
  return html`<section class="recipients" part="recipients" aria-labelledby=${o.id}>
    ${levelHeading(o.level, { id: o.id, text: t.recipients })} ${rowsView(recipientRows(t, r, listOf))}
  </section>`;
}

/** The consent sentence, naming everyone who receives the inquiry. */
export function consentText(t: Messages['inquiry'], r: Recipients, listOf: ListOf): string {
  const names = consentNames(r, t.unnamed(r.host));
  return t.consent(listOf(names), names.length);
}

const warned = new Set<string>();

/** Once per endpoint and page: the form cannot name who receives the inquiry. */
export function warnUnnamedOwner(endpoint: string, host: string): void {
  if (!endpoint || warned.has(endpoint)) return;
  warned.add(endpoint);
  console.warn(
    `<mc-inquiry-form>: no endpoint-owner, so the form tells people their inquiry is received and kept by "whoever runs ${host || endpoint}". ` +
      `Set endpoint-owner to the name of the organization that runs ${endpoint} (on <mc-skill-finder> and <mc-portal> too), and routed when it passes inquiries on to the institutions.`,
  );
}
