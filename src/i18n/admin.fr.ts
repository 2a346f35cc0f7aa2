import type { CatalogueProblemMessages, JsonKind, MarksProblemMessages } from '../core/catalogue/index.js';
import type { AdminMessages } from './admin.en.js';
import { receipt } from './fr-receipt.js';

/** Le type d’une valeur JSON, dans une phrase (« c’est une liste »). */
const frKind: Record<JsonKind, string> = {
  list: 'une liste',
  null: 'null',
  object: 'un objet',
  string: 'du texte',
  number: 'un nombre',
  boolean: 'un booléen',
};

const frNumber = new Intl.NumberFormat('fr-CA');
const frList = new Intl.ListFormat('fr-CA', { type: 'conjunction' });
const quoted = (value: string) => `«\u00a0${value}\u00a0»`;
/** « la ligne 4 », « les lignes 4 et 5 ». */
const linesFr = (lines: number[]) => `${lines.length > 1 ? 'les lignes' : 'la ligne'} ${frList.format(lines.map(String))}`;
const retry = (recovered: boolean) => (recovered ? 'la ligne a été lue sans ce guillemet, vérifiez les guillemets' : 'vérifiez les guillemets');

/** Les problèmes du lecteur de catalogue, par code (src/core/catalogue/problems.ts). */
const catalogueProblems: CatalogueProblemMessages = {
  'read-as-windows-1252': () => 'le fichier n’est pas en UTF-8\u202f; il a été lu comme un export Windows-1252',
  'quote-swallows-lines': ({ closedOn, lines, recovered }) =>
    `le guillemet ouvert ici ne se ferme qu’à la ligne ${closedOn} et englobe ${linesFr(lines)}, qui se ${lines.length > 1 ? 'lisent comme des programmes distincts' : 'lit comme un programme distinct'}\u202f; ${retry(recovered)}`,
  'quote-breaks-row': ({ closedOn, fields, columns, recovered }) =>
    `le guillemet ouvert ici ne se ferme qu’à la ligne ${closedOn} et donne au programme ${fields}\u00a0champs, alors que l’en-tête en a ${columns}\u202f; ${retry(recovered)}`,
  'quote-unclosed': ({ recovered, rowStartsOn }) =>
    recovered
      ? `le guillemet ouvert ici n’est jamais fermé\u202f; ${retry(true)}`
      : `le guillemet ouvert ici n’est jamais fermé${rowStartsOn === null ? '' : ` (le programme commence à la ligne ${rowStartsOn})`}\u202f; programme ignoré, vérifiez les guillemets`,
  'columns-missing': ({ missing, header }) => {
    const names = frList.format(missing.map((alternatives) => alternatives.map(quoted).join(' ou ')));
    const what = missing.length > 1 ? `les colonnes obligatoires ${names} manquent` : `la colonne obligatoire ${names} manque`;
    const fix =
      missing.length > 1
        ? 'ajoutez-les à votre catalogue, ou renommez les colonnes qui les contiennent'
        : 'ajoutez-la à votre catalogue, ou renommez la colonne qui la contient';
    return `${what} (l’en-tête contient\u00a0: ${header.join(', ')})\u202f; ${fix} (docs/program-catalogue.md donne la liste des colonnes)`;
  },
  'field-count': ({ fields, columns }) => `${fields}\u00a0champs, alors que l’en-tête en a ${columns}\u202f; vérifiez les guillemets`,
  'item-not-object': () => 'cet élément n’est pas un objet\u202f; il est ignoré',
  'not-text': ({ found }) => `du texte était attendu, mais c’est ${frKind[found]}\u202f; champ laissé vide`,
  'not-utf8': () => 'contient des octets qui ne sont pas de l’UTF-8 (affichés \ufffd)\u202f; enregistrez de nouveau le fichier en UTF-8',
  'too-long': ({ length, max }) => `${frNumber.format(length)}\u00a0caractères\u202f; coupé à ${frNumber.format(max)}`,
  'id-missing': () => 'identifiant manquant\u202f; programme ignoré',
  'id-invalid': ({ value }) =>
    `${quoted(value)} n’est pas un identifiant valide (lettres, chiffres, points, traits de soulignement, deux-points et traits d’union seulement)\u202f; programme ignoré`,
  'id-duplicate': ({ value }) => `l’identifiant ${quoted(value)} est en double\u202f; programme ignoré`,
  'title-missing': () => 'titre manquant\u202f; programme ignoré',
  'provider-fr-differs': ({ value, kept, line }) =>
    `${quoted(value)} n’est pas le nom français que la ligne ${line} donne à cet établissement (${quoted(kept)})\u202f; celui-ci est gardé`,
  'url-not-https': ({ value }) => `${quoted(value)} n’est pas un lien https\u202f; champ laissé vide`,
  'not-a-number': ({ value }) => `${quoted(value)} n’est pas un nombre positif ou nul\u202f; champ laissé vide`,
  'too-large': ({ value, max }) => `${quoted(value)} dépasse ${frNumber.format(max)}\u202f; champ laissé vide`,
  'not-allowed': ({ value, allowed }) => `${quoted(value)} n’est pas une des valeurs permises (${allowed.join(', ')})\u202f; champ laissé vide`,
  'region-unknown': ({ value }) => `${quoted(value)} n’est pas un code de région connu (ER00, ER35, ER3510 à ER3595)\u202f; champ laissé vide`,
  'not-yes-no': ({ value }) => `${quoted(value)} n’est ni oui ni non (yes ou no)\u202f; champ laissé vide`,
  'tags-not-text': ({ count, found }) =>
    count > 1
      ? `${count}\u00a0étiquettes ne sont pas du texte (${frKind[found]})\u202f; elles sont laissées de côté`
      : `1\u00a0étiquette n’est pas du texte (${frKind[found]})\u202f; elle est laissée de côté`,
  'reviewed-not-text': ({ found }) =>
    `des identifiants de compétences séparés par «\u00a0;\u00a0» étaient attendus, mais c’est ${frKind[found]}\u202f; programme considéré comme non vérifié`,
  'reviewed-not-an-id': ({ value }) => `${quoted(value)} n’est pas un identifiant de compétence (comme esco:use-spreadsheets-software)\u202f; laissé de côté`,
  'not-for-not-text': ({ found }) => `des codes CNP séparés par «\u00a0;\u00a0» étaient attendus, mais c’est ${frKind[found]}\u202f; champ laissé vide`,
  'not-for-not-a-code': ({ value }) => `${quoted(value)} n’est pas un code CNP 2021 (cinq chiffres, comme 21330)\u202f; laissé de côté`,
};

