/**
 * The script of the server's `/admin/` page (bundled into `dist/admin/inbox.js`): defines
 * the inbox and the outcomes report, hands the report the token the inbox signed in with,
 * and runs the page's language toggle. The toggle changes `<html lang>` in place
 * rather than loading the page again, which would forget the token the inbox holds.
 */
import '../define/mc-admin-inbox.js';
import '../define/mc-outcomes-report.js';
import type { McOutcomesReport } from '../elements/mc-outcomes-report/mc-outcomes-report.js';
import { loadFrench, toLang } from '../elements/shared/locale.js';
import { adminMessages } from '../i18n/admin.js';

async function applyLang(lang: 'en' | 'fr'): Promise<void> {
  // The elements' French strings load on demand: the page switches once they are in.
  if (lang === 'fr') await loadFrench();
  const t = adminMessages(lang).adminPage;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = el.dataset.text as 'title' | 'heading' | 'intro' | 'switchTo';
    el.textContent = t[key];
  }
  document.getElementById('lang-toggle')?.setAttribute('lang', t.switchLang);
}

document.getElementById('lang-toggle')?.addEventListener('click', () => {
  void applyLang(toLang(document.documentElement.lang) === 'fr' ? 'en' : 'fr');
});

// One sign-in for the page: the report reads with the token the inbox was given.
const report = document.querySelector<McOutcomesReport>('mc-outcomes-report');
document.addEventListener('mc-sign-in', (event) => {
  if (report) report.token = event.detail.token;
});
document.addEventListener('mc-sign-out', () => {
  if (report) report.token = null;
});
