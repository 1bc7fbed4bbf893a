import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

/** The evaluation pages: did it work (the section root), round against round, the next round. */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/evaluation',
    section: 'evaluation',
    title: {
      en: 'Evaluation: did the training work?',
      fr: 'Évaluation : la formation a-t-elle porté ses fruits ?',
      ar: 'التقييم: هل نجح التدريب؟',
    },
    page: lazy(() =>
      import('./EvaluationPage.js').then((module) => ({ default: module.EvaluationPage })),
    ),
  },
  {
    path: '/evaluation/change',
    section: 'evaluation',
    title: {
      en: 'Evaluation: round 1 against round 2',
      fr: 'Évaluation : premier et deuxième cycles',
      ar: 'التقييم: الجولة الأولى مقابل الثانية',
    },
    page: lazy(() => import('./ChangePage.js').then((module) => ({ default: module.ChangePage }))),
  },
  {
    path: '/evaluation/next-round',
    section: 'evaluation',
    title: {
      en: 'Evaluation: start the next round',
      fr: 'Évaluation : lancer le cycle suivant',
      ar: 'التقييم: بدء الجولة التالية',
    },
    page: lazy(() =>
      import('./NextRoundPage.js').then((module) => ({ default: module.NextRoundPage })),
    ),
  },
];