/** « la colonne marks », « les colonnes occupation et marks ». */
const columnsFr = (names: string[]) => `${names.length > 1 ? 'les colonnes' : 'la colonne'} ${frList.format(names)}`;

/** Les problèmes du lecteur des signalements, par code (src/core/catalogue/learner-marks.ts). */
const marksProblems: MarksProblemMessages = {
  'marks-empty': () => 'le fichier est vide\u202f; le rapport des résultats (CSV ou JSON) était attendu',
  'marks-not-csv': () => 'les guillemets ne peuvent plus être lus à partir de cette ligne\u202f; téléchargez de nouveau le rapport',
  'marks-not-json': () => 'ce n’est pas du JSON valide\u202f; téléchargez de nouveau le rapport',
  'marks-not-outcomes-csv': ({ missing }) =>
    `il manque ${columnsFr(missing)} dans l’en-tête\u00a0: ce n’est pas le CSV du rapport des résultats (le bouton ${quoted('Télécharger le CSV')} du rapport l’enregistre)`,
  'marks-not-outcomes-json': () => 'ce n’est pas un rapport des résultats\u00a0: un objet dont le champ format vaut mc-outcomes/1 était attendu',
  'marks-unrelated-not-a-list': ({ found }) => `une liste de signalements était attendue, mais c’est ${frKind[found]}`,
  'marks-older-report': ({ missing, kind }) =>
    `${kind === 'csv' ? columnsFr(missing) : `le champ ${frList.format(missing)}`} ${kind === 'csv' && missing.length > 1 ? 'manquent' : 'manque'}\u00a0: ce rapport vient d’un serveur antérieur aux signalements des personnes apprenantes\u202f; mettez à jour le serveur de demandes, puis téléchargez de nouveau le rapport`,
  'mark-field-count': ({ fields, columns }) => `${fields}\u00a0champs, alors que l’en-tête en a ${columns}\u202f; signalement ignoré, vérifiez les guillemets`,
  'mark-not-object': () => 'cet élément n’est pas un objet\u202f; signalement ignoré',
  'mark-missing': () => 'champ vide\u202f; signalement ignoré',
  'mark-not-text': ({ found }) => `du texte ou un nombre était attendu, mais c’est ${frKind[found]}\u202f; signalement ignoré`,
  'mark-not-a-code': ({ value }) => `${quoted(value)} n’est pas un code CNP 2021 (cinq chiffres, comme 21330)\u202f; signalement ignoré`,
  'mark-not-a-count': ({ value }) => `${quoted(value)} n’est pas un nombre de signalements (un nombre entier, 1 ou plus)\u202f; signalement ignoré`,
};

