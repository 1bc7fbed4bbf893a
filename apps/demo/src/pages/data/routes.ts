import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

/** The data pages. */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/data',
    section: 'data',
    title: {
      en: 'Data in and out',
      fr: 'Import et export des données',
      ar: 'إدخال البيانات وإخراجها',
    },
    page: lazy(() => import('./DataPage.js').then((module) => ({ default: module.DataPage }))),
  },
];
