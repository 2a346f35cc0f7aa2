/**
 * Browsing by NOC broad occupational category: the way on when a typed title matches
 * nothing closely. A disclosure with one button per category of the index; the open
 * category lists its occupations by official title, each a button that chooses it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TitlesIndex } from '../../core/load/index.js';
import { localize, type Lang } from '../../core/index-format/index.js';
import { browse as english } from '../../i18n/en/browse.js';
import { stringsIn } from '../shared/locale.js';

export interface BrowseContext {
  /** Prefix of the ids this part renders. */
  uid: string;
  index: TitlesIndex;
  lang: Lang;
  open: boolean;
  /** The category shown (0-9), or null. */
  category: number | null;
  onToggle: () => void;
  onCategory: (category: number) => void;
  onChoose: (code: string) => void;
}

interface Entry {
  code: string;
  title: string;
}

/** Occupations by category, sorted by title: made once per index and language. */
const grouped = new WeakMap<TitlesIndex, Map<Lang, Map<number, Entry[]>>>();

function byCategory(index: TitlesIndex, lang: Lang): Map<number, Entry[]> {
  const langs = grouped.get(index) ?? new Map<Lang, Map<number, Entry[]>>();
  grouped.set(index, langs);
  let groups = langs.get(lang);
  if (!groups) {
    groups = new Map();
    for (const occupation of index.occupations.values()) {
      const list = groups.get(occupation.broad) ?? [];
      list.push({ code: occupation.code, title: localize(occupation.title, lang) });
      groups.set(occupation.broad, list);
    }
    const collator = new Intl.Collator(lang === 'fr' ? 'fr-CA' : 'en-CA');
    for (const list of groups.values()) list.sort((a, b) => collator.compare(a.title, b.title));
    groups = new Map([...groups].sort(([a], [b]) => a - b));
    langs.set(lang, groups);
  }
  return groups;
}

export function renderBrowse(ctx: BrowseContext): TemplateResult {
  const { uid } = ctx;
  // Its own strings: they load with this part, not with the job search.
  const t = stringsIn(ctx.lang, { browse: english }).browse;
  const groups = ctx.open ? byCategory(ctx.index, ctx.lang) : null;
  return html`<div class="browse" part="browse">
    <button type="button" class="link" aria-expanded=${ctx.open ? 'true' : 'false'} aria-controls="${uid}-browse" @click=${ctx.onToggle}>
      ${t.label}
    </button>
    <div id="${uid}-browse" ?hidden=${!ctx.open}>
      ${
        groups
          ? html`<p class="browse-intro">${t.intro}</p>
            <ul class="categories">
              ${[...groups].map(
                ([category, list]) => html`<li>
                  <button
                    type="button"
                    class="secondary category"
                    aria-expanded=${ctx.category === category ? 'true' : 'false'}
                    @click=${() => ctx.onCategory(category)}
                  >
                    ${t.broad[category] ?? String(category)} <span class="count">(${t.occupationCount(list.length)})</span>
                  </button>
                  ${
                    ctx.category === category
                      ? html`<ul class="occupations">
                        ${list.map((o) => html`<li><button type="button" class="link" @click=${() => ctx.onChoose(o.code)}>${o.title}</button></li>`)}
                      </ul>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>
  </div>`;
}
