/**
 * Reads `names.<lang>.txt`, the skills' other names written apart from their labels (ESCO's
 * English alternative labels), into a manifest. Apart from `decode.ts`, which every page
 * carries to read its labels: only a page that loads these names at a miss needs this.
 */
import { LABEL_SECTIONS, type IndexManifest, type Lang, type Skill } from './schema.js';
import { readSectionsSteps } from './sections.js';
import { stepDone, type Steps } from '../schedule/index.js';

/** Other names added between yields (no folding: a few splits each). */
const NAMES_PER_STEP = 512;

/** Reads `names.<lang>.txt` into `manifest`, in place, beside the other names its labels file gave. */
export function* otherNameSteps(text: string, lang: Lang, manifest: IndexManifest, file: string): Steps<void> {
  const sections = yield* readSectionsSteps(text, file, [[LABEL_SECTIONS[2], manifest.skills.length]]);
  const alts = sections.get(LABEL_SECTIONS[2])!.values;
  for (let i = 0; i < manifest.skills.length; i++) {
    if (stepDone(i + 1, NAMES_PER_STEP)) yield;
    addOtherNames(manifest.skills[i]!, lang, alts[i]);
  }
}

/** Adds the tab-separated other names `line` (often empty) to `skill`'s in `lang`, each once. */
function addOtherNames(skill: Skill, lang: Lang, line: string | undefined): void {
  if (!line) return;
  const known = skill.alt?.[lang] ?? [];
  const names = line.split('\t').filter((name) => !known.includes(name));
  if (names.length > 0) skill.alt = { ...skill.alt, [lang]: [...known, ...names] };
}
