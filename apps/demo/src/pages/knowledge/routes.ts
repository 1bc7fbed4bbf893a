import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

/** The knowledge pages: the knowledge cycle and the communities (the section root). */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/knowledge',
    section: 'knowledge',
    title: {
      en: 'Knowledge and communities',
      fr: 'Connaissances et communautés',
      ar: 'المعرفة والمجتمعات',
    },
    page: lazy(() =>
      import('./KnowledgePage.js').then((module) => ({ default: module.KnowledgePage })),
    ),
  },
];
