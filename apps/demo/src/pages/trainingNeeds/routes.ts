import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

const results = lazy(() =>
  import('./ResultsPage.js').then((module) => ({ default: module.ResultsPage })),
);

/** The trainingNeeds pages: the campaign overview (the section root), results, a unit, the questionnaire, a person. */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/training-needs',
    section: 'trainingNeeds',
    title: {
      en: 'Training needs assessment',
      fr: 'Évaluation des besoins de formation',
      ar: 'تقييم الاحتياجات التدريبية',
    },
    page: lazy(() =>
      import('./OverviewPage.js').then((module) => ({ default: module.OverviewPage })),
    ),
  },
  {
    path: '/training-needs/results',
    section: 'trainingNeeds',
    title: {
      en: 'Training needs: results',
      fr: 'Besoins de formation : résultats',
      ar: 'الاحتياجات التدريبية: النتائج',
    },
    page: results,
  },
  {
    path: '/training-needs/units/:unitId',
    section: 'trainingNeeds',
    title: {
      en: 'Training needs in one unit',
      fr: 'Besoins de formation d’une unité',
      ar: 'الاحتياجات التدريبية في وحدة واحدة',
    },
    page: lazy(() => import('./UnitPage.js').then((module) => ({ default: module.UnitPage }))),
  },

  {
    path: '/training-needs/questionnaire',
    section: 'trainingNeeds',
    title: {
      en: 'Answer the training-needs questionnaire',
      fr: 'Répondre au questionnaire des besoins de formation',
      ar: 'الإجابة عن استبيان الاحتياجات التدريبية',
    },
    page: lazy(() =>
      import('./QuestionnairePage.js').then((module) => ({ default: module.QuestionnairePage })),
    ),
  },

  {
    path: '/training-needs/people/:personId',
    section: 'trainingNeeds',
    title: {
      en: 'Competency profile',
      fr: 'Profil de compétences',
      ar: 'ملف الكفاءات',
    },
    page: lazy(() => import('./PersonPage.js').then((module) => ({ default: module.PersonPage }))),
  },
];
