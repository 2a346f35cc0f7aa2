/**
 * Who receives an inquiry, as the page can truthfully say it. The widgets POST to one
 * endpoint: whoever runs it (`endpoint-owner`) receives and keeps every inquiry, whatever
 * programs it names. Only with `routed` (the reference server started with `--index`) does
 * the endpoint pass it on: each institution offering one of its programs can then read all of
 * it (its inbox, its webhook). Without `routed`, the institutions do not receive it, and the
 * page says so by name, so a person knows whom to contact directly. Either way an institution
 * that runs the endpoint (the holder) is named once, as the holder: it is not also said to be
 * passed the inquiry on, nor not to receive it.
 *
 * An endpoint with no named owner is said to be run by "whoever runs <its host>": true,
 * neutral, and the form warns the developer in the console.
 *
 * Every name is as the page shows it, in its language (`names.ts`): an institution by its
 * French name on a French page, and the owner so too when it is one of them. Institutions are
 * told apart by `Program.provider` alone.
 */
import type { Lang, Program } from '../../core/index-format/index.js';
import { frenchNamesOf, institutionName, type ShownName } from './names.js';

export interface Recipients {
  /** Who runs the endpoint (receives and keeps the inquiry), as shown; null when the page does not say. */
  holder: string | null;
  /** The endpoint's host (`college.example`, `127.0.0.1:8000`), to name an unnamed holder by. */
  host: string;
  /** `routed`: the institutions offering the programs, other than the holder, which can each read the inquiry. */
  passedTo: string[];
  /** Not `routed`: the institutions offering the programs, other than the holder, which do not receive it. */
  notSentTo: string[];
  /** How many of the programs those institutions offer: the note points to one program's page or to several. */
  notSentPrograms: number;
  /** Every name above with its language, for `withMarkedNames` (an English one on a French page). */
  names: ShownName[];
  /**
   * Who gets the data, whatever the language: the endpoint, and the institutions (by
   * `provider`) it passes the inquiry on to. A consent given for one key does not hold for another.
   */
  key: string;
}

/** The providers of `programs`, each once, in order of appearance. */
export function providersOf(programs: readonly Program[]): string[] {
  return [...new Set(programs.map((p) => p.provider.trim()).filter(Boolean))];
}

/** `endpoint`'s host, resolved against `base` (the page); '' when it is not a URL. */
export function hostOf(endpoint: string, base: string): string {
  try {
    return endpoint ? new URL(endpoint, base).host : '';
  } catch {
    return '';
  }
}

export function recipientsOf(opts: { routed: boolean; owner: string; endpoint: string; base: string; programs: readonly Program[]; lang: Lang }): Recipients {
  const providers = providersOf(opts.programs);
  const catalogue = { providers, providerFr: frenchNamesOf(opts.programs) };
  const shown = (provider: string) => institutionName(provider, catalogue, opts.lang);
  const owner = opts.owner.trim();
  const holder = owner ? shown(owner) : null;
  const others = providers.filter((provider) => provider !== owner);
  const passedTo = opts.routed ? others : [];
  const notSentTo = opts.routed ? [] : others;
  let endpoint = opts.endpoint;
  try {
    endpoint = new URL(opts.endpoint, opts.base).href;
  } catch {
    // Not a URL: compared as written.
  }
  return {
    holder: holder?.value ?? null,
    host: hostOf(opts.endpoint, opts.base),
    passedTo: passedTo.map((p) => shown(p).value),
    notSentTo: notSentTo.map((p) => shown(p).value),
    notSentPrograms: opts.programs.filter((p) => notSentTo.includes(p.provider.trim())).length,
    names: [...(holder ? [holder] : []), ...providers.map(shown)],
    key: JSON.stringify([endpoint, opts.routed, [...passedTo].sort()]),
  };
}

/** Everyone the consent names: the holder, then the institutions it passes the inquiry on to. */
export function consentNames(r: Recipients, unnamed: string): string[] {
  const holder = r.holder ?? unnamed;
  return [holder, ...r.passedTo.filter((name) => name !== holder)];
}
