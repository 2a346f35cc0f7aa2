/**
 * The filter and sort panel of mc-recommendations: a disclosure with checkbox groups for
 * delivery and language, selects for hours, cost, institution and sort, and an OSAP
 * checkbox. Stateless: it renders a `FilterState` and reports the next one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Facets, programFacets } from '../../core/rank/index.js';
import type { Delivery, Lang, ProgramLanguage } from '../../core/index-format/index.js';
import { formatMoney } from '../../core/lmi/index.js';
import { numberFormat, type Strings } from '../shared/locale.js';
import { compareText } from '../../core/rank/index.js';
import { institutionName } from '../shared/names.js';
import { activeFilterCount, costChoices, filterShown, hourChoices, type FilterState, type SortOrder } from './filters.js';

export interface FilterPanelOptions {
  t: Strings<'card' | 'recommendations'>;
  lang: Lang;
  filters: FilterState;
  facets: ReturnType<typeof programFacets>;
  /** The host's `provider`: the institution select is left out. */
  fixedProvider: string | null;
  open: boolean;
  onChange(next: FilterState): void;
  onToggle(open: boolean): void;
  onClear(): void;
  /** The element the panel is in: keeps its institution option elements from render to render. */
  host: object;
}

const value = (e: Event): string => (e.target as HTMLInputElement | HTMLSelectElement).value;
const checked = (e: Event): boolean => (e.target as HTMLInputElement).checked;

export function filterPanel(o: FilterPanelOptions): TemplateResult {
  const { t, filters: f, facets } = o;
  const r = t.recommendations;
  const active = activeFilterCount(f, o.fixedProvider);
  const set = (patch: Partial<FilterState>) => o.onChange({ ...f, ...patch });
  // The space is in the count's text node: Chromium leaves a text node of spaces alone out of
  // the summary's name ("programs(1 active)").
  return html`<details
    part="filters"
    class="filters"
    ?open=${o.open}
    @toggle=${(e: Event) => o.onToggle((e.target as HTMLDetailsElement).open)}
  >
    <summary>${r.filters}${active > 0 ? html`<span class="active">${` ${r.filtersActive(active)}`}</span>` : nothing}</summary>
    <div class="controls">
      ${checkGroup(
        filterShown('delivery', facets, o.fixedProvider, f),
        r.delivery,
        facets.deliveries,
        f.delivery,
        (d) => t.card.delivery[d],
        (delivery) => set({ delivery }),
      )}
      ${checkGroup(
        filterShown('language', facets, o.fixedProvider, f),
        r.language,
        facets.languages,
        f.language,
        (l) => t.card.language[l],
        (language) => set({ language }),
      )}
      ${limitFields(o, set)}
      ${providerAndSortFields(o, set)}
    </div>
    ${
      active > 0
        ? html`<div class="filter-actions">
          <button type="button" class="link" @click=${o.onClear}>${r.clearFilters}</button>
        </div>`
        : nothing
    }
  </details>`;
}

type SetFilters = (patch: Partial<FilterState>) => void;

const limit = (e: Event): number | null => (value(e) === '' ? null : Number(value(e)));

/** The most hours and the most cost, each when the catalogue offers a choice. */
function limitFields(o: FilterPanelOptions, set: SetFilters): TemplateResult {
  const { lang, filters: f, facets } = o;
  const r = o.t.recommendations;
  const hours = hourChoices(facets.maxHours, f.maxHours);
  const costs = costChoices(facets.maxCost, f.maxCost);
  const hoursFormat = numberFormat(lang);
  return html`<div class="field">
    ${
      filterShown('maxHours', facets, o.fixedProvider, f)
        ? html`<label for="max-hours">${r.maxHours}</label>
          <select id="max-hours" @change=${(e: Event) => set({ maxHours: limit(e) })}>
            <option value="" ?selected=${f.maxHours == null}>${r.any}</option>
            ${hours.map((h) => html`<option value=${h} ?selected=${f.maxHours === h}>${r.hoursUpTo(hoursFormat.format(h))}</option>`)}
          </select>`
        : nothing
    }
    ${
      filterShown('maxCost', facets, o.fixedProvider, f)
        ? html`<label for="max-cost">${r.maxCost}</label>
          <select id="max-cost" @change=${(e: Event) => set({ maxCost: limit(e) })}>
            <option value="" ?selected=${f.maxCost == null}>${r.any}</option>
            ${costs.map(
              (c) =>
                html`<option value=${c} ?selected=${f.maxCost === c}>
                  ${c === 0 ? r.freeOnly : r.costUpTo(formatMoney(c, lang, false))}
                </option>`,
            )}
          </select>`
        : nothing
    }
  </div>`;
}

