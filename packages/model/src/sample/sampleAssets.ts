import type { CapacityAsset } from '../capacityAsset.js';
import type { SampleContext } from './sampleContext.js';
import { sampleBuildingBlocksCommunityId } from './sampleCommunities.js';
import { pickPeople } from './samplePeoplePicker.js';
import type { SeededRandom } from './seededRandom.js';

/** Ids of the sample assets that interventions build on. */
export const sampleAssetIds = {
  trainedPeople: 'asset-bb-integrators',
  academy: 'asset-digital-academy',
  community: 'asset-cop-building-blocks',
  centre: 'asset-centex',
  course: 'asset-course-dpi',
  toolkit: 'asset-toolkit-user-research',
} as const;

/**
 * What the ministry can build on (round 1), one asset of every kind: trained building-block
 * integrators, a digital academy, the building-blocks community, a centre of excellence with six
 * capability centres, and two learning materials.
 */
export function sampleAssets(context: SampleContext, random: SeededRandom): CapacityAsset[] {
  const people = context.organisation.people;
  return [
    {
      id: sampleAssetIds.trainedPeople,
      round: 1,
      kind: 'trainedPeople',
      name: {
        en: 'Certified building-block integrators',
        fr: 'Intégrateurs certifiés des briques',
      },
      competencyIds: ['dg-identity', 'dg-information-mediation', 'dg-digital-registries'],
      personIds: pickPeople(context, random, Math.min(25, Math.max(1, Math.round(people / 100)))),
    },
    {
      id: sampleAssetIds.academy,
      round: 1,
      kind: 'trainingInstitution',
      name: {
        en: 'Public Service Digital Academy',
        fr: 'Académie numérique de la fonction publique',
      },
      competencyIds: [
        'dg-user-research',
        'dg-agile-delivery',
        'dg-product-management',
        'dg-data-analysis',
        'dg-data-protection',
        'dg-digital-procurement',
        'dg-digital-leadership',
      ],
      seatsPerYear: Math.min(50_000, Math.max(40, Math.round(people * 0.3))),
    },
    {
      id: sampleAssetIds.community,
      round: 1,
      kind: 'communityOfPractice',
      name: {
        en: 'Building blocks community of practice',
        fr: 'Communauté des briques numériques',
      },
      competencyIds: ['dg-identity', 'dg-payments', 'dg-information-mediation'],
      communityId: sampleBuildingBlocksCommunityId,
    },
    {
      id: sampleAssetIds.centre,
      round: 1,
      kind: 'centreOfExcellence',
      name: {
        en: 'Centre of Excellence for ICT and Smart Systems',
        fr: 'Centre d’excellence TIC et systèmes intelligents',
      },
      competencyIds: [],
      capabilityCentres: [
        {
          id: 'centex-data-science-ai',
          name: { en: 'Data Science and AI', fr: 'Science des données et IA' },
          competencyIds: ['dg-data-science-ai', 'dg-data-analysis'],
        },
        {
          id: 'centex-ict-infrastructure',
          name: { en: 'ICT Infrastructure', fr: 'Infrastructure TIC' },
          competencyIds: ['dg-ict-infrastructure', 'dg-web-operations'],
        },
        {
          id: 'centex-application-development',
          name: { en: 'Application Development', fr: 'Développement d’applications' },
          competencyIds: ['dg-application-development', 'dg-technical-architecture'],
        },
        {
          id: 'centex-sensors-iot',
          name: { en: 'Sensors and IoT', fr: 'Capteurs et IoT' },
          competencyIds: ['dg-sensors-iot'],
        },
        {
          id: 'centex-cybersecurity',
          name: { en: 'Cybersecurity', fr: 'Cybersécurité' },
          competencyIds: ['dg-cybersecurity'],
        },
        {
          id: 'centex-geospatial',
          name: { en: 'Geospatial', fr: 'Géospatial' },
          competencyIds: ['dg-geospatial'],
        },
      ],
    },
    {
      id: sampleAssetIds.course,
      round: 1,
      kind: 'learningMaterial',
      name: {
        en: 'Introduction to digital public infrastructure',
        fr: 'Introduction à l’infrastructure publique numérique',
      },
      competencyIds: ['dg-identity', 'dg-payments', 'dg-digital-registries', 'dg-consent'],
      format: 'course',
      languages: ['en', 'fr'],
      url: 'https://learning.mds.example/courses/dpi-101',
    },
    {
      id: sampleAssetIds.toolkit,
      round: 1,
      kind: 'learningMaterial',
      name: { en: 'User research toolkit' },
      competencyIds: ['dg-user-research', 'dg-accessibility'],
      format: 'toolkit',
      languages: ['en'],
      url: 'https://learning.mds.example/toolkits/user-research',
    },
  ];
}
