/** French strings of the inquiry receipt: the `receipt` section of the French table (fr.ts), in a file of its own. */
import type { Messages } from './en.js';

export const receipt: Messages['receipt'] = {
  heading: 'Reçu de votre demande',
  colon: '\u00a0: ',
  reference: 'Référence',
  received: 'Reçue le',
  replyExpected: 'Réponse prévue',
  replyWithin: (days: number) => `dans un délai de ${days} jour${days > 1 ? 's' : ''}`,
  sentFields: 'Ce que vous avez envoyé',
  programs: (count: number) => (count > 1 ? 'Programmes' : 'Programme'),
  occupation: 'Profession consultée (code CNP)',
  occupationNamed: 'Profession consultée',
  named: (title: string, code: string) => `${title} (CNP\u00a0${code})`,
  withdraw: (reference: string | null, keptBy: string) =>
    reference
      ? `Pour retirer cette demande et faire effacer vos renseignements, communiquez avec le destinataire nommé ci-dessus sous «\u00a0${keptBy}\u00a0», en donnant la référence ${reference}.`
      : `Pour retirer cette demande et faire effacer vos renseignements, communiquez avec le destinataire nommé ci-dessus sous «\u00a0${keptBy}\u00a0», en donnant la date de réception et votre adresse courriel.`,
  withdrawCopies: 'Les établissements à qui elle a été transmise peuvent en garder leur propre copie\u00a0: adressez-vous aussi à eux.',
  copy: 'Copier le reçu',
  copied: 'Reçu copié.',
  copyFailed: 'Ce navigateur n’a pas laissé la page copier\u00a0: sélectionnez le reçu et copiez-le.',
  print: 'Imprimer le reçu',
  printTitle: (what: string) => `Reçu de demande – ${what}`,
  printFailed: 'Ce navigateur n’a pas imprimé le reçu\u00a0: copiez-le, ou imprimez toute la page.',
};
