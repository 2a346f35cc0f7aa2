/**
 * The script of the server's `/admin/` page (bundled into `dist/admin/inbox.js`): defines
 * the inbox and runs the page's language toggle. The toggle changes `<html lang>` in place
 * rather than loading the page again, which would forget the token the inbox holds.
 */
import '../define/mc-admin-inbox.js';
import { messages, toLang } from '../elements/shared/locale.js';

function applyLang(lang: 'en' | 'fr'): void {
  const t = messages(lang).adminPage;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = el.dataset.text as 'title' | 'heading' | 'intro' | 'switchTo';
    el.textContent = t[key];
  }
  document.getElementById('lang-toggle')?.setAttribute('lang', t.switchLang);
}

document.getElementById('lang-toggle')?.addEventListener('click', () => {
  applyLang(toLang(document.documentElement.lang) === 'fr' ? 'en' : 'fr');
});
