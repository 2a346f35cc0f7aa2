/**
 * English interface strings, one module per section in `en/`, so an element's bundle carries
 * only the English strings it shows (its LocaleController is given those sections); the
 * French table, loaded on demand, is whole. `fr.ts` must provide the same keys (it is typed
 * by this table). Plurals are functions. Each element owns one section; edit only your own.
 */
import { browse } from './en/browse.js';
import { card } from './en/card.js';
import { common } from './en/common.js';
import { finder } from './en/finder.js';
import { inquiry } from './en/inquiry.js';
import { labourMarket } from './en/labour-market.js';
import { outbox } from './en/outbox.js';
import { plan } from './en/plan.js';
import { portal } from './en/portal.js';
import { receipt } from './en/receipt.js';
import { recommendations } from './en/recommendations.js';
import { related } from './en/related.js';
import { search } from './en/search.js';
import { training } from './en/training.js';

export const en = { common, search, browse, recommendations, plan, card, labourMarket, training, inquiry, receipt, outbox, finder, portal, related };

export type Messages = typeof en;
