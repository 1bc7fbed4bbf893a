import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

/** The landing page. */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/',
    section: 'start',
    title: {
      en: 'Build your civil service’s digital skills',
      fr: 'Développer les compétences numériques de votre fonction publique',
      ar: 'نمِّ المهارات الرقمية لموظفي الخدمة المدنية',
    },
    page: lazy(() => import('./StartPage.js').then((module) => ({ default: module.StartPage }))),
  },
];
