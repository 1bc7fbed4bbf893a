import type { LocalizedText } from '../localizedText.js';

/** A kind of department of the fictional ministry: its name, its teams and who works there. */
export interface SampleDepartment {
  /** Short code used in unit codes, e.g. `DS` in `MDS-DS.2`. */
  readonly code: string;
  /** Name of the department unit. */
  readonly name: LocalizedText;
  /** What its teams work on; team names cycle through these. */
  readonly teamTopics: readonly LocalizedText[];
  /** Role of a team lead (the head of the department is a digital leader). */
  readonly leadRoleId: string;
  /** Roles of the other team members, with relative weights. */
  readonly memberRoles: readonly (readonly [roleId: string, weight: number])[];
}

/**
 * The departments of the fictional Ministry of Digital Services, in the order they are opened as
 * the ministry grows: a small ministry has the first two, a large one all eight.
 */
export const sampleDepartments: readonly SampleDepartment[] = [
  {
    code: 'DS',
    name: { en: 'Digital Services', fr: 'Services numériques' },
    teamTopics: [
      { en: 'Identity', fr: 'Identité' },
      { en: 'Payments', fr: 'Paiements' },
      { en: 'Registries', fr: 'Registres' },
      { en: 'Messaging', fr: 'Messagerie' },
      { en: 'Citizen portal', fr: 'Portail citoyen' },
      { en: 'Platform', fr: 'Plateforme' },
    ],
    leadRoleId: 'dg-role-service-owner',
    memberRoles: [
      ['dg-role-developer', 50],
      ['dg-role-product-manager', 15],
      ['dg-role-user-researcher', 15],
      ['dg-role-data-analyst', 10],
      ['dg-role-service-owner', 10],
    ],
  },
  {
    code: 'DA',
    name: { en: 'Data and Statistics', fr: 'Données et statistiques' },
    teamTopics: [
      { en: 'Statistics', fr: 'Statistiques' },
      { en: 'Data engineering', fr: 'Ingénierie des données' },
      { en: 'Analytics', fr: 'Analyse' },
      { en: 'Geospatial', fr: 'Géomatique' },
      { en: 'Open data', fr: 'Données ouvertes' },
    ],
    leadRoleId: 'dg-role-product-manager',
    memberRoles: [
      ['dg-role-data-analyst', 65],
      ['dg-role-developer', 20],
      ['dg-role-product-manager', 10],
      ['dg-role-policy-adviser', 5],
    ],
  },
  {
    code: 'CX',
    name: { en: 'Citizen Experience', fr: 'Expérience des usagers' },
    teamTopics: [
      { en: 'Research', fr: 'Recherche' },
      { en: 'Service design', fr: 'Design de services' },
      { en: 'Content', fr: 'Contenus' },
      { en: 'Accessibility', fr: 'Accessibilité' },
      { en: 'Contact centre', fr: 'Centre de contact' },
    ],
    leadRoleId: 'dg-role-service-owner',
    memberRoles: [
      ['dg-role-user-researcher', 35],
      ['dg-role-product-manager', 25],
      ['dg-role-developer', 25],
      ['dg-role-data-analyst', 15],
    ],
  },
  {
    code: 'PS',
    name: { en: 'Policy and Strategy', fr: 'Politiques et stratégie' },
    teamTopics: [
      { en: 'Digital strategy', fr: 'Stratégie numérique' },
      { en: 'Regulation', fr: 'Réglementation' },
      { en: 'International cooperation', fr: 'Coopération internationale' },
      { en: 'Open government', fr: 'Gouvernement ouvert' },
    ],
    leadRoleId: 'dg-role-policy-adviser',
    memberRoles: [
      ['dg-role-policy-adviser', 60],
      ['dg-role-data-analyst', 20],
      ['dg-role-user-researcher', 10],
      ['dg-role-product-manager', 10],
    ],
  },
  {
    code: 'IS',
    name: { en: 'Infrastructure and Security', fr: 'Infrastructure et sécurité' },
    teamTopics: [
      { en: 'Cloud', fr: 'Cloud' },
      { en: 'Networks', fr: 'Réseaux' },
      { en: 'Security operations', fr: 'Opérations de sécurité' },
      { en: 'Web operations', fr: 'Exploitation web' },
      { en: 'Devices and IoT', fr: 'Terminaux et IoT' },
    ],
    leadRoleId: 'dg-role-developer',
    memberRoles: [
      ['dg-role-developer', 80],
      ['dg-role-service-owner', 15],
      ['dg-role-data-analyst', 5],
    ],
  },
  {
    code: 'CS',
    name: { en: 'Corporate Services', fr: 'Services généraux' },
    teamTopics: [
      { en: 'Procurement', fr: 'Achats' },
      { en: 'Finance', fr: 'Finances' },
      { en: 'People', fr: 'Ressources humaines' },
      { en: 'Knowledge and learning', fr: 'Connaissances et formation' },
    ],
    leadRoleId: 'dg-role-policy-adviser',
    memberRoles: [
      ['dg-role-policy-adviser', 40],
      ['dg-role-data-analyst', 30],
      ['dg-role-product-manager', 20],
      ['dg-role-service-owner', 10],
    ],
  },
  {
    code: 'RS',
    name: { en: 'Regional Services', fr: 'Services régionaux' },
    teamTopics: [
      { en: 'North', fr: 'Nord' },
      { en: 'South', fr: 'Sud' },
      { en: 'East', fr: 'Est' },
      { en: 'West', fr: 'Ouest' },
      { en: 'Central', fr: 'Centre' },
    ],
    leadRoleId: 'dg-role-service-owner',
    memberRoles: [
      ['dg-role-service-owner', 20],
      ['dg-role-user-researcher', 20],
      ['dg-role-data-analyst', 20],
      ['dg-role-developer', 20],
      ['dg-role-product-manager', 20],
    ],
  },
  {
    code: 'IL',
    name: { en: 'Innovation Lab', fr: 'Laboratoire d’innovation' },
    teamTopics: [
      { en: 'Data science', fr: 'Science des données' },
      { en: 'Emerging technology', fr: 'Technologies émergentes' },
      { en: 'Prototyping', fr: 'Prototypage' },
    ],
    leadRoleId: 'dg-role-product-manager',
    memberRoles: [
      ['dg-role-developer', 40],
      ['dg-role-data-analyst', 30],
      ['dg-role-user-researcher', 20],
      ['dg-role-product-manager', 10],
    ],
  },
];