/** The institution (unless the host fixed one, or there is one), the sort order and OSAP. */
function providerAndSortFields(o: FilterPanelOptions, set: SetFilters): TemplateResult {
  const { filters: f, facets } = o;
  const r = o.t.recommendations;
  return html`<div class="field">
    ${
      !filterShown('provider', facets, o.fixedProvider, f)
        ? nothing
        : html`<label for="provider">${r.provider}</label>
          <select
            id="provider"
            ${withProviders(o.host, { facets, lang: o.lang }, f.provider)}
            @change=${(e: Event) => set({ provider: value(e) })}
          >
            <option value="" ?selected=${f.provider === ''}>${r.anyProvider}</option>
          </select>`
    }
    <label for="sort">${r.sort}</label>
    <select id="sort" aria-describedby="sort-hint" @change=${(e: Event) => set({ sort: value(e) as SortOrder })}>
      <option value="fit" ?selected=${f.sort === 'fit'}>${r.sortFit}</option>
      <option value="hours" ?selected=${f.sort === 'hours'}>${r.sortHours}</option>
      <option value="cost" ?selected=${f.sort === 'cost'}>${r.sortCost}</option>
    </select>
    <p class="hint" id="sort-hint">${r.sortHint(r.sortHours, r.sortCost)}</p>
    <label class="check"
      ><input type="checkbox" .checked=${f.osapOnly} @change=${(e: Event) => set({ osapOnly: checked(e) })} />${r.osap}</label
    >
  </div>`;
}

/** A fieldset of checkboxes over a facet; nothing unless `shown` (`filterShown`). */
function checkGroup<V extends Delivery | ProgramLanguage>(
  shown: boolean,
  legend: string,
  values: readonly V[],
  on: readonly V[],
  label: (value: V) => string,
  change: (next: V[]) => void,
): TemplateResult | typeof nothing {
  if (!shown) return nothing;
  // A value the person chose that these programs do not have (from a link) stays, to be unchecked.
  const offered = [...values, ...on.filter((v) => !values.includes(v))];
  const toggle = (v: V, e: Event) => change(checked(e) ? [...on.filter((x) => x !== v), v] : on.filter((x) => x !== v));
  return html`<fieldset class="group">
    <legend>${legend}</legend>
    ${offered.map(
      (v) => html`<label class="check"
        ><input type="checkbox" .checked=${on.includes(v)} @change=${(e: Event) => toggle(v, e)} />${label(v)}</label
      >`,
    )}
  </fieldset>`;
}

/** The institutions of the programs (`Facets.providers`, with their French names), and the page's language. */
interface ProviderChoices {
  facets: Pick<Facets, 'providers' | 'providerFr'>;
  lang: Lang;
}

const providerNodes = new WeakMap<object, { providers: readonly string[]; lang: Lang; extra: string; nodes: HTMLOptionElement[] }>();

/**
 * One option per institution, made as plain elements once per list of institutions, language
 * and element, and kept while they are the same (filters and sort change, cards are added):
 * as many template instances (or child parts) for a whole catalogue's hundreds made the
 * panel's render a long task on a slow phone. Each shows the institution's name in the page's
 * language, in the order of those names, an English one marked so; its value stays the
 * institution's `provider`, what the filter keeps. After them, the one chosen if the programs
 * do not have it (from a link, or another occupation). The names are set as text, never as HTML.
 */
function providerOptions(host: object, { facets, lang }: ProviderChoices, selected: string): HTMLOptionElement[] {
  let kept = providerNodes.get(host);
  const providers = facets.providers;
  const extra = selected !== '' && !providers.includes(selected) ? selected : '';
  if (kept?.providers !== providers || kept.lang !== lang || kept.extra !== extra) {
    const named = providers.map((p) => [p, institutionName(p, facets, lang)] as const).sort(([, a], [, b]) => compareText(a.value, b.value));
    if (extra) named.push([extra, institutionName(extra, facets, lang)]);
    const nodes = named.map(([p, name]) => {
      const node = new Option(name.value, p);
      if (name.lang) node.lang = name.lang;
      return node;
    });
    kept = { providers, lang, extra, nodes };
    providerNodes.set(host, kept);
  }
  for (const node of kept.nodes) node.selected = node.value === selected;
  return kept.nodes;
}

/** Puts the institution options after the select's first ("any") option, in one append. */
class WithProviders extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('withProviders() goes on a <select>.');
  }

  render(_host: object, _choices: ProviderChoices, _selected: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [host, providers, selected]: [object, ProviderChoices, string]): typeof nothing {
    const select = part.element as HTMLSelectElement;
    const nodes = providerOptions(host, providers, selected);
    if (select.options.length !== nodes.length + 1 || select.options[1] !== nodes[0]) {
      select.length = 1;
      select.append(...nodes);
    }
    return nothing;
  }
}

const withProviders = directive(WithProviders);
