import type { Messages } from './en.js';

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
        : 'Chaque programme ci-dessous indique les compétences qu’il couvre et celles qu’il laisse de côté; les professions apparentées partagent bon nombre des mêmes compétences et sont peut-être mieux servies.',
    announce: (count: number) =>
      count === 0
        ? 'Aucun programme ne correspond.'
        : `${count} programme${count > 1 ? 's correspondent' : ' correspond'}.`,
    shown: (shown: number, total: number) => `${shown} sur ${total} affichés`,
    showMore: (count: number) => `Afficher ${count} de plus`,
    programs: 'Programmes',
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
    gap: 'Compétences non couvertes',
    link: 'Page du programme',
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
  },
};
