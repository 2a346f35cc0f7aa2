// The host page's slotted text follows the page's language (demo/lang.js, which the
// portal's own button changes too): each text is written in both languages, and the one in
// the page's language holds the slot.
import { onLangChange, pageLang } from './lang.js';

const portal = document.querySelector('mc-portal');

function showSlotted(lang) {
  for (const el of portal.querySelectorAll('[data-slot]')) {
    if (el.lang === lang) el.slot = el.dataset.slot;
    else el.removeAttribute('slot');
  }
}

onLangChange(showSlotted);
showSlotted(pageLang());
