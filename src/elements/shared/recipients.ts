/**
 * Who receives an inquiry, as the page can truthfully say it. The widgets POST to one
 * endpoint: whoever runs it (`endpoint-owner`) receives and keeps every inquiry, whatever
 * programs it names. Only with `routed` (the reference server started with `--index`) does
 * the endpoint pass it on: each institution offering one of its programs can then read all of
 * it (its inbox, its webhook). Without `routed`, the institutions do not receive it, and the
 * page says so by name, so a person knows whom to contact directly.
 *
 * An endpoint with no named owner is said to be run by "whoever runs <its host>": true,
 * neutral, and the form warns the developer in the console.
 */
import type { Program } from '../../core/index-format/index.js';

export interface Recipients {
  /** Who runs the endpoint (receives and keeps the inquiry); null when the page does not say. */
  holder: string | null;
  /** The endpoint's host (`college.example`, `127.0.0.1:8000`), to name an unnamed holder by. */
  host: string;
  /** `routed`: the institutions offering the programs, which can each read the inquiry. */
  passedTo: string[];
  /** Not `routed`: the institutions offering the programs, other than the holder, which do not receive it. */
  notSentTo: string[];
  /**
   * Who gets the data, whatever the language: the endpoint, and the institutions it passes the
   * inquiry on to. A consent given for one key does not hold for another.
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

export function recipientsOf(opts: { routed: boolean; owner: string; endpoint: string; base: string; programs: readonly Program[] }): Recipients {
  const institutions = providersOf(opts.programs);
  const holder = opts.owner.trim() || null;
  const passedTo = opts.routed ? institutions : [];
  const notSentTo = opts.routed ? [] : institutions.filter((name) => name !== holder);
  let endpoint = opts.endpoint;
  try {
    endpoint = new URL(opts.endpoint, opts.base).href;
  } catch {
    // Not a URL: compared as written.
  }
  const key = JSON.stringify([endpoint, opts.routed, [...passedTo].sort()]);
  return { holder, host: hostOf(opts.endpoint, opts.base), passedTo, notSentTo, key };
}

/** Everyone the consent names: the holder, then the institutions it passes the inquiry on to. */
export function consentNames(r: Recipients, unnamed: string): string[] {
  const holder = r.holder ?? unnamed;
  return [holder, ...r.passedTo.filter((name) => name !== holder)];
}
