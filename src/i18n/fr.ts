import type { CatalogueProblemMessages, JsonKind } from '../core/catalogue/problems.js';
import type { Messages } from './en.js';

/** Le type d’une valeur JSON, dans une phrase (« c’est une liste »). */
const frKind: Record<JsonKind, string> = {
  list: 'une liste', null: 'null', object: 'un objet', string: 'du texte', number: 'un nombre', boolean: 'un booléen',
};

const frNumber = new Intl.NumberFormat('fr-CA');
const frList = new Intl.ListFormat('fr-CA', { type: 'conjunction' });
const quoted = (value: string) => `«\u00a0${value}\u00a0»`;
/** « la ligne 4 », « les lignes 4 et 5 ». */
const linesFr = (lines: number[]) => `${lines.length > 1 ? 'les lignes' : 'la ligne'} ${frList.format(lines.map(String))}`;
const retry = (recovered: boolean) => (recovered ? 'la ligne a été lue sans ce guillemet, vérifiez les guillemets' : 'vérifiez les guillemets');

/** Les problèmes du lecteur de catalogue, par code (src/core/catalogue/problems.ts). */
const catalogueProblems: CatalogueProblemMessages = {
  'read-as-windows-1252': () => 'le fichier n’est pas en UTF-8\u00a0; il a été lu comme un export Windows-1252',
  'quote-swallows-lines': ({ closedOn, lines, recovered }) =>
    `le guillemet ouvert ici ne se ferme qu’à la ligne ${closedOn} et englobe ${linesFr(lines)}, qui se ${lines.length > 1 ? 'lisent comme des programmes distincts' : 'lit comme un programme distinct'}\u00a0; ${retry(recovered)}`,
  'quote-breaks-row': ({ closedOn, fields, columns, recovered }) =>
    `le guillemet ouvert ici ne se ferme qu’à la ligne ${closedOn} et donne au programme ${fields}\u00a0champs, alors que l’en-tête en a ${columns}\u00a0; ${retry(recovered)}`,
  'quote-unclosed': ({ recovered, rowStartsOn }) =>
    recovered
      ? `le guillemet ouvert ici n’est jamais fermé\u00a0; ${retry(true)}`
      : `le guillemet ouvert ici n’est jamais fermé${rowStartsOn === null ? '' : ` (le programme commence à la ligne ${rowStartsOn})`}\u00a0; programme ignoré, vérifiez les guillemets`,
  'field-count': ({ fields, columns }) => `${fields}\u00a0champs, alors que l’en-tête en a ${columns}\u00a0; vérifiez les guillemets`,
  'item-not-object': () => 'cet élément n’est pas un objet\u00a0; il est ignoré',
  'not-text': ({ found }) => `du texte était attendu, mais c’est ${frKind[found]}\u00a0; champ laissé vide`,
  'not-utf8': () => 'contient des octets qui ne sont pas de l’UTF-8 (affichés \ufffd)\u00a0; enregistrez de nouveau le fichier en UTF-8',
  'too-long': ({ length, max }) => `${frNumber.format(length)}\u00a0caractères\u00a0; coupé à ${frNumber.format(max)}`,
  'id-missing': () => 'identifiant manquant\u00a0; programme ignoré',
  'id-invalid': ({ value }) => `${quoted(value)} n’est pas un identifiant valide (lettres, chiffres, points, traits de soulignement, deux-points et traits d’union seulement)\u00a0; programme ignoré`,
  'id-duplicate': ({ value }) => `l’identifiant ${quoted(value)} est en double\u00a0; programme ignoré`,
  'title-missing': () => 'titre manquant\u00a0; programme ignoré',
  'url-not-https': ({ value }) => `${quoted(value)} n’est pas un lien https\u00a0; champ laissé vide`,
  'not-a-number': ({ value }) => `${quoted(value)} n’est pas un nombre positif ou nul\u00a0; champ laissé vide`,
  'too-large': ({ value, max }) => `${quoted(value)} dépasse ${frNumber.format(max)}\u00a0; champ laissé vide`,
  'not-allowed': ({ value, allowed }) => `${quoted(value)} n’est pas une des valeurs permises (${allowed.join(', ')})\u00a0; champ laissé vide`,
  'region-unknown': ({ value }) => `${quoted(value)} n’est pas un code de région connu (ER00, ER35, ER3510 à ER3595)\u00a0; champ laissé vide`,
  'not-yes-no': ({ value }) => `${quoted(value)} n’est ni oui ni non (yes ou no)\u00a0; champ laissé vide`,
  'tags-not-text': ({ count, found }) =>
    count > 1
      ? `${count}\u00a0étiquettes ne sont pas du texte (${frKind[found]})\u00a0; elles sont laissées de côté`
      : `1\u00a0étiquette n’est pas du texte (${frKind[found]})\u00a0; elle est laissée de côté`,
  'reviewed-not-text': ({ found }) =>
    `des identifiants de compétences séparés par «\u00a0;\u00a0» étaient attendus, mais c’est ${frKind[found]}\u00a0; programme considéré comme non vérifié`,
  'reviewed-not-an-id': ({ value }) =>
    `${quoted(value)} n’est pas un identifiant de compétence (comme esco:use-spreadsheets-software)\u00a0; laissé de côté`,
};

