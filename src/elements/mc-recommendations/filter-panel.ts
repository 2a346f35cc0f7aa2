/**
 * The filter and sort panel of mc-recommendations: a disclosure with checkbox groups for
 * delivery and language, selects for hours, cost, institution and sort, and an OSAP
 * checkbox. Stateless: it renders a `FilterState` and reports the next one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { programFacets } from '../../core/rank/index.js';
import type { Delivery, Lang, ProgramLanguage } from '../../core/index-format/index.js';
import { formatMoney } from '../../core/lmi/index.js';
import { numberFormat, type Strings } from '../shared/locale.js';
import { activeFilterCount, costChoices, filterShown, hourChoices, providerChoices, type FilterState, type SortOrder } from './filters.js';

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
            ${withProviders(o.host, providerChoices(facets.providers, f.provider), f.provider)}
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

const providerNodes = new WeakMap<object, { providers: readonly string[]; nodes: HTMLOptionElement[] }>();

/**
 * One option per institution, made as plain elements once per list of institutions and
 * element, and kept while the list is the same (filters and sort change, cards are added):
 * as many template instances (or child parts) for a whole catalogue's hundreds made the
 * panel's render a long task on a slow phone. The names are set as
 * text, never as HTML.
 */
function providerOptions(host: object, providers: readonly string[], selected: string): HTMLOptionElement[] {
  let kept = providerNodes.get(host);
  if (kept?.providers !== providers) {
    kept = { providers, nodes: providers.map((p) => new Option(p, p)) };
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

  render(_host: object, _providers: readonly string[], _selected: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [host, providers, selected]: [object, readonly string[], string]): typeof nothing {
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