/** « 1\u00a0signalement », « 1\u00a0234\u00a0signalements » (le pluriel français commence à 2). */
const countFr = (n: number, noun: string, plural = `${noun}s`) => `${frNumber.format(n)}\u00a0${n > 1 ? plural : noun}`;

/** French strings of the institution's side (Canadian French). Same keys as `admin.en.ts`. */
export const adminFr: AdminMessages = {
  adminInbox: {
    heading: 'Demandes de renseignements',
    signInHeading: 'Se connecter à la boîte de réception',
    signInIntro:
      'Entrez le jeton d’administration avec lequel le serveur a été lancé. Il reste uniquement dans la mémoire de cet onglet\u00a0: recharger ou fermer la page l’efface.',
    tokenLabel: 'Jeton d’administration',
    signIn: 'Se connecter',
    signingIn: 'Connexion en cours…',
    signOut: 'Se déconnecter',
    signedOut: 'Vous êtes déconnecté. Le jeton est effacé.',
    tokenRequired: 'Entrez le jeton d’administration.',
    tokenRejected: 'Jeton refusé. Vérifiez que vous avez copié le jeton en entier, tel que le serveur l’a reçu au lancement.',
    tokenExpired: 'Le serveur n’accepte plus ce jeton. Connectez-vous de nouveau.',
    loading: 'Chargement des demandes…',
    loaded: (shown: number, more: boolean) =>
      `${shown}\u00a0demande${shown > 1 ? 's' : ''} chargée${shown > 1 ? 's' : ''}${more ? '\u202f; il y en a d’autres' : ''}.`,
    empty: 'Aucune demande pour l’instant. Les nouvelles s’afficheront ici dès leur envoi.',
    emptyFilter: 'Aucune des demandes chargées ne mentionne ce programme.',
    filterLabel: 'Programme',
    filterAll: 'Tous les programmes',
    filterNote: (shown: number, loaded: number) =>
      `${shown}\u00a0demande${shown > 1 ? 's' : ''} sur les ${loaded}\u00a0chargée${loaded > 1 ? 's' : ''}. Les plus anciennes qui mentionnent ce programme s’ajoutent à mesure que vous en chargez d’autres.`,
    loadMore: 'Charger plus',
    loadingMore: 'Chargement…',
    allLoaded: 'Toutes les demandes sont chargées.',
    exportCsv: 'Tout exporter en CSV',
    exporting: 'Préparation du fichier CSV…',
    exported: (file: string) => `Fichier ${file} téléchargé.`,
    exportFailed: 'Impossible de préparer le fichier CSV. Réessayez dans un moment.',
    fileName: (date: string) => `demandes-${date}.csv`,
    learner: 'Personne apprenante',
    employer: 'Employeur',
    received: 'Reçue le',
    variant: 'Provenance',
    contact: 'Personne-ressource',
    email: 'Courriel',
    phone: 'Téléphone',
    employees: 'Employés à former',
    message: 'Message',
    programs: 'Programmes',
    occupation: 'Profession',
    occupationNamed: receipt.named,
    language: 'Langue',
    languages: { en: 'Anglais', fr: 'Français' } as Record<string, string>,
    notGiven: 'Non indiqué',
    routedTo: 'Transmise à',
    routedToNone: 'Aucun établissement\u00a0: aucun de ses programmes n’est dans l’index',
    unknownPrograms: 'Programmes qu’aucun établissement n’offre',
    namesUnavailable: 'Impossible de charger les titres des programmes\u00a0: les programmes sont indiqués par leur identifiant.',
    delete: (who: string) => `Supprimer la demande envoyée par ${who}`,
    deleteShort: 'Supprimer',
    confirmQuestion: (who: string, when: string) =>
      `Supprimer la demande envoyée par ${who}, reçue le ${when}\u202f? Elle sera effacée du serveur pour de bon\u202f; c’est irréversible.`,
    confirmShared: (who: string, when: string, others: string, count: number) =>
      `Retirer de votre boîte la demande envoyée par ${who}, reçue le ${when}\u202f? Vous ne la verrez plus. Elle reste sur le serveur pour ${others}, qui ${count > 1 ? 'l’ont' : 'l’a'} aussi reçue, jusqu’à ce qu’${count > 1 ? 'ils la suppriment' : 'il la supprime'}.`,
    confirmOperatorKeeps: (who: string, when: string) =>
      `Retirer de votre boîte la demande envoyée par ${who}, reçue le ${when}\u202f? Vous ne la verrez plus. Elle vise aussi des programmes qu’aucun établissement n’offre\u00a0: elle reste donc sur le serveur pour l’exploitant de ce service de demandes.`,
    confirmDelete: 'Supprimer définitivement',
    confirmRemove: 'Retirer de ma boîte',
    cancel: 'Annuler',
    deleting: 'Suppression…',
    deleted: (who: string) => `La demande envoyée par ${who} a été supprimée.`,
    deleteFailed: 'Impossible de supprimer la demande. Réessayez dans un moment.',
    errors: {
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.',
      server: 'Le serveur ne peut pas lire les demandes pour l’instant. Réessayez dans un moment.',
      'rate-limited': 'Trop de requêtes en peu de temps. Attendez une minute, puis réessayez.',
      'not-found':
        'Ce serveur n’a pas de boîte de réception à cette adresse. Vérifiez l’adresse du serveur, ou qu’il a été lancé avec un jeton d’administration.',
      unknown: 'Un problème est survenu pendant le chargement des demandes. Réessayez ou rechargez la page.',
    },
  },
  adminPage: {
    title: 'Demandes de renseignements\u00a0: boîte de réception de l’établissement',
    heading: 'Boîte de réception de l’établissement',
    intro: 'Les demandes de renseignements reçues au sujet de vos programmes. Lisez-les, exportez-les et supprimez chacune une fois traitée.',
    switchTo: 'English',
    switchLabel: 'Show in English',
    switchLang: 'en',
  },
  outcomes: {
    heading: 'Résultats',
    occupationNamed: receipt.named,
    loading: 'Chargement du rapport des résultats…',
    noToken: 'Connectez-vous avec le jeton d’administration pour voir le rapport des résultats.',
    empty:
      'Aucune donnée pour l’instant. Les modules n’ont envoyé aucun décompte pour cette période. Les décomptes arrivent pendant que les gens utilisent les modules sur vos pages, environ une fois par minute.',
    period: (from: string | null, to: string | null): string =>
      from && to ? `Du ${from} au ${to}` : from ? `À partir du ${from}` : to ? `Jusqu’au ${to}` : 'Tout ce qui a été reçu (pendant la période de conservation)',
    anonymous: 'Décomptes anonymes envoyés par les modules\u00a0: aucun témoin, aucun identifiant.',
    totals: 'Totaux',
    shown: 'Recommandations affichées',
    opens: 'Programmes ouverts',
    inquiries: 'Demandes de renseignements',
    clickThroughRate: 'Taux de clics',
    ctrHint: 'Programmes ouverts par recommandation affichée.',
    queued: (n: string): string => `${n} envoyées plus tard depuis un appareil hors ligne`,
    byWeek: 'Par semaine',
    week: 'Semaine',
    weekOf: (date: string): string => `Semaine du ${date}`,
    chartText: (weeks: number, first: string, last: string): string =>
      `Graphiques à barres des recommandations affichées, des programmes ouverts et des demandes, chacun à sa propre échelle, pour chacune des ${weeks} semaines, de la semaine du ${first} à celle du ${last}. Le tableau ci-dessous donne tous les chiffres.`,
    byPage: 'Par page hôte',
    page: 'Page',
    unknownPage: 'Page non indiquée (anciens modules)',
    byOccupation: 'Recommandations par profession',
    occupation: 'Profession',
    byProgram: 'Consultations par programme',
    scoped: (provider: string): string =>
      `Chiffres des programmes de l’établissement ${quoted(provider)} seulement\u00a0: combien de fois chacun a été ouvert, et signalé sans rapport avec une profession. Les recommandations affichées, les demandes et les titres d’emploi tapés ne sont pas comptés par établissement, et ne figurent donc pas ici.`,
    scopedEmpty: 'Aucun de vos programmes n’a été ouvert pendant cette période.',
    program: 'Programme',
    unmatched: 'Titres d’emploi sans correspondance',
    unmatchedIntro: (min: number): string =>
      `Titres tapés lors d’au moins ${min} visites sans trouver de profession. Les titres qui ressemblent à un nom écrit avec des majuscules, à une adresse courriel ou à un numéro ne sont jamais affichés. Servez-vous-en pour ajouter les titres d’emploi manquants.`,
    unmatchedNone: (min: number): string => `Aucun titre n’a encore été tapé lors de ${min} visites.`,
    title: 'Titre tapé',
    language: 'Langue',
    langName: (lang: string): string => (lang === 'fr' ? 'Français' : 'Anglais'),
    visits: 'Visites',
    unrelated: 'Programmes signalés sans rapport par les personnes apprenantes',
    unrelatedIntro:
      'Programmes que des personnes ont signalés comme «\u00a0Sans rapport avec cette profession\u00a0» alors qu’ils leur étaient recommandés pour une profession. Une même paire de programme et de profession compte au plus une fois par chargement de page\u202f; aucun identifiant n’est envoyé.',
    unrelatedHint:
      'Si un programme ne prépare pas à la profession de sa ligne, marquez-le «\u00a0Pas pour cette profession\u00a0» pour celle-ci dans la vérification du catalogue\u00a0: une fois l’index reconstruit, il ne lui sera plus recommandé. Dans cette page, choisissez le CSV de ce rapport dans le champ «\u00a0Signalements des personnes apprenantes\u00a0» pour voir chaque signalement à côté de son programme.',
    unrelatedNone: 'Aucun programme n’a été signalé sans rapport pendant cette période.',
    marks: 'Signalements',
    none: 'Aucun pour cette période.',
    download: 'Télécharger le CSV',
    downloading: 'Préparation du CSV…',
    downloaded: 'Le fichier CSV outcomes.csv a été téléchargé.',
    downloadFailed: 'Impossible de télécharger le CSV. Réessayez dans un moment.',
    errors: {
      unauthorized: 'Le jeton d’administration a été refusé. Connectez-vous de nouveau.',
      'rate-limited': 'Trop de demandes. Attendez une minute, puis réessayez.',
      off: 'Le volet d’administration du serveur est désactivé : démarrez-le avec un jeton d’administration.',
      unavailable: 'Le serveur ne peut pas lire ses données pour le moment. Réessayez dans un moment.',
      network: 'Impossible de joindre le rapport. Vérifiez votre connexion, puis réessayez.',
      unknown: 'Impossible de charger le rapport. Réessayez ou rechargez la page.',
    },
  },
  catalogueReview: {
    heading: 'Vérifier les compétences de votre catalogue',
    intro:
      'Choisissez le catalogue de vos programmes (CSV ou JSON, dans le format que lit build-index). Il est lu sur cet ordinateur\u202f; rien n’est téléversé. Vérifiez les compétences proposées pour chaque programme, puis téléchargez le catalogue vérifié et construisez l’index à partir de celui-ci.',
    fileLabel: 'Fichier du catalogue (CSV ou JSON)',
    reading: (name: string) => `Lecture du fichier ${name}…`,
    tagging: (done: number, total: number) => `Étiquetage des programmes${'\u00a0'}: ${done} sur ${total}`,
    taggingLabel: 'Progression de l’étiquetage',
    loaded: (name: string, programs: number, problems: number) =>
      `${name}${'\u00a0'}: ${programs} programme${programs > 1 ? 's lus' : ' lu'}, ${problems} problème${problems > 1 ? 's' : ''}.`,
    unreadable: (reason: string) => `Ce fichier ne peut pas être lu${'\u00a0'}: ${reason}`,
    coverageHeading: 'Couverture',
    coverage: (covered: string, total: string, percent: string, count: number) =>
      count > 1
        ? `${covered} programmes sur ${total} (${percent}) ont des compétences vérifiées ou fortes.`
        : `${covered} programme sur ${total} (${percent}) a des compétences vérifiées ou fortes.`,
    coverageHint: 'Un programme compte s’il garde une compétence que vous avez acceptée ou ajoutée, ou une suggestion forte que vous n’avez pas rejetée.',
    download: 'Télécharger le catalogue vérifié',
    downloadHint: (name: string) =>
      `Enregistre ${name} avec une colonne reviewed_skills, et une colonne not_for_occupations dès que vous marquez une profession${'\u00a0'}: build-index utilise ces compétences au lieu d’étiqueter les programmes que vous avez vérifiés, et ne recommande jamais un programme pour une profession que vous avez marquée.`,
    downloaded: (name: string) => `${name} téléchargé.`,
    problemsHeading: (count: number) => `Problèmes dans le fichier (${count})`,
    noProblems: 'Aucun problème\u00a0: toutes les lignes ont été lues.',
    problem: (line: string, field: string) => `Ligne ${line}, ${field}${'\u00a0'}:`,
    problemAt: (line: string) => `Ligne ${line}\u00a0:`,
    problemAtField: (line: string, field: number) => `Ligne ${line}, champ ${field}\u00a0:`,
    wholeFile: 'Fichier entier\u00a0:',
    problemsInEnglish: 'Certains problèmes sont décrits en anglais\u00a0: ils viennent d’une version de build-index plus récente que cette page.',
    problemText: catalogueProblems,
    programsHeading: 'Les programmes et leurs compétences',
    show: 'Afficher',
    showAll: 'Tous les programmes',
    showUncovered: 'Les programmes sans compétences vérifiées ou fortes',
    showMarked: 'Les programmes que des personnes apprenantes ont signalés sans rapport',
    showing: (shown: string, total: string, count: number) => `${shown} affiché${count > 1 ? 's' : ''} sur ${total}.`,
    showMore: (count: number) => `Afficher ${count} de plus`,
    showMoreProblems: (count: number) => `Afficher ${count} problèmes de plus`,
    meta: (id: string, line: number) => `${id} · ligne ${line}`,
    noSuggestion: 'Aucune compétence proposée\u00a0: ajoutez celles que ce programme enseigne.',
    strength: { strong: 'forte', medium: 'moyenne', weak: 'faible' } as Record<'strong' | 'medium' | 'weak', string>,
    strengthLabel: 'Pertinence\u00a0:',
    source: {
      tag: 'Votre étiquette',
      text: 'Votre texte',
      product: 'Logiciel nommé',
      title: 'Votre titre',
      subject: 'Votre domaine',
    } as Record<'tag' | 'text' | 'product' | 'title' | 'subject', string>,
    added: 'Ajoutée par vous',
    removeButton: 'Retirer',
    why: (source: string): [string, string] => [`${source}\u00a0: «\u00a0`, '\u00a0»'],
    reachPending: 'Calcul des professions pour lesquelles chaque programme est recommandé…',
    reachedFor: 'Recommandé en tête pour\u00a0:',
    markedFor: 'Marqué ou signalé pour ces professions\u00a0:',
    placement: (title: string, rank: number) => `${title} (rang${'\u00a0'}${rank})`,
    placementWords: (words: readonly string[]) => `d’après ses mots ${words.map((w) => `«${'\u00a0'}${w}${'\u00a0'}»`).join(' et ')}`,
    morePlacements: (count: number) => `Afficher ${count} profession${count > 1 ? 's' : ''} de plus`,
    notForHint:
      'Si un programme ne prépare pas à l’une de ces professions, marquez-la\u00a0: une fois l’index reconstruit à partir du catalogue téléchargé, le programme ne lui est plus jamais recommandé, quels que soient les mots qu’il partage avec ce travail.',
    notFor: 'Pas pour cette profession',
    notForOccupation: (title: string, program: string) => `Pas pour cette profession\u00a0: ${title} (${program})`,
    notForMarked: 'Profession marquée\u00a0: le programme ne sera plus recommandé pour elle après la prochaine construction de l’index.',
    notForOn: (title: string, program: string) =>
      `${program} est marqué comme ne préparant pas à la profession ${quoted(title)}. Téléchargez le catalogue et reconstruisez l’index pour que ce soit pris en compte.`,
    notForOff: (title: string, program: string) => `${program} peut de nouveau être recommandé pour la profession ${quoted(title)}.`,
    notInIndex: 'Absent de l’index qu’utilise cette page\u00a0: construisez l’index à partir de ce catalogue pour voir où il est recommandé.',
    notReached: (top: number) => `Ne figure parmi les ${top} premiers programmes recommandés pour aucune profession.`,
    gapsHeading: (count: string) => `Professions que vos programmes n’atteignent pas (${count})`,
    gapsNote: (top: number) =>
      `Aucun programme de ce fichier ne figure parmi les ${top} premiers recommandés pour ces professions. Le classement vient de l’index qu’utilise cette page, construit à partir du texte de chaque programme${'\u00a0'}: vos décisions sur les compétences ne le changent qu’une fois l’index reconstruit.`,
    noGaps: 'Chaque profession a au moins un de vos programmes parmi ses premières recommandations.',
    showMoreGaps: (count: number) => `Afficher ${count} professions de plus`,
    accept: 'Accepter',
    reject: 'Rejeter',
    acceptSkill: (label: string, program: string) => `Accepter ${label} pour le programme ${quoted(program)}`,
    rejectSkill: (label: string, program: string) => `Rejeter ${label} pour le programme ${quoted(program)}`,
    remove: (label: string, program: string) => `Retirer ${label} du programme ${quoted(program)}`,
    addSkill: 'Ajouter une compétence',
    addSkillTo: (title: string) => `Ajouter une compétence au programme ${quoted(title)}`,
    addLabel: 'Compétence à ajouter',
    addHint: 'Tapez une compétence en français ou en anglais, puis choisissez-la dans la liste.',
    noMatch: (query: string) => `Aucune compétence ne correspond à «${'\u00a0'}${query}${'\u00a0'}». Essayez un mot plus court ou plus général.`,
    done: 'Terminé',
    accepted: (label: string) => `Compétence acceptée${'\u00a0'}: ${label}.`,
    rejected: (label: string) => `Compétence rejetée${'\u00a0'}: ${label}.`,
    undone: (label: string) => `Décision annulée${'\u00a0'}: ${label}.`,
    addedSkill: (label: string) => `Compétence ajoutée${'\u00a0'}: ${label}.`,
    removed: (label: string) => `Compétence retirée${'\u00a0'}: ${label}.`,
    coverageNow: (covered: number, total: number) => `Couverture${'\u00a0'}: ${covered} sur ${total}.`,
    marksLabel: 'Signalements des personnes apprenantes (facultatif)',
    marksHint: `Le CSV du rapport des résultats (son bouton Télécharger le CSV) ou son JSON\u00a0: les programmes que des personnes ont signalés comme ${quoted('Sans rapport avec cette profession')}, et pour quelle profession. Il est lu sur cet ordinateur\u202f; rien n’est téléversé.`,
    marksRead: (name: string, marks: number, programs: number) =>
      `${countFr(marks, 'signalement')} sur ${countFr(programs, 'programme')} ${marks > 1 ? 'lus' : 'lu'} dans ${name}.`,
    marksNotInFile: (marks: number, programs: number) =>
      `${countFr(marks, 'signalement')} ${marks > 1 ? 'portent' : 'porte'} sur ${programs > 1 ? `${countFr(programs, 'programme')} absents` : 'un programme absent'} de ce fichier de catalogue.`,
    marksProblemCount: (problems: number) => `${countFr(problems, 'problème')} dans le fichier, ${problems > 1 ? 'indiqués' : 'indiqué'} sous le champ.`,
    marksProblemsHeading: (problems: number) => `Problèmes dans le fichier des signalements (${problems})`,
    marksUnreadable: (name: string) => `${name} ne peut pas être lu comme fichier de signalements.`,
    marksBadge: (marks: number) => `Signalé sans rapport par ${countFr(marks, 'personne apprenante', 'personnes apprenantes')}`,
    marksProblemText: marksProblems,
  },
};