/** French interface strings (Canadian French). Same keys as `en.ts`. */
export const fr: Messages = {
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    sampleData: 'Chiffres d’exemple pour démonstration, pas des données réelles.',
    errors: {
      'index-version': 'Cette page utilise un fichier de données plus ancien ou plus récent que ce que le module comprend. Rechargez la page; si le problème persiste, avisez le responsable du site.',
      'index-format': 'Les données sur les professions sont illisibles. Réessayez plus tard ou avisez le responsable du site.',
      'index-integrity': 'Les données sur les professions sont arrivées incomplètes. Réessayez dans un moment.',
      network: 'Impossible de télécharger les données sur les professions. Vérifiez votre connexion, puis réessayez.',
      'not-found': 'Les données sur les professions sont introuvables à leur adresse. Avisez le responsable du site.',
      'index-blocked': 'La liste des formations n’a pas pu être chargée sur cette page. Avisez le responsable du site.',
      unknown: 'Un problème est survenu pendant le chargement. Réessayez ou rechargez la page.',
    },
  },
  search: {
    labelCurrent: 'Je travaille comme…',
    labelTarget: 'Je veux devenir…',
    hint: 'Tapez un titre d’emploi, puis choisissez la profession correspondante dans la liste.',
    listLabel: 'Professions correspondantes',
    count: (n: number): string =>
      n === 0 ? 'Aucune profession trouvée' : n === 1 ? '1 profession trouvée' : `${n} professions trouvées`,
    noMatch: 'Aucune profession ne correspond à ce titre. Essayez moins de mots ou un autre titre.',
    didYouMean: 'Vouliez-vous dire',
    officialTitle: (title: string, code: string): string => `${title} (CNP ${code})`,
    loadingTitles: 'Chargement des titres d’emploi…',
    clear: 'Effacer le titre d’emploi',
    notClose: (query: string): string =>
      `Aucun titre d’emploi ne correspond vraiment à «\u00a0${query}\u00a0»\u00a0: les plus proches sont dans la liste, mais votre emploi n’y figure peut-être pas.`,
    browse: 'Parcourir les professions par catégorie',
    browseIntro: 'Choisissez une catégorie, puis votre profession.',
    /** Catégories générales de la CNP 2021, selon leur premier chiffre (0 à 9). */
    broad: [
      'Membres des corps législatifs et cadres supérieurs',
      'Affaires, finance et administration',
      'Sciences naturelles et appliquées et domaines apparentés',
      'Secteur de la santé',
      'Enseignement, droit et services sociaux, communautaires et gouvernementaux',
      'Arts, culture, sports et loisirs',
      'Vente et services',
      'Métiers, transport, machinerie et domaines apparentés',
      'Ressources naturelles, agriculture et production connexe',
      'Fabrication et services d’utilité publique',
    ],
    occupationCount: (n: number): string => (n <= 1 ? `${n} profession` : `${n} professions`),
    /** Affiché sur la page anglaise, en français, à qui a tapé un titre en français. */
    alsoInLang: 'Cette page existe aussi en français.',
    showInLang: 'L’afficher en français',
  },
  recommendations: {
    heading: (count: number, occupation: string, more = false) =>
      `${more ? 'Plus de ' : ''}${count} programme${count > 1 ? 's' : ''} pour la profession « ${occupation} »`,
    headingGap: (count: number, from: string, to: string, more = false) =>
      `${more ? 'Plus de ' : ''}${count} programme${count > 1 ? 's' : ''} pour passer de la profession « ${from} » à la profession « ${to} »`,
    staleNote: 'Copie enregistrée des données sur les programmes : une version plus récente n’a pas pu être chargée.',
    offlineNote: 'Vous semblez hors ligne : les données sur les programmes enregistrées sur cet appareil sont affichées.',
    sample: 'Programmes d’exemple d’établissements fictifs, pour démonstration seulement.',
    choose: 'Choisissez une profession pour voir les programmes qui enseignent ses compétences.',
    loading: 'Chargement des programmes…',
    noSource: 'Aucune donnée sur les programmes : la page doit donner au module l’adresse de son index (attribut src).',
    unknownOccupation: (code: string) =>
      `Aucune profession portant le code ${code} dans ces données. Choisissez une autre profession.`,
    filters: 'Filtrer et trier les programmes',
    filtersActive: (count: number) => `(${count} actif${count > 1 ? 's' : ''})`,
    delivery: 'Mode de prestation',
    maxHours: 'Nombre d’heures maximal',
    maxCost: 'Coût maximal',
    language: 'Langue d’enseignement',
    provider: 'Établissement',
    anyProvider: 'Tous les établissements',
    any: 'Peu importe',
    hoursUpTo: (hours: string) => `Jusqu’à ${hours} heures`,
    costUpTo: (money: string) => `Jusqu’à ${money}`,
    freeOnly: 'Gratuits seulement',
    osap: 'Admissibles au RAFEO seulement',
    sort: 'Trier par',
    sortFit: 'Pertinence',
    sortHours: 'Moins d’heures',
    sortCost: 'Coût le plus bas',
    clearFilters: 'Effacer les filtres',
    empty: 'Aucun programme ne correspond à ces filtres.',
    emptyHint: 'Essayez un coût maximal plus élevé ou plus d’heures, un autre mode ou une autre langue, ou effacez les filtres.',
    none: (occupation: string) =>
      `Ce catalogue n’a aucun programme qui enseigne les compétences principales de la profession « ${occupation} ».`,
    noneGap: (from: string, to: string) =>
      `Aucun programme de ce catalogue n’enseigne encore ce qu’il faut pour passer de la profession « ${from} » à la profession « ${to} ».`,
    few: (count: number, occupation: string) =>
      `Ce catalogue offre peu pour la profession « ${occupation} » : seulement ${count} programme${count > 1 ? 's enseignent' : ' enseigne'} les compétences principales de cette profession.`,
    fewGap: (count: number, from: string, to: string) =>
      `Ce catalogue offre peu pour passer de la profession « ${from} » à la profession « ${to} » : seulement ${count} programme${count > 1 ? 's enseignent' : ' enseigne'} les compétences qu’exige ce changement.`,
    elsewhere: (count: number): string =>
      count === 0
        ? 'Les professions apparentées partagent bon nombre des mêmes compétences et sont peut-être mieux servies par ce catalogue.'
        : 'Chaque programme ci-dessous indique les compétences clés à acquérir qu’il enseigne; les professions apparentées partagent bon nombre des mêmes compétences et sont peut-être mieux servies.',
    announce: (count: number) =>
      count === 0
        ? 'Aucun programme ne correspond.'
        : `${count} programme${count > 1 ? 's correspondent' : ' correspond'}.`,
    shown: (shown: number, total: number) => `${shown} sur ${total} affichés`,
    showMore: (count: number) => `Afficher ${count} de plus`,
    programs: 'Programmes',
  },
  plan: {
    heading: 'Votre plan en un coup d’œil',
    have: 'Compétences clés que vous avez sans doute déjà',
    haveNote: (from: string) => `Grâce à votre travail actuel (${from}).`,
    haveNone: 'Aucune, d’après les profils des professions.',
    need: 'Compétences clés à acquérir',
    keySkills: 'Compétences clés de cette profession',
    pathway: 'Parcours suggéré',
    pathwayIntro: (programs: number, covered: number, needed: number) =>
      `${programs === 1 ? 'Ce programme couvre' : `Ensemble, ces ${programs} programmes couvrent`} ${covered} des ${needed} compétences clés à acquérir.`,
    total: 'Au total',
    hours: (hours: string) => `${hours} heures`,
    hoursUnknown: 'durée non indiquée pour tous les programmes',
    costUnknown: 'coût non indiqué pour tous les programmes',
    adds: 'Ajoute',
    uncovered: 'Aucun programme de cette liste n’enseigne',
    noPathway: 'Aucun programme de cette liste n’enseigne les compétences clés à acquérir.',
    allHad: 'Votre travail actuel vous donne sans doute toutes les compétences clés de cette profession.',
    fullList: 'La liste complète des programmes suit.',
  },
  card: {
    provider: 'Offert par',
    facts: 'Renseignements sur le programme',
    hoursLabel: 'Heures',
    hours: (hours: string) => `${hours} heures`,
    hoursUnknown: 'Non précisé',
    costLabel: 'Coût',
    free: 'Gratuit',
    costUnknown: 'Coût non précisé',
    deliveryLabel: 'Mode',
    delivery: { online: 'En ligne', 'in-person': 'En personne', hybrid: 'Hybride' },
    languageLabel: 'Langue',
    language: { en: 'Anglais', fr: 'Français', bilingual: 'Français et anglais', other: 'Autre langue' },
    osapLabel: 'RAFEO',
    osapYes: 'Admissible',
    osapNo: 'Non admissible',
    credentialLabel: 'Titre obtenu',
    credentials: {
      'micro-credential': 'Microcertification',
      'micro-certification': 'Microcertification',
      'digital badge': 'Badge numérique',
      certificate: 'Certificat',
      'certificate of completion': 'Attestation de réussite',
      'graduate certificate': 'Certificat d’études supérieures',
      'executive certificate': 'Certificat pour cadres',
      'pre-apprenticeship certificate': 'Certificat de préapprentissage',
      credential: 'Titre de compétences',
    },
    notListed: 'Non précisé',
    why: 'Pourquoi ce programme',
    strength: {
      strong: 'Forte correspondance : son titre ou les compétences qu’il annonce portent directement sur ce travail.',
      moderate: 'Correspondance partielle : certains de ses résultats d’apprentissage ou de ses modules portent sur ce travail.',
    },
    series: (count: number) => (count === 1 ? '1 autre cours de cette série' : `${count} autres cours de cette série`),
    matched: 'Compétences enseignées',
    gap: 'Compétences clés du métier que sa description ne nomme pas',
    adds: 'Compétences clés à acquérir qu’il enseigne',
    addsNone: 'N’enseigne aucune des compétences clés à acquérir.',
    also: 'Enseigne aussi',
    link: 'Page du programme',
    webAddress: (url: string): string => `Adresse Web\u00a0: ${url}`,
    newTab: '(s’ouvre dans un nouvel onglet)',
    inquire: 'Se renseigner sur ce programme',
    missing: 'Aucun programme à afficher.',
  },
  labourMarket: {
    heading: (title: string): string => `Marché du travail : ${title}`,
    choose: 'Choisissez une profession pour voir son marché du travail.',
    unknown: (code: string): string => `Aucune profession n’a le code ${code} dans ces données.`,
    noFigures: 'Aucune donnée sur le marché du travail n’est publiée pour cette profession.',
    outlook: 'Perspectives',
    explain: 'Qu’est-ce que cela veut dire?',
    wages: 'Salaires horaires',
    wagesIn: (place: string): string => `Salaires horaires, ${place}`,
    low: 'Bas',
    median: 'Médian',
    high: 'Élevé',
    notPublished: 'Non publié',
    chartText: (place: string, low: string, median: string, high: string): string =>
      `Salaires horaires, ${place} : bas ${low}, médian ${median}, élevé ${high}.`,
    source: (name: string, vintage: string): string => `Source : ${name}, ${vintage}.`,
    region: 'Région',
    hourly: 'À l’heure',
    yearly: 'Par année (approx.)',
    figure: 'Chiffre',
    facts: 'Emplois et chercheurs d’emploi',
  },
  inquiry: {
    headingLearner: 'Se renseigner sur ces formations',
    headingEmployer: 'Se renseigner sur la formation de votre équipe',
    programs: (count: number) =>
      count === 1 ? 'Formation visée par votre demande' : `${count} formations visées par votre demande`,
    noPrograms: 'Aucune formation n’est encore choisie. Choisissez au moins une formation, puis envoyez votre demande.',
    required: 'obligatoire',
    optional: 'facultatif',
    name: 'Votre nom',
    organization: 'Organisation',
    contactName: 'Nom de la personne à joindre',
    email: 'Courriel',
    phone: 'Téléphone',
    employees: 'Nombre d’employés à former',
    message: 'Votre question',
    messageHint: (max: string) => `Jusqu’à ${max} caractères.`,
    emailHint: 'L’établissement répond à cette adresse.',
    consent: (institutions: string) => `J’accepte que ${institutions} communique avec moi au sujet de cette demande.`,
    consentFallback: 'l’établissement qui offre ces formations',
    and: 'et',
    honeypot: 'Laissez ce champ vide',
    submit: 'Envoyer la demande',
    sending: 'Envoi de votre demande…',
    sent: (institutions: string) => `Votre demande a été envoyée. ${institutions} vous répondra par courriel.`,
    queuedOffline: 'Enregistrée sur cet appareil. Elle sera envoyée dès votre retour en ligne.',
    queuedServer: 'Le serveur n’a pas répondu. Votre demande est enregistrée sur cet appareil et sera envoyée automatiquement dans quelques minutes.',
    queuedMemory: 'Ce navigateur ne peut pas conserver votre demande si vous fermez ou rechargez la page : gardez cette page ouverte jusqu’à l’envoi.',
    earlier: (count: number) =>
      count === 1
        ? 'Une demande précédente est enregistrée sur cet appareil et sera envoyée dès que possible.'
        : `${count} demandes précédentes sont enregistrées sur cet appareil et seront envoyées dès que possible.`,
    rejected: 'La demande n’a pas été acceptée. Vérifiez vos réponses, puis envoyez-la de nouveau.',
    config: (institutions: string) =>
      `Ce formulaire est mal configuré : votre demande ne peut pas être envoyée d’ici. Communiquez directement avec ${institutions} par la page de la formation. Votre demande reste enregistrée sur cet appareil.`,
    configHint: 'Pour le responsable du site : vérifiez l’adresse de réception des demandes et qu’elle autorise ce site (CORS).',
    noEndpoint: 'Ce formulaire n’a pas d’adresse où envoyer les demandes. Communiquez avec l’établissement par la page de la formation.',
    discard: 'Supprimer cette demande',
    discardEarlier: 'Supprimer les demandes enregistrées',
    refusedEarlier: (date: string, toFix: boolean) =>
      toFix
        ? `Une demande rédigée le ${date} n’a pas été acceptée : certaines réponses sont à corriger. Elle ne sera pas envoyée avant d’être corrigée.`
        : `Une demande rédigée le ${date} a été refusée par le site et ne peut pas être envoyée depuis ce formulaire.`,
    openToFix: 'L’ouvrir pour la corriger',
    openRefused: 'L’afficher',
    discardOne: 'La supprimer',
    keptFor: (days: number) => `Une demande qui n’est pas envoyée est supprimée de cet appareil ${days} jours après sa rédaction.`,
    discarded: 'La demande enregistrée a été supprimée. Rien n’a été envoyé. Vous pouvez modifier votre demande et l’envoyer de nouveau.',
    sendNow: 'Essayer d’envoyer maintenant',
    another: 'Envoyer une autre demande',
    summary: (count: number) =>
      count === 1 ? 'Ce formulaire comporte 1 problème' : `Ce formulaire comporte ${count} problèmes`,
    errorPrefix: 'Erreur :',
    errors: {
      required: {
        name: 'Entrez votre nom.',
        organization: 'Entrez le nom de votre organisation.',
        contactName: 'Entrez le nom de la personne à joindre.',
        email: 'Entrez votre adresse courriel.',
        employees: 'Entrez le nombre d’employés à former.',
        message: 'Entrez votre question.',
        programIds: 'Choisissez au moins une formation.',
      } as Record<string, string>,
      invalid: {
        name: 'Entrez votre nom en lettres : des chiffres ou des symboles seuls ne sont pas un nom.',
        contactName: 'Entrez le nom de la personne à joindre en lettres : des chiffres ou des symboles seuls ne sont pas un nom.',
        organization: 'Entrez le nom de votre organisation en lettres ou en chiffres.',
        email: 'Entrez une adresse courriel comme nom@exemple.ca.',
        phone: 'Entrez un numéro de téléphone avec des chiffres, espaces ou tirets, comme 613-555-0100.',
        employees: 'Entrez un nombre entier d’employés, de 1 à 100 000.',
      } as Record<string, string>,
      invalidOther: 'Vérifiez cette réponse : elle contient des caractères qui ne peuvent pas être envoyés.',
      characters: 'Cette réponse contient un saut de ligne ou des caractères invisibles, souvent copiés avec elle. Tapez-la de nouveau plutôt que de la coller.',
      charactersMessage: 'Votre question contient des caractères de contrôle invisibles, souvent copiés avec le texte. Tapez ce passage de nouveau plutôt que de le coller.',
      tooLong: (max: string) => `Utilisez au plus ${max} caractères.`,
      consent: 'Cochez la case pour accepter d’être joint : la demande ne peut pas être envoyée sans cela.',
    },
  },
  finder: {
    heading: 'Trouver de la formation pour votre équipe',
    skillLabel: 'Compétences dont votre équipe a besoin',
    skillHint: 'Tapez une compétence, puis choisissez-la dans la liste. Ajoutez-en autant qu’il le faut.',
    suggestions: 'Compétences',
    suggestionsCount: (count: number) =>
      count === 0
        ? 'Aucune compétence trouvée.'
        : `${count} compétence${count > 1 ? 's trouvées' : ' trouvée'}.`,
    noSkill: (query: string) =>
      `Aucune compétence ne correspond à « ${query} ». Essayez un mot plus court ou plus général.`,
    chosen: 'Compétences choisies',
    remove: (label: string) => `Retirer ${label}`,
    added: (label: string, count: number) =>
      `Compétence ajoutée${'\u00a0'}: ${label}. ${count} compétence${count > 1 ? 's choisies' : ' choisie'}.`,
    removed: (label: string, count: number) =>
      `Compétence retirée${'\u00a0'}: ${label}. ${count} compétence${count > 1 ? 's choisies' : ' choisie'}.`,
    prompt: 'Choisissez une ou plusieurs compétences pour voir les programmes de tous les établissements.',
    results: (count: number, more = false) =>
      `${more ? 'Plus de ' : ''}${count} programme${count > 1 ? 's enseignent' : ' enseigne'} au moins une de ces compétences`,
    none: 'Aucun programme de ce catalogue n’enseigne encore les compétences choisies. Retirez une compétence pour élargir la recherche.',
    select: (title: string) => `Sélectionner ${title}`,
    selected: (count: number) => `${count} sélectionné${count > 1 ? 's' : ''}`,
    clearSelection: 'Effacer la sélection',
    inquire: (count: number) =>
      `Envoyer une seule demande pour ${count} programme${count > 1 ? 's' : ''}`,
    selectFirst: 'Sélectionnez les programmes qui vous intéressent.',
    review: 'Qui reçoit votre demande',
    recipients: (count: number) =>
      `${count} établissement${count > 1 ? 's la recevront' : ' la recevra'} :`,
    whatTheySee:
      'Ils verront le nom de votre organisation, votre nom, votre courriel et votre téléphone (si vous le donnez), le nombre d’employés à former, votre message et les programmes choisis. Rien d’autre de cette page n’est envoyé.',
    formMissing:
      'Le formulaire de demande n’est pas offert sur cette page. Communiquez avec les établissements ci-dessus par leurs pages de programme.',
    back: 'Retour aux programmes',
    showMore: (count: number) => `Afficher ${count} de plus`,
  },
  portal: {
    label: 'Explorateur de carrières et de formations',
    heading: 'Trouvez une formation pour votre prochaine étape',
    intro:
      'Indiquez votre emploi actuel et, si vous le voulez, l’emploi visé. Nous le relions à une profession, montrons son marché du travail et suggérons de courtes formations.',
    targetHint: 'Facultatif. Laissez vide pour voir les formations liées à votre emploi actuel.',
    switchTo: 'English',
    switchToLang: 'en',
    switchLabel: 'Show in English',
    resultsFor: (title: string): string => `Formations pour la profession «\u00a0${title}\u00a0»`,
    resultsGap: (from: string, to: string): string =>
      `De la profession «\u00a0${from}\u00a0» à la profession «\u00a0${to}\u00a0»`,
    related: 'Où pourriez-vous aller ensuite?',
    relatedIntro: 'Professions qui partagent des compétences avec celle-ci. Choisissez-en une pour voir les formations qui y mènent.',
    relatedNone: 'Aucune profession étroitement liée dans ces données.',
    setTarget: (title: string): string => `Choisir ${title} comme emploi visé`,
    inquiryHeading: 'Se renseigner sur les formations',
    close: 'Fermer',
    loadingIndex: 'Chargement des professions et des formations…',
    inquiryUnavailable: 'Les demandes ne peuvent pas être envoyées depuis cette page. Utilisez le lien de la formation pour joindre l’établissement.',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié. Il ouvre ces résultats avec les mêmes choix et filtres; il ne contient rien sur vous.',
    linkNotCopied: 'Impossible de copier le lien. Copiez l’adresse dans la barre d’adresse du navigateur : elle ouvre ces résultats.',
  },
  catalogueReview: {
    heading: 'Vérifier les compétences de votre catalogue',
    intro:
      'Choisissez le catalogue de vos programmes (CSV ou JSON, dans le format que lit build-index). Il est lu sur cet ordinateur; rien n’est téléversé. Vérifiez les compétences proposées pour chaque programme, puis téléchargez le catalogue vérifié et construisez l’index à partir de celui-ci.',
    fileLabel: 'Fichier du catalogue (CSV ou JSON)',
    reading: (name: string) => `Lecture de ${name}…`,
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
    coverageHint:
      'Un programme compte s’il garde une compétence que vous avez acceptée ou ajoutée, ou une suggestion forte que vous n’avez pas rejetée.',
    download: 'Télécharger le catalogue vérifié',
    downloadHint: (name: string) =>
      `Enregistre ${name} avec une colonne reviewed_skills; build-index utilise ces compétences au lieu d’étiqueter les programmes que vous avez vérifiés.`,
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
    showing: (shown: string, total: string, count: number) => `${shown} affiché${count > 1 ? 's' : ''} sur ${total}.`,
    showMore: (count: number) => `Afficher ${count} de plus`,
    showMoreProblems: (count: number) => `Afficher ${count} problèmes de plus`,
    meta: (id: string, line: number) => `${id} · ligne ${line}`,
    suggested: (title: string) => `Compétences de ${title}`,
    noSuggestion: 'Aucune compétence proposée\u00a0: ajoutez celles que ce programme enseigne.',
    strength: { strong: 'Forte', medium: 'Moyenne', weak: 'Faible' } as Record<'strong' | 'medium' | 'weak', string>,
    strengthLabel: 'Force\u00a0:',
    source: {
      tag: 'Votre étiquette',
      text: 'Votre texte',
      product: 'Logiciel nommé',
      title: 'Votre titre',
      subject: 'Votre domaine',
    } as Record<'tag' | 'text' | 'product' | 'title' | 'subject', string>,
    added: 'Ajoutée par vous',
    removeButton: 'Retirer',
    why: (source: string, phrase: string) => `${source}${'\u00a0'}: «${'\u00a0'}${phrase}${'\u00a0'}»`,
    reachPending: 'Calcul des professions pour lesquelles chaque programme est recommandé…',
    reachedFor: 'Recommandé en tête pour\u00a0:',
    placement: (title: string, rank: number) => `${title} (rang${'\u00a0'}${rank})`,
    morePlacements: (count: number) => `et ${count} autre${count > 1 ? 's' : ''}`,
    notInIndex: 'Absent de l’index qu’utilise cette page\u00a0: construisez l’index à partir de ce catalogue pour voir où il est recommandé.',
    notReached: (top: number) => `Ne figure parmi les ${top} premiers programmes recommandés pour aucune profession.`,
    gapsHeading: (count: string) => `Professions que vos programmes n’atteignent pas (${count})`,
    gapsNote: (top: number) =>
      `Aucun programme de ce fichier ne figure parmi les ${top} premiers recommandés pour ces professions. Le classement vient de l’index qu’utilise cette page, construit à partir du texte de chaque programme${'\u00a0'}: vos décisions sur les compétences ne le changent qu’une fois l’index reconstruit.`,
    noGaps: 'Chaque profession a au moins un de vos programmes parmi ses premières recommandations.',
    showMoreGaps: (count: number) => `Afficher ${count} professions de plus`,
    accept: 'Accepter',
    reject: 'Rejeter',
    acceptSkill: (label: string) => `Accepter ${label}`,
    rejectSkill: (label: string) => `Rejeter ${label}`,
    remove: (label: string) => `Retirer ${label}`,
    addSkill: 'Ajouter une compétence',
    addSkillTo: (title: string) => `Ajouter une compétence à ${title}`,
    addLabel: 'Compétence à ajouter',
    addHint: 'Tapez une compétence en français ou en anglais, puis choisissez-la dans la liste.',
    noMatch: (query: string) =>
      `Aucune compétence ne correspond à «${'\u00a0'}${query}${'\u00a0'}». Essayez un mot plus court ou plus général.`,
    done: 'Terminé',
    accepted: (label: string) => `Compétence acceptée${'\u00a0'}: ${label}.`,
    rejected: (label: string) => `Compétence rejetée${'\u00a0'}: ${label}.`,
    undone: (label: string) => `Décision annulée${'\u00a0'}: ${label}.`,
    addedSkill: (label: string) => `Compétence ajoutée${'\u00a0'}: ${label}.`,
    removed: (label: string) => `Compétence retirée${'\u00a0'}: ${label}.`,
    coverageNow: (covered: number, total: number) => `Couverture${'\u00a0'}: ${covered} sur ${total}.`,
  },
};
