import type { Messages } from './en.js';
import { card, heures } from './fr-card.js';
import { outbox } from './fr-outbox.js';
import { receipt } from './fr-receipt.js';
import { training } from './fr-training.js';

/** How many partial matches were found, the end of `partialOnly` and `partialOnlyGap`. */
const allPartial = (count: number) =>
  count === 1 ? 'le seul programme trouvé n’est qu’une correspondance partielle' : `les ${count} programmes trouvés ne sont que des correspondances partielles`;

/**
 * « Aucun programme », « 1 programme », « 23 programmes »; `more`, a list cut at `count`: « 50 programmes ou plus ».
 */
const programCount = (count: number, more = false) => (count === 0 ? 'Aucun programme' : `${count} programme${count > 1 ? 's' : ''}${more ? ' ou plus' : ''}`);

/** French interface strings (Canadian French). Same keys as `en.ts`. */
export const fr: Messages = {
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    sampleData: 'Données fictives, à titre de démonstration seulement\u00a0: ce ne sont pas des données réelles.',
    errors: {
      'index-version':
        'Cette page utilise un fichier de données d’une version plus ancienne ou plus récente que celle que le module sait lire. Rechargez la page\u202f; si le problème persiste, avisez le responsable du site.',
      'index-format': 'Les données sur les professions sont illisibles. Réessayez plus tard ou avisez le responsable du site.',
      'index-integrity': 'Les données sur les professions sont arrivées incomplètes. Réessayez dans un moment.',
      network: 'Impossible de télécharger les données sur les professions. Vérifiez votre connexion, puis réessayez.',
      'not-found': 'Les données sur les professions sont introuvables à l’adresse indiquée. Avisez le responsable du site.',
      'index-blocked': 'La liste des programmes n’a pas pu être chargée sur cette page. Avisez le responsable du site.',
      unknown: 'Un problème est survenu pendant le chargement. Réessayez ou rechargez la page.',
      'no-source': 'Ce module n’a rien à afficher\u00a0: la page ne lui indique pas où sont ses données. Avisez le responsable du site.',
      'unknown-occupation': 'Cette profession ne figure pas dans les données de cette page. Choisissez une autre profession ou avisez le responsable du site.',
    },
  },
  search: {
    labelCurrent: 'Je travaille comme…',
    labelTarget: 'Je veux devenir…',
    hint: 'Tapez un titre d’emploi, puis choisissez la profession correspondante dans la liste.',
    listLabel: 'Professions correspondantes',
    count: (n: number): string => (n === 0 ? 'Aucune profession trouvée' : n === 1 ? '1 profession trouvée' : `${n} professions trouvées`),
    noMatch: (words: number): string =>
      words > 1
        ? 'Aucune profession ne correspond à ce titre. Essayez moins de mots ou un autre titre.'
        : 'Aucune profession ne correspond à ce titre. Essayez un autre titre pour le même travail.',
    didYouMean: ['Vouliez-vous dire «\u00a0', '\u00a0»\u202f?'],
    code: (code: string): string => `CNP ${code}`,
    titleIn: (lang: 'en' | 'fr'): string => (lang === 'en' ? 'Titre anglais' : 'Titre français'),
    loadingTitles: 'Chargement des titres d’emploi…',
    clear: 'Effacer le titre d’emploi',
    notClose: (query: string): string =>
      `Aucun titre d’emploi ne correspond vraiment à «\u00a0${query}\u00a0»\u00a0: les plus proches sont dans la liste, mais votre emploi n’y figure peut-être pas.`,
    /** Affiché sur la page anglaise, en français, à qui a tapé un titre en français. */
    alsoInLang: 'Cette page existe aussi en français.',
    showInLang: 'L’afficher en français',
  },
  browse: {
    label: 'Parcourir les professions par catégorie',
    intro: 'Choisissez une catégorie, puis votre profession.',
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
  },
  recommendations: {
    heading: (count: number, occupation: string, more = false) => `${programCount(count, more)} pour la profession «\u00a0${occupation}\u00a0»`,
    headingGap: (count: number, from: string, to: string, more = false) =>
      `${programCount(count, more)} pour passer de la profession «\u00a0${from}\u00a0» à la profession «\u00a0${to}\u00a0»`,
    staleNote: 'Copie enregistrée des données sur les programmes\u00a0: une version plus récente n’a pas pu être chargée.',
    offlineNote: 'Vous semblez hors ligne\u00a0: les données sur les programmes enregistrées sur cet appareil sont affichées.',
    sample: 'Programmes d’exemple d’établissements fictifs, pour démonstration seulement.',
    choose: 'Choisissez une profession pour voir les programmes qui enseignent ses compétences.',
    loading: 'Chargement des programmes…',
    noSource: 'Aucune donnée sur les programmes\u00a0: la page doit donner au module l’adresse de son index (attribut src).',
    filters: 'Filtrer et trier les programmes',
    filtersActive: (count: number) => `(${count} filtre${count > 1 ? 's actifs' : ' actif'})`,
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
    sortHours: 'Durée la plus courte',
    sortCost: 'Coût le plus bas',
    sortHint: (hours: string, cost: string) =>
      `Les tris «\u00a0${hours}\u00a0» et «\u00a0${cost}\u00a0» placent les fortes correspondances en premier, puis les correspondances partielles.`,
    clearFilters: 'Effacer les filtres',
    empty: 'Aucun programme ne correspond à ces filtres.',
    emptyHint: (filters: readonly string[]): string =>
      filters.length === 0
        ? 'Effacez les filtres pour revoir des programmes.'
        : filters.length === 1
          ? `Modifiez le filtre «\u00a0${filters[0]}\u00a0», ou effacez les filtres.`
          : `Modifiez l’un des filtres choisis (${filters.join(', ')}), ou effacez les filtres.`,
    none: (occupation: string, at?: string) =>
      `${at ? `Dans ce catalogue, ${at} n’a` : 'Ce catalogue n’a'} aucun programme qui enseigne les compétences principales de la profession «\u00a0${occupation}\u00a0».`,
    noneGap: (from: string, to: string, at?: string) =>
      at
        ? `Dans ce catalogue, ${at} n’a encore aucun programme qui enseigne ce qu’il faut pour passer de la profession «\u00a0${from}\u00a0» à la profession «\u00a0${to}\u00a0».`
        : `Aucun programme de ce catalogue n’enseigne encore ce qu’il faut pour passer de la profession «\u00a0${from}\u00a0» à la profession «\u00a0${to}\u00a0».`,
    few: (count: number, occupation: string, at?: string) =>
      `${at ?? 'Ce catalogue'} offre peu pour la profession «\u00a0${occupation}\u00a0»\u00a0: seulement ${count} programme${count > 1 ? 's semblent' : ' semble'} enseigner ses compétences principales.`,
    fewGap: (count: number, from: string, to: string, at?: string) =>
      `${at ?? 'Ce catalogue'} offre peu pour passer de la profession «\u00a0${from}\u00a0» à la profession «\u00a0${to}\u00a0»\u00a0: seulement ${count} programme${count > 1 ? 's semblent' : ' semble'} enseigner les compétences qu’exige ce changement.`,
    partialOnly: (count: number, occupation: string, at?: string) =>
      `Aucun programme ${at ? `de ${at}` : 'de ce catalogue'} ne correspond fortement à la profession «\u00a0${occupation}\u00a0»\u00a0: ${allPartial(count)}.`,
    partialOnlyGap: (count: number, from: string, to: string, at?: string) =>
      `Aucun programme ${at ? `de ${at}` : 'de ce catalogue'} ne correspond fortement au passage de la profession «\u00a0${from}\u00a0» à la profession «\u00a0${to}\u00a0»\u00a0: ${allPartial(count)}.`,
    listed:
      'Chaque programme ci-dessous indique à quel point il correspond et quelles compétences clés il couvre. Une correspondance partielle peut n’enseigner qu’une partie de ce travail, ou autre chose qui emploie les mêmes mots.',
    allTaughtIn: (lang: 'en' | 'fr') => `Tous les programmes de cette liste sont donnés en ${lang === 'en' ? 'anglais' : 'français'}.`,
    nearbyIntro: (at?: string) =>
      at ? `Programmes offerts par ${at} pour des professions apparentées\u00a0:` : 'Programmes de ce catalogue pour des professions apparentées\u00a0:',
    nearbyStrongCount: (count: number) => `(${count} forte${count > 1 ? 's' : ''} correspondance${count > 1 ? 's' : ''})`,
    nearbyShow: (occupation: string) => `Afficher les programmes pour la profession «\u00a0${occupation}\u00a0»`,
    nearbyNone: (occupation: string) => `Il n’offre pas non plus de forte correspondance pour les professions apparentées, comme «\u00a0${occupation}\u00a0».`,
    chosen: (count: number, lack: 'few' | 'none' | 'partial' | null, gap: boolean, at?: string, more = false): string => {
      const found = `${programCount(count, more)} trouvé${count > 1 ? 's' : ''}`;
      const what = gap ? 'ce changement' : 'cette profession';
      if (lack === 'none') return `${found}\u202f; ${at ?? 'ce catalogue'} n’en offre pas pour ${what}.`;
      if (lack === 'few') return `${found}\u202f; ${at ?? 'ce catalogue'} en offre peu pour ${what}.`;
      if (lack === 'partial') return `${found}, ${count === 1 ? 'une correspondance partielle' : 'uniquement des correspondances partielles'}.`;
      return `${found}.`;
    },
    announce: (count: number) => (count === 0 ? 'Aucun programme ne correspond.' : `${count} programme${count > 1 ? 's correspondent' : ' correspond'}.`),
    shown: (shown: number, total: number) => `${shown} affiché${shown > 1 ? 's' : ''} sur ${total}`,
    showMore: (count: number) => `Afficher ${count} de plus`,
    programs: 'Programmes',
  },
  plan: {
    heading: 'Votre plan en un coup d’œil',
    have: 'Compétences que vous avez sans doute déjà',
    haveNote: (from: string) => `Compétences clés de la profession visée, acquises dans la profession «\u00a0${from}\u00a0».`,
    carries: (from: string) => `Compétences et connaissances que demandent les deux professions, acquises dans la profession «\u00a0${from}\u00a0»\u00a0:`,
    carriesAlso: 'Compétences et connaissances que les deux professions demandent aussi\u00a0:',
    haveNone:
      'Aucune, d’après les profils des professions. Ces profils ne nomment que quelques compétences de chaque profession\u00a0: vous avez peut-être déjà certaines de celles ci-dessous.',
    need: 'Compétences clés à acquérir',
    keySkills: 'Compétences clés de cette profession',
    pathway: 'Parcours suggéré',
    pathwayIntro: (programs: number, covered: number, needed: number) =>
      `${programs === 1 ? 'Ce programme couvre' : `Ensemble, ces ${programs} programmes couvrent`} ${covered} des ${needed} compétences clés à acquérir.`,
    total: 'Au total',
    hours: (hours: number, formatted: string) => `${formatted} ${heures(hours)}`,
    hoursUnknown: (programs: number) => (programs === 1 ? 'durée non indiquée' : 'durée inconnue (non indiquée pour au moins un programme)'),
    costUnknown: (programs: number) => (programs === 1 ? 'coût non indiqué' : 'coût inconnu (non indiqué pour au moins un programme)'),
    adds: 'Ajoute',
    partialStep: 'Correspondance partielle, retenue parce qu’aucune forte correspondance ne couvre les compétences qu’il ajoute.',
    uncovered: 'Aucun programme de ce parcours ne couvre',
    noPathway: 'Aucun programme recommandé en français ou en anglais ne couvre les compétences clés à acquérir.',
    allHad: 'Grâce à votre travail actuel, vous avez sans doute déjà toutes les compétences clés de cette profession.',
    fullList: 'La liste complète des programmes suit.',
    moveTraining: (level: string) =>
      `La profession visée exige habituellement ${level}. De courts programmes peuvent vous aider à acquérir des compétences pour ce changement, mais ils ne remplacent pas un diplôme, un permis ou un certificat qu’elle exige.`,
  },
  card,
  labourMarket: {
    heading: (title: string): string => `Marché du travail\u00a0: ${title}`,
    choose: 'Choisissez une profession pour voir son marché du travail.',
    noFigures: 'Aucune donnée sur le marché du travail n’est publiée pour cette profession.',
    outlook: (period: string): string => `Perspectives pour l’ensemble du Canada, ${period}`,
    ratingScope: 'Cote officielle pour l’ensemble du Canada\u00a0:',
    explain: 'Qu’est-ce que cela veut dire\u202f?',
    wages: 'Salaires horaires',
    wagesIn: (place: string): string => `Salaires horaires, ${place}`,
    low: 'Bas',
    median: 'Médian',
    high: 'Élevé',
    currentMedian: 'Médian, votre emploi actuel',
    levelsMeaning:
      'Bas et élevé\u00a0: dans la plupart des cas, environ 1 personne sur 10 dans cette profession gagne moins que le salaire bas, et environ 1 sur 10 gagne plus que le salaire élevé.',
    tableCaption: (place: string): string => `Salaires, ${place}\u00a0: à l’heure et par année`,
    noRegions:
      'Aucune région de l’Ontario n’a ses propres chiffres de salaire pour cette profession dans ces données\u202f; il n’y a donc pas de région à choisir.',
    source: (name: string, vintage: string): string => `Source\u00a0: ${name}, ${vintage}.`,
    region: 'Région',
    hourly: 'À l’heure',
    yearly: 'Par année (approx.)',
    figure: 'Niveau',
    facts: 'Emplois et chercheurs d’emploi',
    requirements: 'Ce qu’exige la profession',
    requirementsOfficial: 'La description officielle de cette profession par le gouvernement du Canada indique\u00a0:',
    requirementsOfficialOther: 'La description officielle de cette profession par le gouvernement du Canada, que ce site n’a qu’en anglais, indique\u00a0:',
    requirementsOnly: ['Pour ', '\u00a0:'],
    requirementsExcept: ['Pour tous, sauf ', '\u00a0:'],
    requirementsSources: (names: string[]): string => `Sources\u00a0: ${names.join('\u202f; ')}.`,
    requirementsNone: 'Sa description officielle n’énumère aucune exigence.',
    requirementsFailed: 'Les exigences officielles n’ont pas pu être chargées.',
    requirementsNote:
      'De courts programmes peuvent développer des compétences utiles dans cette profession. Lorsqu’un diplôme, un permis ou un certificat de qualification est exigé, ils ne le remplacent pas.',
  },
  training,
  inquiry: {
    headingLearner: (programs: number) => (programs === 1 ? 'Se renseigner sur ce programme' : 'Se renseigner sur ces programmes'),
    headingEmployer: 'Se renseigner sur des programmes pour votre équipe',
    programs: (count: number) => (count === 1 ? 'Programme visé par votre demande' : `${count} programmes visés par votre demande`),
    noPrograms: 'Aucun programme n’est encore choisi. Choisissez au moins un programme, puis envoyez votre demande.',
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
    emailHint: 'Les réponses vous seront envoyées à cette adresse.',
    consent: (names: string, count: number) =>
      `J’accepte que ${count > 1 ? 'ces destinataires conservent' : 'ce destinataire conserve'} mes renseignements et communique${count > 1 ? 'nt' : ''} avec moi au sujet de cette demande\u00a0: ${names}.`,
    consentReset: 'Les destinataires de votre demande ont changé depuis que vous avez coché cette case. Vérifiez-les ci-dessus, puis cochez-la de nouveau.',
    consentFallback: 'l’établissement qui offre ces programmes',
    disclosure: (occupation: boolean, programs: number) => {
      const listed = programs === 1 ? 'le programme ci-dessus' : 'les programmes ci-dessus';
      return occupation
        ? `Envoyé avec votre demande\u00a0: ce que vous inscrivez ici, ${listed} et la profession que vous consultiez, pour que la réponse en tienne compte.`
        : `Envoyé avec votre demande\u00a0: ce que vous inscrivez ici et ${listed}.`;
    },
    privacy: (owner: string) => `Avis sur la protection de vos renseignements personnels\u00a0: ${owner}`,
    privacyFallback: 'Comment vos renseignements personnels sont traités',
    recipients: 'Qui reçoit votre demande',
    keptBy: 'Reçue et conservée par',
    unnamed: (host: string) =>
      host ? `l’exploitant de ${host} (cette page ne dit pas qui c’est)` : 'le service de demandes de ce site (cette page ne dit pas qui l’exploite)',
    passedTo: 'Transmise à',
    passedToNote: (count: number) =>
      count > 1
        ? 'Chaque établissement qui offre un des programmes choisis peut lire toute la demande, y compris le nom des autres établissements et leurs programmes.'
        : 'Cet établissement peut lire toute la demande.',
    notSentTo: 'Non transmise à',
    notSentToNote: (institutions: number, programs: number) =>
      `Pour communiquer directement avec ${institutions > 1 ? 'les établissements' : 'l’établissement'}, consultez ${programs > 1 ? 'les pages des programmes' : 'la page du programme'}.`,
    and: 'et',
    honeypot: 'Laissez ce champ vide',
    submit: 'Envoyer la demande',
    sending: 'Envoi de votre demande…',
    sent: (receipt: boolean, reference: boolean) =>
      receipt
        ? `Votre demande a été envoyée. Gardez le reçu ci-dessous${reference ? '\u00a0: sa référence vous permet d’en faire le suivi ou de la retirer' : ''}.`
        : 'Votre demande a été envoyée.',
    queuedOffline:
      'Enregistrée sur cet appareil. Elle sera envoyée dès votre retour en ligne si cette page est encore ouverte, ou la prochaine fois que vous l’ouvrirez en ligne.',
    queuedNoAnswer:
      'Le serveur n’a pas répondu à temps. Votre demande est enregistrée sur cet appareil et l’envoi sera tenté de nouveau automatiquement pendant que cette page est ouverte, et la prochaine fois que vous l’ouvrirez.',
    queuedServer:
      'Le serveur a répondu par une erreur\u202f; votre demande n’est pas encore envoyée. Elle est enregistrée sur cet appareil et l’envoi sera tenté de nouveau automatiquement pendant que cette page est ouverte, et la prochaine fois que vous l’ouvrirez.',
    queuedMemory: 'Ce navigateur ne peut pas conserver votre demande si vous fermez ou rechargez la page\u00a0: gardez cette page ouverte jusqu’à l’envoi.',
    rejected: 'La demande n’a pas été acceptée. Vérifiez vos réponses, puis envoyez-la de nouveau.',
    config: (institutions: string) =>
      `Ce formulaire est mal configuré\u00a0: votre demande ne peut pas être envoyée d’ici. Communiquez directement avec ${institutions} par la page du programme. Votre demande reste enregistrée sur cet appareil.`,
    configHint:
      'Pour le responsable du site\u00a0: vérifiez l’adresse de réception des demandes, qu’elle autorise ce site (CORS) et que la Content-Security-Policy de cette page la mentionne dans connect-src.',
    refused: (status: number | null) =>
      `${status ? `Le serveur a refusé cette demande (erreur ${status})` : 'Le serveur n’a pas accepté cette demande'}\u202f; elle ne peut pas être envoyée depuis ce formulaire, et réessayer n’y changerait rien.`,
    refusedNext: (institutions: string) =>
      `Copiez votre message pour l’envoyer autrement, par exemple à ${institutions} par la page du programme. La copie enregistrée sur cet appareil est supprimée quand vous quittez ce formulaire\u202f; vous pouvez aussi la supprimer dès maintenant.`,
    deleteNow: 'La supprimer maintenant',
    noEndpoint: 'Ce formulaire n’a pas d’adresse où envoyer les demandes. Communiquez avec l’établissement par la page du programme.',
    discard: 'Supprimer cette demande',
    refusedEarlier: (date: string, toFix: boolean) =>
      toFix
        ? `Une demande rédigée le ${date} n’a pas été acceptée\u00a0: certaines réponses sont à corriger. Elle ne sera pas envoyée avant d’être corrigée.`
        : `Une demande rédigée le ${date} a été refusée par le site et ne peut pas être envoyée depuis ce formulaire.`,
    openToFix: 'L’ouvrir pour la corriger',
    openRefused: 'L’afficher',
    discardOne: 'La supprimer',
    keptFor: (days: number) => `Une demande qui n’est pas envoyée est supprimée de cet appareil ${days} jours après sa rédaction.`,
    discarded: 'La demande enregistrée a été supprimée. Rien n’a été envoyé. Vous pouvez modifier votre demande et l’envoyer de nouveau.',
    sendNow: 'Essayer d’envoyer maintenant',
    another: 'Envoyer une autre demande',
    summary: (count: number) => (count === 1 ? 'Ce formulaire comporte 1 problème' : `Ce formulaire comporte ${count} problèmes`),
    errorPrefix: 'Erreur\u00a0:',
    errors: {
      required: {
        name: 'Entrez votre nom.',
        organization: 'Entrez le nom de votre organisation.',
        contactName: 'Entrez le nom de la personne à joindre.',
        email: 'Entrez votre adresse courriel.',
        employees: 'Entrez le nombre d’employés à former.',
        message: 'Entrez votre question.',
        programIds: 'Choisissez au moins un programme.',
      } as Record<string, string>,
      invalid: {
        name: 'Entrez votre nom en lettres\u00a0: des chiffres ou des symboles seuls ne sont pas un nom.',
        contactName: 'Entrez le nom de la personne à joindre en lettres\u00a0: des chiffres ou des symboles seuls ne sont pas un nom.',
        organization: 'Entrez le nom de votre organisation en lettres ou en chiffres.',
        email: 'Entrez une adresse courriel comme nom@exemple.ca.',
        phone: 'Entrez un numéro de téléphone avec des chiffres, espaces ou tirets, comme 613-555-0100 ou 613-555-0100 poste 12.',
        employees: 'Entrez un nombre entier d’employés, de 1 à 100 000.',
      } as Record<string, string>,
      invalidOther: 'Vérifiez cette réponse\u00a0: elle contient des caractères qui ne peuvent pas être envoyés.',
      characters:
        'Cette réponse contient un saut de ligne ou des caractères invisibles, souvent copiés avec elle. Tapez-la de nouveau plutôt que de la coller.',
      charactersMessage:
        'Votre question contient des caractères de contrôle invisibles, souvent copiés avec le texte. Tapez ce passage de nouveau plutôt que de le coller.',
      tooLong: (max: string) => `Utilisez au plus ${max} caractères.`,
      consent: 'Cochez la case pour accepter qu’on communique avec vous\u00a0: la demande ne peut pas être envoyée sans cela.',
    },
  },
  receipt,
  outbox,
  finder: {
    heading: 'Trouver des programmes pour votre équipe',
    skillLabel: 'Compétences dont votre équipe a besoin',
    skillHint: 'Tapez une compétence, puis choisissez-la dans la liste. Ajoutez-en autant qu’il en faut.',
    suggestions: 'Compétences',
    suggestionsCount: (count: number) => (count === 0 ? 'Aucune compétence trouvée.' : `${count} compétence${count > 1 ? 's trouvées' : ' trouvée'}.`),
    noSkill: (query: string) =>
      `Aucune compétence ne correspond à «\u00a0${query}\u00a0». Sur cette page, les compétences se cherchent en français\u00a0: essayez le terme français, ou un mot plus court ou plus général.`,
    foundBy: ['(trouvée par son nom anglais «\u00a0', '\u00a0»)'],
    alsoCalled: ['(aussi appelée «\u00a0', '\u00a0»)'],
    without: ['(sans\u00a0«\u00a0', '\u00a0»)'],
    suggestionsWithout: (count: number, word: string) =>
      `Aucune compétence n’a tous les mots tapés. ${count} compétence${count > 1 ? 's trouvées' : ' trouvée'} sans «\u00a0${word}\u00a0».`,
    acrossLoading: (labels: boolean, names: boolean) =>
      labels && !names ? 'Recherche parmi les noms anglais des compétences…' : 'Recherche parmi les autres noms anglais des compétences…',
    // Said on a French page only while the other English names load: its English labels were searched already.
    noSkillHere: (query: string) => `Aucune compétence ne correspond à «\u00a0${query}\u00a0» par son nom français ou anglais.`,
    noSkillEither: (query: string) =>
      `Aucune compétence ne correspond à «\u00a0${query}\u00a0», ni en français ni en anglais. Essayez un mot plus court ou plus général.`,
    acrossFailed: (labels: boolean, names: boolean) =>
      names && !labels
        ? 'Les autres noms anglais des compétences (comme «\u00a0CPR\u00a0») n’ont pas pu être chargés\u00a0: ils n’ont pas été cherchés.'
        : 'Les noms anglais des compétences n’ont pas pu être chargés\u00a0: seuls les noms français ont été cherchés.',
    chosen: 'Compétences choisies',
    remove: (label: string) => `Retirer ${label}`,
    added: (label: string, count: number) => `Compétence ajoutée${'\u00a0'}: ${label}. ${count} compétence${count > 1 ? 's choisies' : ' choisie'}.`,
    removed: (label: string, count: number) => `Compétence retirée${'\u00a0'}: ${label}. ${count} compétence${count > 1 ? 's choisies' : ' choisie'}.`,
    prompt: 'Choisissez une ou plusieurs compétences pour voir les programmes de tous les établissements.',
    results: (count: number, more = false) =>
      count === 0
        ? 'Aucun programme n’enseigne ces compétences'
        : `${programCount(count, more)} ${count > 1 ? 'enseignent' : 'enseigne'} au moins une de ces compétences`,
    none: 'Aucun programme de ce catalogue n’enseigne encore les compétences choisies. Retirez une compétence pour élargir la recherche.',
    select: (title: string) => `Sélectionner ${title}`,
    selected: (count: number) => (count === 0 ? 'Aucun programme sélectionné' : `${count} programme${count > 1 ? 's sélectionnés' : ' sélectionné'}`),
    clearSelection: 'Effacer la sélection',
    inquire: (count: number) =>
      count === 0 ? 'Envoyer une seule demande pour les programmes choisis' : `Envoyer une seule demande pour ${count} programme${count > 1 ? 's' : ''}`,
    selectFirst: 'Sélectionnez les programmes qui vous intéressent.',
    review: 'Vérifiez votre demande',
    byInstitution: 'Les programmes choisis, par établissement\u00a0:',
    whatTheySee:
      'La demande contient le nom de votre organisation, votre nom, votre courriel et votre téléphone (si vous le donnez), le nombre d’employés à former, votre message et les programmes choisis. Rien d’autre de cette page n’est envoyé.',
    formMissing: 'Le formulaire de demande n’est pas offert sur cette page. Communiquez avec les établissements ci-dessus par leurs pages de programme.',
    back: 'Retour aux programmes',
    showMore: (count: number) => `Afficher ${count} de plus`,
  },
  portal: {
    label: 'Explorateur de carrières et de programmes',
    heading: 'Trouvez un programme pour votre prochaine étape',
    intro:
      'Indiquez votre emploi actuel et, si vous le voulez, l’emploi visé. Nous associons chacun à une profession, présentons le marché du travail et suggérons de courts programmes.',
    targetHint: 'Facultatif. Laissez ce champ vide pour voir les programmes liés à votre emploi actuel.',
    switchTo: 'English',
    switchToLang: 'en',
    switchLabel: 'Show in English',
    switched: 'Affiché en français',
    resultsFor: (title: string): string => `Programmes pour la profession «\u00a0${title}\u00a0»`,
    resultsGap: (from: string, to: string): string => `De la profession «\u00a0${from}\u00a0» à la profession «\u00a0${to}\u00a0»`,
    inquiryHeading: 'Se renseigner sur ce programme',
    close: 'Fermer',
    loadingIndex: 'Chargement des professions et des programmes…',
    inquiryUnavailable: 'Les demandes ne peuvent pas être envoyées depuis cette page. Utilisez le lien du programme pour joindre l’établissement.',
    copyLink: 'Copier le lien',
    printedOn: (date: string) => `Imprimé le ${date}.`,
    printedLink: 'Pour rouvrir cette page\u00a0:',
    linkCopied: 'Lien copié. Il ouvre ces résultats avec les mêmes choix et filtres\u202f; il ne contient aucun renseignement sur vous.',
    linkNotCopied: 'Impossible de copier le lien. Copiez l’adresse dans la barre d’adresse du navigateur : elle ouvre ces résultats.',
  },
  related: {
    heading: 'Où pourriez-vous aller ensuite\u202f?',
    intro: 'Professions qui partagent des compétences avec celle-ci.',
    choose: 'Choisissez-en une pour voir les programmes qui y mènent.',
    none: 'Aucune profession étroitement liée dans ces données.',
    setTarget: (title: string): string => `Choisir ${title} comme emploi visé`,
  },
};
