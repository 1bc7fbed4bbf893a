import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

/** The response page: a plan within a budget, explained, adjusted and saved. */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/response',
    section: 'response',
    title: { en: 'Plan the response', fr: 'Planifier la réponse', ar: 'تخطيط الاستجابة' },
    page: lazy(() =>
      import('./ResponsePage.js').then((module) => ({ default: module.ResponsePage })),
    ),
  },
];
