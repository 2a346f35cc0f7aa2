/**
 * The columns a catalogue CSV cannot do without (docs/program-catalogue.md): an id, and a
 * title in at least one language, which is what the reader asks of every record, CSV or
 * JSON. Any other column may be left out of the header and reads as empty, as an absent
 * key of a JSON record does.
 */
import type { Columns } from './csv.js';
import { CatalogueError } from './diagnostics.js';
import type { CatalogueProblem } from './problems.js';

/** Each entry is satisfied by any one of its columns. */
export const REQUIRED_COLUMNS: readonly (readonly string[])[] = [['id'], ['title_en', 'title_fr']];

/** `"id"`, `"title_en" or "title_fr"`. */
const alternatives = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' or ');

/** The English reason of `columns-missing`, which admin.en.ts shows too. */
export function columnsMissingReason(missing: readonly (readonly string[])[], header: readonly string[]): string {
  const one = missing.length === 1;
  return (
    `required column${one ? '' : 's'} ${missing.map(alternatives).join(' and ')} ${one ? 'is' : 'are'} missing ` +
    `(header has: ${header.join(', ')}); add ${one ? 'it' : 'them'} to your catalogue, or rename the column${one ? '' : 's'} ` +
    `that hold${one ? 's it' : ' them'} (docs/program-catalogue.md lists the columns)`
  );
}

/**
 * Throws a `CatalogueError` naming, on line 1, every required column the header lacks, all
 * at once so that one fix of the header is enough.
 */
export function checkRequiredColumns(cols: Columns, file: string): void {
  const missing = REQUIRED_COLUMNS.filter((names) => cols.find(...names) < 0).map((names) => [...names]);
  if (missing.length === 0) return;
  const header = [...cols.table.header];
  const problem: CatalogueProblem = { code: 'columns-missing', params: { missing, header } };
  const field = missing.map((names) => names[0]).join(', ');
  throw new CatalogueError({ file, line: 1, field, reason: columnsMissingReason(missing, header), ...problem });
}
