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
  },
  recommendations: {
    heading: (count: number, occupation: string, more = false) =>
      `${more ? 'Plus de ' : ''}${count} programme${count > 1 ? 's' : ''} pour ${occupation}`,
    headingGap: (count: number, from: string, to: string, more = false) =>
      `${more ? 'Plus de ' : ''}${count} programme${count > 1 ? 's' : ''} pour passer de ${from} à ${to}`,
    staleNote: 'Copie enregistrée des données sur les programmes : une version plus récente n’a pas pu être chargée.',
    offlineNote: 'Vous semblez hors ligne : les données sur les programmes enregistrées sur cet appareil sont affichées.',
    sample: 'Programmes d’exemple d’établissements fictifs, pour démonstration seulement.',
    choose: 'Choisissez une profession pour voir les programmes qui enseignent ses compétences.',
    loading: 'Chargement des programmes…',
    unknownOccupation: (code: string) =>
      `Aucune profession portant le code ${code} dans ces données. Choisissez une autre profession.`,
    filters: 'Filtrer et trier les programmes',
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
      `Aucun programme de ce catalogue n’enseigne encore les compétences de la profession ${occupation}.`,
    noneGap: (from: string, to: string) =>
      `Aucun programme de ce catalogue n’enseigne encore ce qu’il faut pour passer de ${from} à ${to}.`,
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
    notListed: 'Non précisé',
    why: 'Pourquoi ce programme',
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
  inquiry: {},
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
      `${label} ajoutée. ${count} compétence${count > 1 ? 's choisies' : ' choisie'}.`,
    removed: (label: string, count: number) =>
      `${label} retirée. ${count} compétence${count > 1 ? 's choisies' : ' choisie'}.`,
    prompt: 'Choisissez une ou plusieurs compétences pour voir les programmes de tous les établissements.',
    results: (count: number) =>
      `${count} programme${count > 1 ? 's enseignent' : ' enseigne'} ces compétences`,
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
    programsOf: (count: number) =>
      `${count} programme${count > 1 ? 's sélectionnés' : ' sélectionné'} :`,
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
    resultsFor: (title: string): string => `Formations pour : ${title}`,
    resultsGap: (from: string, to: string): string => `De ${from} à ${to}`,
    related: 'Où pourriez-vous aller ensuite?',
    relatedIntro: 'Professions qui partagent des compétences avec celle-ci. Choisissez-en une pour voir les formations qui y mènent.',
    relatedNone: 'Aucune profession étroitement liée dans ces données.',
    setTarget: (title: string): string => `Choisir ${title} comme emploi visé`,
    inquiryHeading: 'Se renseigner sur les formations',
    close: 'Fermer',
    loadingIndex: 'Chargement des professions et des formations…',
  },
};
