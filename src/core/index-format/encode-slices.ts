/**
 * Each occupation's slice of the catalogue, for a page's first recommendations: the
 * programs with evidence for that occupation are all `recommend()` ranks, so a page needs
 * them and a few facts of the whole catalogue, not all of `programs.txt` (190 KB of gzip on
 * the Coursera catalogue, against 1 to 3 KB for a slice).
 *
 * `programs.<code>.txt`: sections `positions` (each row's place in `programs.txt`, for its
 * quotes), `evidence-labels`, `quote-file` (the hash `programs.txt` records for
 * `quotes.<code>.txt`, or nothing), then the columns of `programs.txt` for those rows, in
 * catalogue order, every evidence entry of each (gap mode ranks by the current occupation's
 * evidence for the same programs).
 *
 * `catalogue.txt`: what every slice shares: `providers` and `url-templates` (the slices' rows
 * refer to them by number, as `programs.txt`'s do), `facets` (program count, deliveries,
 * languages, most hours, highest cost: what the filters offer), `skill-programs` (how many
 * programs teach each skill, which weighs the skills a reason names and the related
 * occupations) and `slices` (the first QUOTE_HASH_HEX hex digits of each occupation's slice's
 * SHA-256, in `index.json` order, nothing for an occupation without programs). With these,
 * `recommend()` and `relatedOccupations()` over a slice give what they give over the whole.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { Dictionary, programColumns, type ProgramTables } from './encode-programs.js';
import { type IndexManifest, type Program } from './schema.js';
import { DELIVERY_ORDER, LANGUAGE_ORDER, QUOTE_HASH_HEX } from './layout.js';
import { writeSections } from './sections.js';

/** The text of each occupation's slice, by code, for the occupations with programs. */
export function sliceTexts(programs: readonly Program[], tables: ProgramTables, quoteHashes: ReadonlyMap<string, string>): Map<string, string> {
  const rows = new Map<string, number[]>();
  programs.forEach((p, position) => {
    for (const e of p.evidence ?? []) {
      let list = rows.get(e.occupation);
      if (!list) rows.set(e.occupation, (list = []));
      list.push(position);
    }
  });
  const out = new Map<string, string>();
  for (const [code, positions] of rows) {
    const labels = new Dictionary();
    const columns = programColumns(
      positions.map((k) => programs[k]!),
      tables,
      labels,
    );
    out.set(
      code,
      writeSections([
        { name: 'positions', values: positions.map(String) },
        { name: 'evidence-labels', values: labels.values },
        { name: 'quote-file', values: [quoteHashes.get(code) ?? ''] },
        ...columns,
      ]),
    );
  }
  return out;
}

/** The first QUOTE_HASH_HEX hex digits of the SHA-256 of `bytes`. */
export function shortHash(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes)).slice(0, QUOTE_HASH_HEX);
}

/** `catalogue.txt`; `sliceHashes`: each occupation's slice's short hash, by code. */
export function catalogueText(
  manifest: Pick<IndexManifest, 'occupations' | 'skills'>,
  programs: readonly Program[],
  tables: ProgramTables,
  sliceHashes: ReadonlyMap<string, string>,
): string {
  const deliveries = new Set(programs.map((p) => p.delivery));
  const languages = new Set(programs.map((p) => p.language));
  const most = (values: ReadonlyArray<number | null>) => values.reduce<number>((m, x) => (x !== null && x > m ? x : m), 0);
  const skillPrograms = new Uint32Array(manifest.skills.length);
  for (const p of programs) for (const s of new Set(p.skills)) skillPrograms[s]!++;
  return writeSections([
    { name: 'providers', values: tables.providers },
    { name: 'url-templates', values: tables.templates },
    {
      name: 'facets',
      values: [
        String(programs.length),
        DELIVERY_ORDER.filter((d) => deliveries.has(d)).join(' '),
        LANGUAGE_ORDER.filter((l) => languages.has(l)).join(' '),
        String(most(programs.map((p) => p.hours))),
        String(most(programs.map((p) => p.costCad))),
      ],
    },
    { name: 'skill-programs', values: [...skillPrograms].map(String) },
    { name: 'slices', values: manifest.occupations.map((o) => sliceHashes.get(o.code) ?? '') },
  ]);
}
