/**
 * ESCO detail skills per unit group, through the crosswalk chain
 * NOC 2021 -> O*NET (bcgov mapping weights; Brookfield where bcgov has no row)
 * -> ESCO occupations (Nesta) -> occupationSkillRelations (essential > optional).
 * Also returns every ESCO skill with its labels, for the program tagger.
 */
import { distinctLabels, fold, labelSlug, termKey } from '../../core/text/index.js';
import { Columns, field, nocCode, parseNumber, readCsv } from '../csv.js';
import { locate, type SourceContext } from '../context.js';
import { fitReach } from './esco-fit.js';
import { CANADIAN_FRENCH_BY_URI } from './esco-canadian-french.js';
import { stemsOf } from '../evidence-terms.js';
import type { SkillDef } from '../../core/catalogue/index.js';
import { compareStrings } from '../../core/catalogue/index.js';

export const ESCO_FILES = {
  bcgov: 'crosswalks/bcgov_onet2019_to_noc2021_mapping_v3.0.0.csv',
  brookfield: 'crosswalks/brookfield_noc2021_onet26.csv',
  nesta: 'crosswalks/nesta_esco_onet_crosswalk_Nov2020.csv',
  skills: 'esco_v1.1.1/en/skills_en.csv',
  relations: 'esco_v1.1.1/en/occupationSkillRelations.csv',
  frLabels: 'esco_v1.1.1/fr_labels/skills_fr_labels.csv',
  occupations: 'esco_v1.1.1/en/occupations_en.csv',
} as const;

/** ESCO occupations a unit group reaches by job title, when the crosswalks reach none. */
const MAX_TITLE_MATCHES = 3;

/** Detail skills kept per occupation. */
export const DETAILS_PER_OCCUPATION = 30;
const ESSENTIAL = 1;
const OPTIONAL = 0.5;
/** Detail weights land in [MIN, MIN + SPAN], below most OaSIS ratings. */
const MIN = 0.1;
const SPAN = 0.4;

export interface EscoData {
  /** Every ESCO skill with labels (candidates for tagging). */
  skills: SkillDef[];
  /** Per unit group: top detail skills `[id, weight]`. */
  details: Map<string, Array<[string, number]>>;
}

const SKILL_URI = /\/skill\/[0-9a-f-]{36}$/;

/**
 * A short, readable, stable id from the English label (`esco:python-computer-programming`):
 * ESCO's UUIDs cost 67 KB of gzip in the index because random text does not compress.
 * Label collisions get `-2`, `-3` in file order, which is deterministic for one release.
 */
