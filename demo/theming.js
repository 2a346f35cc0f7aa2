// The host page's slotted text follows the portal's language: each text is written in both
// languages, and the one in the portal's language holds the slot.
const portal = document.querySelector('mc-portal');

function showSlotted(lang) {
  for (const el of portal.querySelectorAll('[data-slot]')) {
    if (el.lang === lang) el.slot = el.dataset.slot;
    else el.removeAttribute('slot');
  }
}

portal.addEventListener('mc-lang-change', (event) => showSlotted(event.detail.lang));
// The portal may start in French (mc-lang in the address, or the page's language).
customElements
  .whenDefined('mc-portal')
  .then(() => portal.updateComplete)
  .then(() => showSlotted(portal.closest('[lang]')?.lang.startsWith('fr') ? 'fr' : 'en'));
