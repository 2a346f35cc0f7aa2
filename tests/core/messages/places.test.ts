// A wage sentence names its region as French says a place: « à Toronto », « en Ontario »,
// « au Canada », « dans la région de … », « dans le Nord-Est ».
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lmiWords } from '../../../src/core/lmi/words.js';
import { REGIONS } from '../../../src/core/catalogue/regions.js';

const fr = lmiWords('fr');
const en = lmiWords('en');
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const place = (code: string, lang: 'en' | 'fr' = 'fr') => ({ code, name: REGIONS.find((r) => r.code === code)!.name[lang] });
const opening = (code: string) => spaces(fr.wageSentence(place(code), 'Soudeurs', '28,00 $', '40,00 $', '50,00 $')).split(',')[0];

test('every economic region of the index opens a French wage sentence with its locative', () => {
  const expected: Record<string, string> = {
    ER00: 'Au Canada',
    ER35: 'En Ontario',
    ER3510: 'À Ottawa',
    ER3515: 'Dans la région de Kingston–Pembroke',
    ER3520: 'Dans la région de Muskoka–Kawarthas',
    ER3530: 'À Toronto',
    ER3540: 'Dans la région de Kitchener–Waterloo–Barrie',
    ER3550: 'Dans la région de Hamilton–Péninsule du Niagara',
    ER3560: 'À London',
    ER3570: 'Dans la région de Windsor–Sarnia',
    ER3580: 'Dans la région de Stratford–Péninsule de Bruce',
    ER3590: 'Dans le Nord-Est',
    ER3595: 'Dans le Nord-Ouest',
  };
  assert.deepEqual(Object.fromEntries(REGIONS.map((r) => [r.code, opening(r.code)])), expected);
});

test('the French wage sentence: where, the range, the median; no « la région Toronto : les salaires dans la profession »', () => {
  assert.equal(
    spaces(fr.wageSentence(place('ER3530'), 'Soudeurs', '28,00 $', '40,00 $', '50,00 $')),
    'À Toronto, le salaire horaire dans cette profession se situe habituellement entre 28,00 $ et 50,00 $ ; la moitié des personnes gagnent plus de 40,00 $ (salaire médian).',
  );
  assert.equal(
    spaces(fr.wageSentence(place('ER35'), 'Soudeurs', null, '40,00 $', null)),
    'En Ontario, la moitié des personnes de cette profession gagnent plus de 40,00 $ l’heure (salaire médian).',
  );
  assert.equal(
    spaces(fr.wageSentence(place('ER3590'), 'Soudeurs', '28,00 $', null, null)),
    'Dans le Nord-Est, le salaire horaire dans cette profession est d’environ 28,00 $.',
  );
});

test('a median that is also the low end of the range is said to be where many earn, not that half earn more (en, fr)', () => {
  assert.equal(
    en.wageSentence(place('ER3530', 'en'), 'Cooks', '$17.20', '$17.20', '$23.57'),
    'In Toronto, cooks usually earn between $17.20 and $23.57 an hour; the median, $17.20, is also the low end, so many earn at or near it.',
  );
  assert.equal(
    spaces(fr.wageSentence(place('ER3530'), 'Cuisiniers', '17,20 $', '17,20 $', '23,57 $')),
    'À Toronto, le salaire horaire dans cette profession se situe habituellement entre 17,20 $ et 23,57 $ ; le salaire médian, 17,20 $, est aussi le bas de cette fourchette : beaucoup de personnes gagnent ce montant ou à peu près.',
  );
});

test('the fallback names the places with no figures and whose are shown, as French says them; a region the table does not know still reads', () => {
  assert.equal(
    spaces(fr.wageFallback(place('ER3510'), place('ER35'), null)),
    'Ces données n’ont aucun salaire pour Ottawa ; ces chiffres sont donc ceux de l’ensemble de l’Ontario.',
  );
  assert.equal(
    spaces(fr.wageFallback(place('ER3520'), place('ER00'), place('ER35'))),
    'Ces données n’ont aucun salaire pour la région de Muskoka–Kawarthas ni pour l’Ontario ; ces chiffres sont donc ceux de l’ensemble du Canada.',
  );
  assert.equal(
    spaces(fr.wageFallback(place('ER3590'), place('ER35'), null)),
    'Ces données n’ont aucun salaire pour le Nord-Est ; ces chiffres sont donc ceux de l’ensemble de l’Ontario.',
  );
  assert.equal(
    spaces(fr.wageFallback({ code: 'ER9999', name: 'Abitibi' }, place('ER00'), null)),
    'Ces données n’ont aucun salaire pour la région d’Abitibi ; ces chiffres sont donc ceux de l’ensemble du Canada.',
  );
  assert.equal(spaces(fr.wageFallback(null, place('ER35'), null)), 'La région demandée est inconnue ; ces salaires sont donc ceux de l’ensemble de l’Ontario.');
  // English: "the Northeast", as English says it.
  assert.equal(
    en.wageFallback(place('ER3590', 'en'), place('ER00', 'en'), place('ER35', 'en')),
    'There are no wage figures for the Northeast or for Ontario in this data, so these are for all of Canada.',
  );
  assert.equal(
    en.wageFallback(place('ER3530', 'en'), place('ER35', 'en'), null),
    'There are no wage figures for Toronto in this data, so these are for all of Ontario.',
  );
  assert.match(en.wageSentence(place('ER3595', 'en'), 'Welders', null, '$40.00', null), /^In the Northwest, half of welders earn more than \$40\.00/);
});