function slugId(label: string, taken: Set<string>): string {
  const base = `esco:${labelSlug(label)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * NOC -> O*NET weights, and the O*NET titles seen on the way (Nesta writes older O*NET
 * codes; a title still reaches its rows).
 */
function readNocToOnet(ctx: SourceContext, units: ReadonlySet<string>, onetTitles: Map<string, string>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const bcgovPath = locate(ctx, ESCO_FILES.bcgov);
  if (bcgovPath) {
    const table = readCsv(bcgovPath, ESCO_FILES.bcgov);
    const cols = new Columns(table);
    const onet = cols.require('onet_soc_code');
    const noc = cols.require('noc_2021');
    const weight = cols.require('base_weight');
    const title = cols.find('onet_plus_title');
    for (const row of table.rows) {
      const code = nocCode(field(row, noc));
      // 00018 is the Census aggregate of 00011-00015, not a unit group of the structure.
      if (!code || !units.has(code)) {
        if (code !== '00018') ctx.diag.warn(table.file, row.line, 'noc_2021', `"${field(row, noc)}" is not a unit group of the NOC structure; row skipped`);
        continue;
      }
      const w = parseNumber(field(row, weight));
      if (w === undefined || w === null || w < 0) {
        ctx.diag.warn(table.file, row.line, 'base_weight', `"${field(row, weight)}" is not a weight; row skipped`);
        continue;
      }
      onetTitles.set(field(row, onet), field(row, title).replace(/^[\d.-]+:\s*/, ''));
      const map = out.get(code) ?? new Map<string, number>();
      map.set(field(row, onet), (map.get(field(row, onet)) ?? 0) + w);
      out.set(code, map);
    }
  } else ctx.diag.notice(ESCO_FILES.bcgov, 'optional source absent: using only the Brookfield NOC-O*NET crosswalk');
  const brookPath = locate(ctx, ESCO_FILES.brookfield);
  if (brookPath) {
    const table = readCsv(brookPath, ESCO_FILES.brookfield);
    const cols = new Columns(table);
    const noc = cols.require('noc');
    const onet = cols.require('onet');
    const title = cols.find('onet_title');
    const fallback = new Map<string, string[]>();
    for (const row of table.rows) {
      const code = nocCode(field(row, noc));
      if (!code || !units.has(code)) {
        ctx.diag.warn(table.file, row.line, 'noc', `"${field(row, noc)}" is not a unit group of the NOC structure; row skipped`);
        continue;
      }
      if (!onetTitles.has(field(row, onet))) onetTitles.set(field(row, onet), field(row, title));
      if (out.has(code)) continue;
      const list = fallback.get(code) ?? [];
      list.push(field(row, onet));
      fallback.set(code, list);
    }
    for (const [code, list] of fallback) out.set(code, new Map(list.map((o) => [o, 1 / list.length])));
  } else ctx.diag.notice(ESCO_FILES.brookfield, 'optional source absent: no fallback NOC-O*NET crosswalk');
  return out;
}

/** O*NET code -> ESCO occupation URIs with confidence. Also keyed by 6-digit SOC and title. */
function readNesta(ctx: SourceContext, path: string): Map<string, Array<[string, number]>> {
  const table = readCsv(path, ESCO_FILES.nesta);
  const cols = new Columns(table);
  const onet = cols.require('onet_code');
  const title = cols.find('onet_occupation');
  const uri = cols.require('concept_uri');
  const confidence = cols.find('confidence');
  const out = new Map<string, Array<[string, number]>>();
  const add = (key: string, value: [string, number]) => {
    const list = out.get(key) ?? [];
    if (!list.some(([u]) => u === value[0])) list.push(value);
    out.set(key, list);
  };
  for (const row of table.rows) {
    const code = field(row, onet);
    const u = field(row, uri);
    if (!/^\d\d-\d{4}\.\d\d$/.test(code) || !u.includes('/occupation/')) {
      ctx.diag.warn(table.file, row.line, 'onet_code', `"${code}" / "${u}" is not an O*NET code and ESCO occupation; row skipped`);
      continue;
    }
    const c = parseNumber(field(row, confidence));
    const value: [string, number] = [u, typeof c === 'number' && c > 0 ? c : 1];
    add(code, value);
    add(`soc:${code.slice(0, 7)}`, value);
    if (title >= 0) add(`title:${fold(field(row, title))}`, value);
  }
  return out;
}

/**
 * ESCO writes 154 of its 13,095 French skill labels with a capital ("Fournir à une machine
 * les outils adéquats") where the English one, like nearly all, starts in lower case ("supply
 * machine with appropriate tools"): in a list of key skills it stands out. Its first letter
 * follows the English label's, unless it starts an acronym or a name in capitals ("SQL").
 */
export function frenchLabelCase(fr: string, en: string): string {
  const lowerEn = /^\p{Ll}/u.test(en);
  return lowerEn && /^\p{Lu}\p{Ll}/u.test(fr) ? fr[0]!.toLocaleLowerCase('fr') + fr.slice(1) : fr;
}

/**
 * The names a skill search matches besides `label`: each once, on one line, the label
 * itself left out. ESCO's French alternative labels and the Canadian names of
 * `esco-canadian-french.ts` cost 8.6 KB of gzip in `labels.fr.txt` on the real data, and
 * make « premiers soins » find « premiers secours ». The English ones ("CPR" of
 * "resuscitation") would cost every English page about 103 KB in `labels.en.txt` (its first
 * recommendations 524 KB, past the 500 KB goal): the encoder writes them apart
 * (`names.en.txt`), which a page loads when a typed skill finds too few.
 */
export function otherNames(label: string, names: readonly string[]): string[] {
  const named = names.map((name) => ({ label: name.replace(/\s+/g, ' ').trim() })).filter((name) => fold(name.label) !== '');
  return distinctLabels(named, [{ label }]).map((name) => name.label);
}

function readSkills(ctx: SourceContext, path: string): { skills: SkillDef[]; idOf: Map<string, string> } {
  const fr = new Map<string, { label: string; alt: string[] }>();
  const frPath = locate(ctx, ESCO_FILES.frLabels);
  if (frPath) {
    const table = readCsv(frPath, ESCO_FILES.frLabels);
    const cols = new Columns(table);
    const uri = cols.require('conceptUri');
    const label = cols.require('preferredLabel');
    const alt = cols.find('altLabels');
    for (const row of table.rows) {
      const alts = field(row, alt)
        .split(/[|\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      fr.set(field(row, uri), { label: field(row, label), alt: alts });
    }
  } else ctx.diag.notice(ESCO_FILES.frLabels, 'optional source absent: ESCO skills have no French labels');
  const table = readCsv(path, ESCO_FILES.skills);
  const cols = new Columns(table);
  const uri = cols.require('conceptUri');
  const label = cols.require('preferredLabel');
  const alt = cols.find('altLabels');
  const out: SkillDef[] = [];
  const idOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const row of table.rows) {
    const u = field(row, uri);
    const en = field(row, label);
    const valid = SKILL_URI.test(u);
    if (!valid || en === '') {
      ctx.diag.warn(table.file, row.line, valid ? 'preferredLabel' : 'conceptUri', 'not an ESCO skill with a label; row skipped');
      continue;
    }
    const id = slugId(en, taken);
    idOf.set(u, id);
    const french = fr.get(u);
    const aliases = field(row, alt)
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const labels = { en, fr: frenchLabelCase(french?.label ?? '', en) };
    const names = {
      en: otherNames(en, aliases),
      fr: otherNames(labels.fr, [...(french?.alt ?? []), ...(CANADIAN_FRENCH_BY_URI.get(u) ?? [])]),
    };
    const some = (['en', 'fr'] as const).filter((lang) => names[lang].length > 0);
    out.push({
      id,
      kind: 'detail',
      label: labels,
      aliases: [...aliases, ...(french?.alt ?? [])],
      ...(some.length > 0 ? { alt: Object.fromEntries(some.map((lang) => [lang, names[lang]])) } : {}),
    });
  }
  return { skills: out, idOf };
}

/** ESCO occupations as the builder reads them: each one's text, and each label's occupation. */
interface EscoOccupations {
  /** Label, alternative labels and description, per occupation URI. */
  texts: Map<string, string>;
  /** `termKey` of a label or alternative label -> the first occupation with it. */
  byLabel: Map<string, string>;
}

function readOccupations(ctx: SourceContext): EscoOccupations | null {
  const path = locate(ctx, ESCO_FILES.occupations);
  if (!path) return null;
  const table = readCsv(path, ESCO_FILES.occupations);
  const cols = new Columns(table);
  const uri = cols.require('conceptUri');
  const label = cols.require('preferredLabel');
  const alt = cols.find('altLabels');
  const description = cols.find('description');
  const texts = new Map<string, string>();
  const byLabel = new Map<string, string>();
  for (const row of table.rows) {
    const names = [field(row, label), ...field(row, alt).split('\n')];
    texts.set(field(row, uri), [...names, field(row, description)].join('\n'));
    for (const name of names) {
      const key = termKey(name);
      if (key !== '' && !byLabel.has(key)) byLabel.set(key, field(row, uri));
    }
  }
  return { texts, byLabel };
}

/**
 * Unit groups the crosswalks leave out (Nesta uses O*NET 2010 codes, bcgov O*NET 2019):
 * reach ESCO occupations whose label or alternative label equals one of the unit group's
 * English job titles (official title first), at most MAX_TITLE_MATCHES of them.
 */
function reachByTitle(occupations: EscoOccupations | null, titles: ReadonlyMap<string, readonly string[]>, reach: Map<string, Map<string, number>>): number {
  const missing = [...titles.keys()].filter((code) => !reach.has(code));
  if (!occupations || missing.length === 0) return 0;
  let matched = 0;
  for (const code of missing) {
    const uris: string[] = [];
    for (const title of titles.get(code) ?? []) {
      // "General practitioner (GP)" is ESCO's "general practitioner".
      const bare = title.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      const found = occupations.byLabel.get(termKey(title)) ?? occupations.byLabel.get(termKey(bare));
      if (found && !uris.includes(found)) uris.push(found);
      if (uris.length === MAX_TITLE_MATCHES) break;
    }
    if (uris.length === 0) continue;
    matched++;
    reach.set(code, new Map(uris.map((u) => [u, 1 / uris.length])));
  }
  return matched;
}

/**
 * `titles`: English job titles per unit group (official first), for the unit groups the
 * crosswalks do not reach. `descriptions`: each unit group's official description, to
 * check the crosswalks' links against (`fitReach`); without them every link is kept.
 */
export function readEsco(
  ctx: SourceContext,
  units: ReadonlySet<string>,
  titles: ReadonlyMap<string, readonly string[]> = new Map(),
  descriptions: ReadonlyMap<string, string> = new Map(),
): EscoData | null {
  const required = [ESCO_FILES.nesta, ESCO_FILES.skills, ESCO_FILES.relations];
  const missing = required.filter((rel) => !locate(ctx, rel));
  if (missing.length > 0 || (!locate(ctx, ESCO_FILES.bcgov) && !locate(ctx, ESCO_FILES.brookfield))) {
    const names = missing.length > 0 ? missing : [ESCO_FILES.bcgov, ESCO_FILES.brookfield];
    ctx.diag.notice(names[0]!, `optional source absent (${names.join(', ')}): no ESCO detail skills`);
    return null;
  }
  const { skills, idOf } = readSkills(ctx, locate(ctx, ESCO_FILES.skills)!);
  const known = new Set(skills.map((s) => s.id));
  const occupations = readOccupations(ctx);
  let reach = reachOf(ctx, units);
  const byTitle = reachByTitle(occupations, titles, reach);
  if (byTitle > 0) {
    ctx.diag.notice(ESCO_FILES.occupations, `${byTitle} unit groups the crosswalks miss reach ESCO occupations by job title`);
  }
  if (occupations && descriptions.size > 0) reach = fitted(ctx, reach, descriptions, occupations);
  const needed = new Set<string>();
  for (const shares of reach.values()) for (const uri of shares.keys()) needed.add(uri);
  const said = descriptions.size > 0 ? namedIn(descriptions, skills) : undefined;
  const details = detailsOf(reach, readRelations(ctx, needed, idOf, known), said);
  const without = [...units].filter((c) => !details.has(c)).length;
  if (without > 0)
    ctx.diag.notice(
      ESCO_FILES.nesta,
      `${without} unit groups reach no ESCO occupation, through the crosswalks, by job title or by description; no detail skills for them`,
    );
  return { skills, details };
}

/** The links `fitReach` keeps and adds, with a notice naming how many it left out and how many it reached by text, and the first of each. */
function fitted(
  ctx: SourceContext,
  reach: ReadonlyMap<string, ReadonlyMap<string, number>>,
  descriptions: ReadonlyMap<string, string>,
  occupations: EscoOccupations,
): Map<string, Map<string, number>> {
  const fit = fitReach(reach, descriptions, occupations.texts);
  if (fit.dropped.length > 0) {
    const [code, uri] = fit.dropped[0]!;
    const label = occupations.texts.get(uri)!.split('\n')[0];
    ctx.diag.notice(
      ESCO_FILES.occupations,
      `${fit.dropped.length} crosswalk link${fit.dropped.length === 1 ? '' : 's'} left out: the ESCO occupation reads unlike the unit group's description ` +
        `(e.g. ${code} -> "${label}"); ${fit.reach.size - fit.byText.length} unit groups keep a crosswalk link`,
    );
  }
  if (fit.byText.length > 0) {
    const code = fit.byText[0]!;
    const label = occupations.texts.get([...fit.reach.get(code)!.keys()][0]!)!.split('\n')[0];
    ctx.diag.notice(
      ESCO_FILES.occupations,
      `${fit.byText.length} unit group${fit.byText.length === 1 ? '' : 's'} with no crosswalk link that fits reach the ESCO occupations that read most like their description ` +
        `(e.g. ${code} -> "${label}")`,
    );
  }
  return fit.reach;
}

