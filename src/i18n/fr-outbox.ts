/**
 * French strings of the notice about inquiries saved on this device (see `i18n/en/outbox.ts`),
 * apart from fr.ts to keep that table short.
 */
import type { Messages } from './en.js';

export const outbox: Messages['outbox'] = {
  // A name is set apart after a colon: « à Collège … » would need an article no table can know.
  to: (name: string | null, forwardedTo: string | null) => {
    const onward = forwardedTo ? `transmise ensuite à\u00a0: ${forwardedTo}` : null;
    if (name === null) return `au service de demandes de renseignements de ce site${onward ? ` (${onward})` : ''}`;
    return `(destinataire\u00a0: ${name}${onward ? `\u202f; ${onward}` : ''})`;
  },
  sending: (saved: string, to: string) => `Envoi de la demande enregistrée sur cet appareil le ${saved} ${to}…`,
  sent: (saved: string, to: string, time: string) =>
    `À ${time}, la demande enregistrée sur cet appareil le ${saved} a été envoyée ${to}. Elle n’est plus conservée sur cet appareil.`,
  waiting: (saved: string, to: string, why: 'offline' | 'no-answer' | 'server' | 'setup') => {
    const lead = `La demande enregistrée sur cet appareil le ${saved} n’est pas encore envoyée`;
    if (why === 'setup')
      return `${lead}\u00a0: cette page n’est pas configurée pour l’envoyer. L’envoi sera tenté de nouveau la prochaine fois que vous ouvrirez cette page.`;
    const cause = why === 'offline' ? 'vous êtes hors ligne' : why === 'server' ? 'le serveur a répondu par une erreur' : 'le serveur n’a pas répondu';
    return `${lead}\u00a0: ${cause}. Elle sera envoyée ${to} dès que possible pendant que cette page est ouverte, ou la prochaine fois que vous l’ouvrirez en ligne.`;
  },
  refused: (saved: string, status: number | null, fix: boolean) =>
    fix
      ? `La demande enregistrée sur cet appareil le ${saved} n’a pas été acceptée\u00a0: certaines réponses sont à corriger, et elle ne peut pas être envoyée d’ici telle quelle.`
      : `Le serveur a refusé la demande enregistrée sur cet appareil le ${saved}${status ? ` (erreur ${status})` : ''}\u202f; elle ne peut pas être envoyée d’ici, et réessayer n’y changerait rien.`,
  copyOrDelete:
    'Copiez votre message si vous voulez l’envoyer autrement. La copie enregistrée est supprimée de cet appareil quand vous quittez cette page, ou dès maintenant si vous le choisissez.',
  copy: 'Copier votre message',
  copied: 'Votre message est copié\u00a0: collez-le là où vous voulez l’envoyer.',
  copyHere: 'Ce navigateur n’a pas permis à la page de le copier\u00a0: sélectionnez le texte ci-dessous et copiez-le.',
  message: 'Votre message',
  remove: 'La supprimer de cet appareil',
  removed: (saved: string) => `La demande enregistrée sur cet appareil le ${saved} en a été supprimée. Elle n’a pas été envoyée.`,
};
