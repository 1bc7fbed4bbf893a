import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

/** The setup pages: the programme's set-up (the section root), a framework, the import, the organisation. */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/setup',
    section: 'setup',
    title: { en: 'Set up the programme', fr: 'Paramétrer le programme', ar: 'إعداد البرنامج' },
    page: lazy(() => import('./SetupPage.js').then((module) => ({ default: module.SetupPage }))),
  },
  {
    path: '/setup/framework',
    section: 'setup',
    title: {
      en: 'Browse a competency framework',
      fr: 'Parcourir un référentiel de compétences',
      ar: 'تصفّح إطار كفاءات',
    },
    page: lazy(() =>
      import('./FrameworkPage.js').then((module) => ({ default: module.FrameworkPage })),
    ),
  },
  {
    path: '/setup/import',
    section: 'setup',
    title: {
      en: 'Import a competency framework',
      fr: 'Importer un référentiel de compétences',
      ar: 'استيراد إطار كفاءات',
    },
    page: lazy(() => import('./ImportPage.js').then((module) => ({ default: module.ImportPage }))),
  },
  {
    path: '/setup/organisation',
    section: 'setup',
    title: {
      en: 'Units, roles and people',
      fr: 'Unités, rôles et agents',
      ar: 'الوحدات والأدوار والموظفون',
    },
    page: lazy(() =>
      import('./OrganisationPage.js').then((module) => ({ default: module.OrganisationPage })),
    ),
  },
];
