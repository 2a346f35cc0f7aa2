/**
 * The institution's side's strings in one language. Admin pages load both languages with
 * their own bundle; the learners' widgets never import this module.
 */
import type { Lang } from '../core/index-format/index.js';
import { adminEn, type AdminMessages } from './admin.en.js';
import { adminFr } from './admin.fr.js';

export type { AdminMessages };

export function adminMessages(lang: Lang): AdminMessages {
  return lang === 'fr' ? adminFr : adminEn;
}