/** ESCO occupations each unit group reaches through the crosswalks, with their share of the unit group. */
function reachOf(ctx: SourceContext, units: ReadonlySet<string>): Map<string, Map<string, number>> {
  const onetTitles = new Map<string, string>();
  const nocToOnet = readNocToOnet(ctx, units, onetTitles);
  const nesta = readNesta(ctx, locate(ctx, ESCO_FILES.nesta)!);
  const reach = new Map<string, Map<string, number>>();
  for (const [code, onets] of nocToOnet) {
    const shares = new Map<string, number>();
    for (const [onet, w] of onets) {
      const title = fold(onetTitles.get(onet) ?? '');
      const escos = nesta.get(onet) ?? nesta.get(`soc:${onet.slice(0, 7)}`) ?? nesta.get(`title:${title}`) ?? [];
      const total = escos.reduce((s, [, c]) => s + c, 0);
      for (const [uri, c] of escos) shares.set(uri, (shares.get(uri) ?? 0) + (w * c) / total);
    }
    if (shares.size > 0) reach.set(code, shares);
  }
  return reach;
}

/** The skills of each `needed` ESCO occupation, weighted essential or optional. */
function readRelations(
  ctx: SourceContext,
  needed: ReadonlySet<string>,
  idOf: ReadonlyMap<string, string>,
  known: ReadonlySet<string>,
): Map<string, Array<[string, number]>> {
  const relations = new Map<string, Array<[string, number]>>();
  const table = readCsv(locate(ctx, ESCO_FILES.relations)!, ESCO_FILES.relations);
  const cols = new Columns(table);
  const occ = cols.require('occupationUri');
  const type = cols.require('relationType');
  const skill = cols.require('skillUri');
  for (const row of table.rows) {
    const o = field(row, occ);
    if (!needed.has(o)) continue;
    const id = idOf.get(field(row, skill));
    if (!id || !known.has(id)) {
      ctx.diag.warn(table.file, row.line, 'skillUri', `"${field(row, skill)}" is not a skill of ${ESCO_FILES.skills}; relation skipped`);
      continue;
    }
    const kind = field(row, type);
    const weight = kind === 'essential' ? ESSENTIAL : kind === 'optional' ? OPTIONAL : 0;
    if (weight === 0) {
      ctx.diag.warn(table.file, row.line, 'relationType', `"${kind}" is not essential or optional; relation skipped`);
      continue;
    }
    const list = relations.get(o) ?? [];
    list.push([id, weight]);
    relations.set(o, list);
  }
  return relations;
}

