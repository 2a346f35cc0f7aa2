/**
 * The CDN entry: defines every element. Loading it twice is harmless (each define
 * module checks `customElements.get` first).
 */
import './define/mc-job-search.js';
import './define/mc-labour-market.js';
import './define/mc-program-card.js';
import './define/mc-recommendations.js';
import './define/mc-skill-finder.js';
import './define/mc-inquiry-form.js';
import './define/mc-portal.js';
