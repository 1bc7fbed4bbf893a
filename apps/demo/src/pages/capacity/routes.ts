import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

/** The capacity pages: needs and assets (the section root), and the departments' digital maturity. */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/capacity',
    section: 'capacity',
    title: {
      en: 'Capacity needs and assets',
      fr: 'Besoins et atouts en capacités',
      ar: 'احتياجات القدرات والأصول',
    },
    page: lazy(() =>
      import('./CapacityPage.js').then((module) => ({ default: module.CapacityPage })),
    ),
  },
  {
    path: '/capacity/maturity',
    section: 'capacity',
    title: {
      en: 'Digital maturity of the departments',
      fr: 'Maturité numérique des directions',
      ar: 'النضج الرقمي للإدارات',
    },
    page: lazy(() =>
      import('./MaturityPage.js').then((module) => ({ default: module.MaturityPage })),
    ),
  },
];