/**
 * How much of each skill's label a unit group's official description says, from 0 to 1: the
 * share of the label's words (stems) found in it. "use welding equipment" is all said for
 * welders; "tune a projector" is not said for graphic designers.
 */
function namedIn(descriptions: ReadonlyMap<string, string>, skills: readonly SkillDef[]): (code: string, id: string) => number {
  const words = new Map<string, Set<string>>();
  const labels = new Map(skills.map((s) => [s.id, [...new Set(stemsOf(s.label.en))]]));
  return (code, id) => {
    let said = words.get(code);
    if (!said) words.set(code, (said = new Set(stemsOf(descriptions.get(code) ?? ''))));
    const label = labels.get(id) ?? [];
    return label.length === 0 ? 0 : label.filter((w) => said.has(w)).length / label.length;
  };
}

/** A detail skill its unit group's description does not name keeps this share of its weight. */
const UNSAID = 0.25;

/**
 * Each unit group's heaviest detail skills, weighed by rarity across occupations (as
 * tf-idf does), so a welder's profile keeps "use welding equipment" ahead of "wear
 * appropriate protective gear", and by how much of the skill the unit group's own
 * description names (`said`), so "design a solar absorption cooling system", essential to
 * ESCO's mechanical engineer and rare, does not lead the mechanical engineers' key skills.
 */
