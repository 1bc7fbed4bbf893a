import { lazy } from 'react';
import type { RouteDefinition } from '../../app/pageTypes.js';

const form = lazy(() =>
  import('./StakeholderFormPage.js').then((module) => ({ default: module.StakeholderFormPage })),
);

/** The stakeholders pages: the register (the section root), adding one, changing one. */
export const routes: readonly RouteDefinition[] = [
  {
    path: '/stakeholders',
    section: 'stakeholders',
    title: { en: 'Stakeholders', fr: 'Parties prenantes', ar: 'أصحاب المصلحة' },
    page: lazy(() =>
      import('./StakeholdersPage.js').then((module) => ({ default: module.StakeholdersPage })),
    ),
  },
  {
    path: '/stakeholders/new',
    section: 'stakeholders',
    title: { en: 'Add a stakeholder', fr: 'Ajouter une partie prenante', ar: 'إضافة صاحب مصلحة' },
    page: form,
  },
  {
    path: '/stakeholders/:id',
    section: 'stakeholders',
    title: {
      en: 'Change a stakeholder',
      fr: 'Modifier une partie prenante',
      ar: 'تعديل صاحب مصلحة',
    },
    page: form,
  },
];
