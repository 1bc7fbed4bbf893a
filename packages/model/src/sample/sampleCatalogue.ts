import type { InterventionOffering } from '../interventionOffering.js';
import { sampleAssetIds } from './sampleAssets.js';

// The currency is written out rather than imported from samplePlan.ts, which imports this module.
const currency = 'EUR';

const availableIn2026 = { availableFrom: '2026-01-15', availableUntil: '2026-12-18' } as const;

/**
 * What the fictional ministry can run or buy in 2026: seventeen offerings of all eight kinds, on
 * the competencies of the reference framework, costed in euros per run (fixed) and per
 * participant, with the seats of one run and the days each participant gives. Some build on
 * others (`prerequisiteIds`); most are run by the ministry's own assets (`providerAssetId`).
 * The round-1 plan runs nine of them.
 */
export const sampleCatalogue: readonly InterventionOffering[] = [
  {
    id: 'off-dpi-foundations-elearning',
    kind: 'eLearning',
    title: {
      en: 'Digital public infrastructure foundations',
      fr: 'Les bases de l’infrastructure publique numérique',
    },
    targets: [
      { competencyId: 'dg-identity', expectedLevelGain: 0.5 },
      { competencyId: 'dg-payments', expectedLevelGain: 0.5 },
      { competencyId: 'dg-digital-registries', expectedLevelGain: 0.5 },
    ],
    cost: { currency, fixed: 2_000, perParticipant: 35 },
    seats: 1_000,
    durationDays: 1,
    providerAssetId: sampleAssetIds.course,
  },
  {
    id: 'off-identity-course',
    kind: 'course',
    title: { en: 'Integrating digital identity', fr: 'Intégrer l’identité numérique' },
    targets: [{ competencyId: 'dg-identity', expectedLevelGain: 1 }],
    cost: { currency, fixed: 6_000, perParticipant: 600 },
    seats: 25,
    durationDays: 3,
    ...availableIn2026,
    providerAssetId: sampleAssetIds.academy,
  },
  {
    id: 'off-payments-course',
    kind: 'course',
    title: { en: 'Government payments in practice', fr: 'Les paiements publics en pratique' },
    targets: [{ competencyId: 'dg-payments', expectedLevelGain: 1 }],
    cost: { currency, fixed: 5_000, perParticipant: 650 },
    seats: 20,
    durationDays: 3,
    prerequisiteIds: ['off-dpi-foundations-elearning'],
    ...availableIn2026,
    providerAssetId: sampleAssetIds.academy,
  },
  {
    id: 'off-data-protection-elearning',
    kind: 'eLearning',
    title: { en: 'Data protection essentials', fr: 'L’essentiel de la protection des données' },
    targets: [{ competencyId: 'dg-data-protection', expectedLevelGain: 1 }],
    cost: { currency, fixed: 3_000, perParticipant: 35 },
    seats: 5_000,
    durationDays: 0.5,
    providerAssetId: sampleAssetIds.academy,
  },
  {
    id: 'off-data-analysis-course',
    kind: 'course',
    title: { en: 'Analysing data for decisions', fr: 'Analyser les données pour décider' },
    targets: [
      { competencyId: 'dg-data-analysis', expectedLevelGain: 1 },
      { competencyId: 'dg-data-management', expectedLevelGain: 0.5 },
    ],
    cost: { currency, fixed: 4_500, perParticipant: 550 },
    seats: 20,
    durationDays: 4,
    ...availableIn2026,
    providerAssetId: sampleAssetIds.academy,
  },
  {
    id: 'off-product-mentoring',
    kind: 'mentoring',
    title: {
      en: 'Product management mentoring circles',
      fr: 'Cercles de mentorat en gestion de produit',
    },
    targets: [
      { competencyId: 'dg-product-management', expectedLevelGain: 1 },
      { competencyId: 'dg-agile-delivery', expectedLevelGain: 0.5 },
    ],
    cost: { currency, fixed: 1_500, perParticipant: 550 },
    seats: 12,
    durationDays: 6,
    providerAssetId: sampleAssetIds.trainedPeople,
  },
  {
    id: 'off-leadership-coaching',
    kind: 'coaching',
    title: { en: 'Digital leadership coaching', fr: 'Coaching en leadership numérique' },
    targets: [{ competencyId: 'dg-digital-leadership', expectedLevelGain: 0.5 }],
    cost: { currency, fixed: 0, perParticipant: 2_500 },
    seats: 8,
    durationDays: 5,
  },
  {
    id: 'off-leading-change-workshop',
    kind: 'workshop',
    title: {
      en: 'Leading change in government',
      fr: 'Conduire le changement dans l’administration',
    },
    targets: [{ competencyId: 'dg-leading-change', expectedLevelGain: 1 }],
    cost: { currency, fixed: 3_000, perParticipant: 200 },
    seats: 24,
    durationDays: 2,
    prerequisiteIds: ['off-leadership-coaching'],
    ...availableIn2026,
  },
  {
    id: 'off-building-blocks-community',
    kind: 'communityOfPractice',
    title: {
      en: 'Building blocks community membership',
      fr: 'Participation à la communauté des briques',
    },
    targets: [
      { competencyId: 'dg-identity', expectedLevelGain: 0.5 },
      { competencyId: 'dg-digital-registries', expectedLevelGain: 0.5 },
    ],
    cost: { currency, fixed: 2_000, perParticipant: 45 },
    seats: 300,
    durationDays: 10,
    providerAssetId: sampleAssetIds.community,
  },
  {
    id: 'off-centex-secondment',
    kind: 'secondment',
    title: {
      en: 'Secondment to the centre of excellence',
      fr: 'Détachement au centre d’excellence',
    },
    targets: [{ competencyId: 'dg-cybersecurity', expectedLevelGain: 1 }],
    cost: { currency, fixed: 0, perParticipant: 4_000 },
    seats: 30,
    durationDays: 60,
    prerequisiteIds: ['off-identity-course'],
    providerAssetId: sampleAssetIds.centre,
  },
  {
    id: 'off-data-science-secondment',
    kind: 'secondment',
    title: {
      en: 'Data science secondment to the centre of excellence',
      fr: 'Détachement en science des données au centre d’excellence',
    },
    targets: [{ competencyId: 'dg-data-science-ai', expectedLevelGain: 1 }],
    cost: { currency, fixed: 0, perParticipant: 4_500 },
    seats: 6,
    durationDays: 40,
    prerequisiteIds: ['off-data-analysis-course'],
    providerAssetId: sampleAssetIds.centre,
  },
  {
    id: 'off-user-research-workshop',
    kind: 'workshop',
    title: { en: 'User research workshops', fr: 'Ateliers de recherche utilisateur' },
    targets: [{ competencyId: 'dg-user-research', expectedLevelGain: 0.5 }],
    cost: { currency, fixed: 1_200, perParticipant: 110 },
    seats: 30,
    durationDays: 2,
    prerequisiteIds: ['off-data-protection-elearning'],
    ...availableIn2026,
    providerAssetId: sampleAssetIds.toolkit,
  },
  {
    id: 'off-service-design-coaching',
    kind: 'coaching',
    title: { en: 'Service design coaching', fr: 'Coaching en conception de services' },
    targets: [{ competencyId: 'dg-service-design', expectedLevelGain: 1 }],
    cost: { currency, fixed: 0, perParticipant: 1_800 },
    seats: 10,
    durationDays: 4,
    prerequisiteIds: ['off-user-research-workshop'],
  },
  {
    id: 'off-accessibility-workshop',
    kind: 'workshop',
    title: {
      en: 'Accessible services by design',
      fr: 'Des services accessibles dès la conception',
    },
    targets: [
      { competencyId: 'dg-accessibility', expectedLevelGain: 1 },
      { competencyId: 'dg-content-design', expectedLevelGain: 0.5 },
    ],
    cost: { currency, fixed: 1_800, perParticipant: 120 },
    seats: 30,
    durationDays: 2,
    ...availableIn2026,
    providerAssetId: sampleAssetIds.toolkit,
  },
  {
    id: 'off-agile-on-the-job',
    kind: 'onTheJob',
    title: { en: 'Agile delivery on the job', fr: 'Livraison agile en situation de travail' },
    targets: [{ competencyId: 'dg-agile-delivery', expectedLevelGain: 1 }],
    cost: { currency, fixed: 0, perParticipant: 100 },
    seats: 500,
    durationDays: 20,
  },
  {
    id: 'off-cloud-operations-on-the-job',
    kind: 'onTheJob',
    title: { en: 'Running services in the cloud', fr: 'Exploiter des services dans le nuage' },
    targets: [
      { competencyId: 'dg-web-operations', expectedLevelGain: 1 },
      { competencyId: 'dg-ict-infrastructure', expectedLevelGain: 0.5 },
    ],
    cost: { currency, fixed: 0, perParticipant: 150 },
    seats: 15,
    durationDays: 15,
  },
  {
    id: 'off-procurement-course',
    kind: 'course',
    title: { en: 'Buying digital services', fr: 'Acheter des services numériques' },
    targets: [{ competencyId: 'dg-digital-procurement', expectedLevelGain: 1 }],
    cost: { currency, fixed: 3_500, perParticipant: 520 },
    seats: 20,
    durationDays: 2,
    prerequisiteIds: ['off-data-protection-elearning'],
    ...availableIn2026,
    providerAssetId: sampleAssetIds.academy,
  },
];