function detailsOf(
  reach: ReadonlyMap<string, ReadonlyMap<string, number>>,
  relations: ReadonlyMap<string, ReadonlyArray<[string, number]>>,
  said: (code: string, id: string) => number = () => 1,
): Map<string, Array<[string, number]>> {
  const scoresByCode = new Map<string, Map<string, number>>();
  const spread = new Map<string, number>();
  for (const [code, shares] of reach) {
    const scores = new Map<string, number>();
    for (const [uri, share] of shares) {
      for (const [id, w] of relations.get(uri) ?? []) scores.set(id, (scores.get(id) ?? 0) + share * w);
    }
    scoresByCode.set(code, scores);
    for (const id of scores.keys()) spread.set(id, (spread.get(id) ?? 0) + 1);
  }
  const details = new Map<string, Array<[string, number]>>();
  for (const [code, scores] of scoresByCode) {
    const weighted = [...scores].map(([id, s]): [string, number] => [
      id,
      s * Math.log(1 + scoresByCode.size / spread.get(id)!) * (UNSAID + (1 - UNSAID) * said(code, id)),
    ]);
    const top = weighted.sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).slice(0, DETAILS_PER_OCCUPATION);
    const max = top[0]?.[1] ?? 0;
    if (max > 0)
      details.set(
        code,
        top.map(([id, s]) => [id, Math.round((MIN + (SPAN * s) / max) * 100) / 100]),
      );
  }
  return details;
}
