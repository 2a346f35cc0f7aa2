/**
 * `requirements.<lang>.<broad>.txt`: what the official profile of each occupation of one broad
 * NOC category says it takes to work in it. One section, `occupation.requirements`, one value
 * per occupation of the category, in the order of `index.json`: its groups, one per line (the sections format writes the line break `\n`),
 * each `scope<TAB>sentence<TAB>sentence…`. The scope is empty for the whole occupation,
 * `+name|name` for the profiles named only, `-name|name` for all but those. An empty value:
 * its profile publishes nothing.
 */
import { IndexFormatError } from './errors.js';
import type { FileRef, IndexFiles, Lang, RequirementGroup } from './schema.js';
import { readSectionsSteps, writeSections } from './sections.js';
import type { Steps } from '../schedule/index.js';

const SECTION = 'occupation.requirements';

/** The occupations of broad category `broad`, in index order: the lines of its file, as the writer and the reader both count them. */
export function occupationsOfBroad<T extends { broad: number }>(occupations: readonly T[], broad: number): T[] {
  return occupations.filter((o) => o.broad === broad);
}

/**
 * The file of `lang`'s requirements for broad category `broad` that `files` (of index.json,
 * at `source`) lists.
 * @throws IndexFormatError naming the field when it lists none: the builder writes one for
 *   every category, so one missing is a damaged index.
 */
export function requirementsFile(files: Pick<IndexFiles, 'requirements'>, lang: Lang, broad: number | string, source: string): FileRef {
  const ref = files.requirements?.[lang]?.[broad];
  if (ref === undefined) {
    throw new IndexFormatError(source, 'reference', `lists no requirements file of broad category ${broad}`, { path: `files.requirements.${lang}` });
  }
  return ref;
}

function groupLine(group: RequirementGroup, code: string): string {
  const names = group.only ?? group.except ?? [];
  const scope = group.only ? `+${names.join('|')}` : group.except ? `-${names.join('|')}` : '';
  const fields = [scope, ...group.items];
  const bad =
    group.items.length === 0 ||
    (group.only !== undefined && group.except !== undefined) ||
    ((group.only ?? group.except) !== undefined && names.length === 0) ||
    names.some((n) => n.trim() === '' || n.includes('|')) ||
    group.items.some((s) => s.trim() === '') ||
    fields.some((f) => /[\t\n\r]/.test(f));
  if (bad) {
    throw new RangeError(`Occupation ${code}: a requirement group needs sentences and profile names without tabs, line breaks or "|", and one scope at most.`);
  }
  return fields.join('\t');
}

/** The file text: `byCode`'s groups for each of `occupations` (none for a code it lacks). */
export function requirementsText(occupations: ReadonlyArray<{ code: string }>, byCode: ReadonlyMap<string, readonly RequirementGroup[]>): string {
  const values = occupations.map(({ code }) => (byCode.get(code) ?? []).map((g) => groupLine(g, code)).join('\n'));
  return writeSections([{ name: SECTION, values }]);
}

/**
 * Reads one `requirements.<lang>.<broad>.txt`, whose lines are `manifest.occupations`
 * (`occupationsOfBroad`): per occupation code, its groups (occupations with none left out).
 * @throws IndexFormatError naming the file and line.
 */
export function* requirementSteps(
  text: string,
  manifest: { occupations: ReadonlyArray<{ code: string }> },
  file: string,
): Steps<Map<string, RequirementGroup[]>> {
  const sections = yield* readSectionsSteps(text, file, [[SECTION, manifest.occupations.length]]);
  const { values, firstLine } = sections.get(SECTION)!;
  const out = new Map<string, RequirementGroup[]>();
  values.forEach((value, i) => {
    if (value === '') return;
    const code = manifest.occupations[i]!.code;
    const groups = value.split('\n').map((raw, k) => {
      const [scope = '', ...items] = raw.split('\t');
      const names = scope.slice(1).split('|');
      if (items.length === 0 || items.some((s) => s.trim() === '') || (scope !== '' && (!/^[+-]/.test(scope) || names.some((n) => n.trim() === '')))) {
        throw new IndexFormatError(file, 'line', `requirement group ${k + 1} of occupation ${code} is not "scope<TAB>sentence…" with sentences`, {
          line: firstLine + i,
        });
      }
      return scope === '' ? { items } : scope.startsWith('+') ? { only: names, items } : { except: names, items };
    });
    out.set(code, groups);
  });
  return out;
}
