/**
 * What the index tells a person about where its figures come from: name, vintage,
 * licence, attribution and the official download page of each source.
 */
import type { SourceInfo } from '../core/index-format/index.js';

const OGL = 'Open Government Licence – Canada';
const OGL_ATTRIBUTION = {
  en: 'Contains information licensed under the Open Government Licence – Canada.',
  fr: 'Contient des renseignements autorisés en vertu de la Licence du gouvernement ouvert – Canada.',
};

export const SOURCE_INFO: Record<string, SourceInfo> = {
  noc: {
    id: 'noc',
    name: { en: 'National Occupational Classification (NOC) 2021', fr: 'Classification nationale des professions (CNP) 2021' },
    vintage: '2021 V1.0',
    licence: OGL,
    attribution: {
      en: `Statistics Canada, NOC 2021 Version 1.0. ${OGL_ATTRIBUTION.en}`,
      fr: `Statistique Canada, CNP 2021 version 1.0. ${OGL_ATTRIBUTION.fr}`,
    },
    url: 'https://open.canada.ca/data/en/dataset/1feee3b5-8068-4dbb-b361-180875837593',
  },
  oasis: {
    id: 'oasis',
    name: { en: 'OaSIS – Occupational and Skills Information System', fr: 'SICP – Système d’information sur les compétences et les professions' },
    vintage: '2023 v1.0',
    licence: OGL,
    attribution: {
      en: `Employment and Social Development Canada, OaSIS 2023. French skill labels translated by the microcred-widgets project. ${OGL_ATTRIBUTION.en}`,
      fr: `Emploi et Développement social Canada, SICP 2023. Libellés français des compétences traduits par le projet microcred-widgets. ${OGL_ATTRIBUTION.fr}`,
    },
    url: 'https://open.canada.ca/data/en/dataset/4f344cd6-0912-411a-ae16-41ea160cc8b5',
  },
  cops: {
    id: 'cops',
    name: { en: 'Canadian Occupational Projection System (COPS)', fr: 'Système de projection des professions au Canada (SPPC)' },
    vintage: '2024–2033',
    licence: OGL,
    attribution: {
      en: `Employment and Social Development Canada, COPS 2024–2033 projections. ${OGL_ATTRIBUTION.en}`,
      fr: `Emploi et Développement social Canada, projections du SPPC 2024–2033. ${OGL_ATTRIBUTION.fr}`,
    },
    url: 'https://open.canada.ca/data/en/dataset/e80851b8-de68-43bd-a85c-c72e1b3a3890',
  },
  wages: {
    id: 'wages',
    name: { en: 'Job Bank wages', fr: 'Salaires du Guichet-Emplois' },
    vintage: '2024',
    licence: OGL,
    attribution: {
      en: `Employment and Social Development Canada, Job Bank wages. ${OGL_ATTRIBUTION.en}`,
      fr: `Emploi et Développement social Canada, salaires du Guichet-Emplois. ${OGL_ATTRIBUTION.fr}`,
    },
    url: 'https://open.canada.ca/data/en/dataset/adad580f-76b0-4502-bd05-20c125de9116',
  },
  'wages-derived': {
    id: 'wages-derived',
    // Shown under the wages ("Source: …, 2024."): plain words, and that the copy is partial, which is why wages can be missing.
    name: { en: 'Job Bank wages, from a partial copy', fr: 'Salaires du Guichet-Emplois, d’après une copie partielle' },
    vintage: '2024',
    licence: `${OGL} (underlying data); extract by WageCAN (MIT)`,
    attribution: {
      en: `Employment and Social Development Canada, Job Bank wages 2024, as extracted by the WageCAN project; national medians as published on Job Bank occupation pages. ${OGL_ATTRIBUTION.en}`,
      fr: `Emploi et Développement social Canada, salaires 2024 du Guichet-Emplois, extraits par le projet WageCAN\u202f; médianes nationales publiées sur les pages des professions du Guichet-Emplois. ${OGL_ATTRIBUTION.fr}`,
    },
    url: 'https://open.canada.ca/data/en/dataset/adad580f-76b0-4502-bd05-20c125de9116',
  },
  crosswalk: {
    id: 'crosswalk',
    name: { en: 'NOC 2021 – O*NET – ESCO crosswalks', fr: 'Tables de concordance CNP 2021 – O*NET – ESCO' },
    vintage: 'bcgov 3.0.0; Brookfield 2022; Nesta 2020',
    licence: 'Apache-2.0 (Province of British Columbia); MIT (Brookfield Institute); MIT (Nesta)',
    attribution: {
      en: 'O*NET to NOC 2021 mapping by the Province of British Columbia (Apache-2.0) and the Brookfield Institute (MIT); O*NET to ESCO crosswalk by Nesta, Mapping Career Causeways (MIT).',
      fr: 'Concordance O*NET – CNP 2021 de la Province de la Colombie-Britannique (Apache-2.0) et du Brookfield Institute (MIT)\u202f; concordance O*NET – ESCO de Nesta, Mapping Career Causeways (MIT).',
    },
    url: 'https://github.com/bcgov/onet-noc2021-crosswalk',
  },
  esco: {
    id: 'esco',
    name: {
      en: 'ESCO – European Skills, Competences, Qualifications and Occupations',
      fr: 'ESCO – Aptitudes, compétences, certifications et professions européennes',
    },
    vintage: 'v1.1.1',
    licence: 'European Commission reuse policy (Decision 2011/833/EU), CC BY 4.0 compatible',
    attribution: {
      en: 'This service uses the ESCO classification of the European Commission.',
      fr: 'Ce service utilise la classification ESCO de la Commission européenne.',
    },
    url: 'https://esco.ec.europa.eu/en/use-esco/download',
  },
  programs: {
    id: 'programs',
    name: { en: 'Program catalogue', fr: 'Catalogue de programmes' },
    vintage: '',
    licence: 'As provided by the catalogue publisher',
    attribution: { en: '', fr: '' },
    url: '',
  },
  'programs-coursera': {
    id: 'programs',
    name: { en: 'Coursera courses (third-party scrape, evaluation only)', fr: 'Cours Coursera (extraction par un tiers, évaluation seulement)' },
    vintage: 'scraped 2024 or earlier',
    licence: 'Unknown: not stated by the publisher of the scrape; do not redistribute',
    attribution: {
      en: 'Course information scraped from coursera.org by a third party.',
      fr: 'Renseignements sur les cours extraits de coursera.org par un tiers.',
    },
    url: 'https://www.coursera.org/',
  },
  sample: {
    id: 'sample',
    name: { en: 'Sample data (hand-written, not official figures)', fr: 'Données d’exemple (rédigées à la main, chiffres non officiels)' },
    vintage: 'sample',
    licence: 'MIT (microcred-widgets repository)',
    attribution: {
      en: 'Sample data for demonstration only. Titles and codes follow NOC 2021; ratings, outlooks, wages and programs are invented.',
      fr: 'Données d’exemple pour démonstration seulement. Les titres et codes suivent la CNP 2021\u202f; les cotes, perspectives, salaires et programmes sont inventés.',
    },
    url: '',
  },
};

/** The source entries of a sample build: every name says it is sample data. */
export function sampleSource(info: SourceInfo): SourceInfo {
  return {
    ...info,
    name: { en: `Sample data – ${info.name.en}`, fr: `Données d’exemple – ${info.name.fr}` },
    // The name says "sample data" in each language; the vintage stays as published.
    vintage: info.vintage,
  };
}
