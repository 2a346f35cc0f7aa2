/**
 * The whole string table of `lang`, for a host that words its own interface like the
 * elements: French once loaded (`loadFrench`), else English. The elements do not use it:
 * each carries only the English sections it shows (see `LocaleController`).
 */
import type { Lang } from '../core/index-format/index.js';
import { loadedFrench } from '../elements/shared/locale.js';
import { en, type Messages } from './en.js';

export function messages(lang: Lang): Messages {
  return (lang === 'fr' ? loadedFrench() : null) ?? en;
}
