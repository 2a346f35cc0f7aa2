/**
 * The institution a page's `provider` names, by the catalogue's `provider` (what the filters,
 * inquiry routing and tokens use): its French name (`provider_fr`) names it too, so a French
 * page's developer may write either. A name of no institution of the index shows no programs,
 * and the page's developer is told so in the console once per name, as an unknown `region`
 * is told by `<mc-labour-market>`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadedIndex } from '../../core/model/index.js';
import { providerNamed } from '../../core/rank/index.js';
import type { IndexState } from '../shared/index-task.js';

/** How many of the index's institutions the warning names. */
const NAMED = 10;

export class InstitutionName implements ReactiveController {
  /** The `provider` the developer was last told about. */
  private warned: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly provider: () => string | null,
    private readonly index: { readonly state: IndexState<LoadedIndex> },
  ) {
    host.addController(this);
  }

  /** `provider` by the catalogue's `provider`; as written while the index loads, or when it names none. */
  get name(): string | null {
    const provider = this.provider();
    const state = this.index.state;
    return provider && state.kind === 'ready' ? (providerNamed(provider, state.index.ranking) ?? provider) : provider;
  }

  hostUpdated(): void {
    const provider = this.provider();
    const state = this.index.state;
    if (!provider || provider === this.warned || state.kind !== 'ready' || providerNamed(provider, state.index.ranking) !== null) return;
    this.warned = provider;
    const all = state.index.ranking.providers;
    const some = all.length > NAMED ? `${all.slice(0, NAMED).join(', ')} and ${all.length - NAMED} more (catalogueProviders() lists them)` : all.join(', ');
    console.warn(
      `<mc-recommendations> provider="${provider}" (or the provider of the <mc-portal> around it) names no institution of its index (by its provider or French name, provider_fr, written exactly), so it shows no programs: set provider to one of ${some}, or leave it out.`,
    );
  }
}
