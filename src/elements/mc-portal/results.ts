/**
 * The portal's two panels after a choice: the labour market of the occupation and the
 * recommendations for it, each with the parts the portal forwards, the view's region and
 * filters, and the handlers through which the person's changes come back to the portal.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedIndex } from '../../core/model/index.js';
import type { FilterState } from '../mc-recommendations/filter-state.js';
import type { McRegionChangeDetail } from '../mc-labour-market/mc-labour-market.events.js';
import type { McSelectDetail } from '../mc-job-search/mc-job-search.events.js';
import { CARD_FORWARDED, exportParts, LABOUR_MARKET_PARTS, RECOMMENDATIONS_PARTS } from '../shared/parts.js';

/** The inner elements' parts as the portal names them (see its class docblock). */
const LABOUR_MARKET_EXPORTPARTS = exportParts(LABOUR_MARKET_PARTS, 'labour-market-');
const RECOMMENDATIONS_EXPORTPARTS = [exportParts(RECOMMENDATIONS_PARTS, 'recommendations-'), exportParts(['card', ...CARD_FORWARDED], '')].join(', ');

export interface LabourMarketPanel {
  index: LoadedIndex;
  code: string;
  /** The person's current occupation, whose pay the panel sets beside the target's; null without a move. */
  from: string | null;
  region: string | null;
  /** Heading level of the panel. */
  level: number;
  /** The person picked a region for wages. */
  onRegion: (event: CustomEvent<McRegionChangeDetail>) => void;
}

export function renderLabourMarket(d: LabourMarketPanel): TemplateResult {
  return html`<mc-labour-market
    part="labour-market"
    exportparts=${LABOUR_MARKET_EXPORTPARTS}
    .index=${d.index}
    code=${d.code}
    from=${d.from ?? nothing}
    region=${d.region ?? nothing}
    heading-level=${d.level}
    @mc-region-change=${d.onRegion}
  ></mc-labour-market>`;
}

export interface RecommendationsPanel {
  index: LoadedIndex;
  occupation: string;
  from: string | null;
  /** The person's current occupation, for the related occupations the notice names. */
  nearbyFrom: string | null;
  region: string | null;
  provider: string | null;
  filters: FilterState;
  level: number;
  onInquire: (event: CustomEvent<{ programId: string }>) => void;
  /** The person changed a filter or the sort (read from the element's `filters`). */
  onRecommend: (event: Event) => void;
  onSelect: (event: CustomEvent<McSelectDetail>) => void;
}

export function renderRecommendations(d: RecommendationsPanel): TemplateResult {
  return html`<mc-recommendations
    part="recommendations"
    exportparts=${RECOMMENDATIONS_EXPORTPARTS}
    .index=${d.index}
    .occupation=${d.occupation}
    .from=${d.from}
    .nearbyFrom=${d.nearbyFrom}
    .region=${d.region}
    .provider=${d.provider}
    .filters=${d.filters}
    heading-level=${d.level}
    @mc-inquire-request=${d.onInquire}
    @mc-recommend=${d.onRecommend}
    @mc-select=${d.onSelect}
  >
    <slot name="recommendations-empty" slot="empty"></slot>
    <slot name="recommendations-footer" slot="footer"></slot>
  </mc-recommendations>`;
}
