import type { ProficiencyScale } from '@capkit/model';
import type { CompetencyBarDatum } from './CompetencyBarChart.js';

/** UK DDaT's four skill levels, with Arabic names for the right-to-left examples. */
export const ddatScale: ProficiencyScale = {
  id: 'ddat',
  label: { en: 'DDaT skill levels', ar: 'مستويات المهارة' },
  levels: [
    { value: 1, label: { en: 'Awareness', ar: 'الوعي' } },
    { value: 2, label: { en: 'Working', ar: 'العمل' } },
    { value: 3, label: { en: 'Practitioner', ar: 'الممارس' } },
    { value: 4, label: { en: 'Expert', ar: 'الخبير' } },
  ],
  proficientLevel: 3,
};

/** A digital team's mean scores against a service owner's required levels. */
export const teamScores: readonly CompetencyBarDatum[] = [
  { id: 'user-research', label: 'User research', score: 2.25, requiredLevel: 3 },
  { id: 'data-literacy', label: 'Data literacy', score: 3.5, requiredLevel: 3 },
  { id: 'agile-delivery', label: 'Agile delivery', score: 3, requiredLevel: 3 },
  { id: 'cyber-security', label: 'Cyber security awareness', score: null, requiredLevel: 2 },
  { id: 'digital-identity', label: 'Digital identity (GovStack building block)', score: 1.75 },
];

/** The same scores with Arabic competency names. */
export const teamScoresArabic: readonly CompetencyBarDatum[] = [
  { id: 'user-research', label: 'بحث المستخدمين', score: 2.25, requiredLevel: 3 },
  { id: 'data-literacy', label: 'محو الأمية في البيانات', score: 3.5, requiredLevel: 3 },
  { id: 'agile-delivery', label: 'التسليم المرن', score: 3, requiredLevel: 3 },
  { id: 'cyber-security', label: 'الوعي بالأمن السيبراني', score: null, requiredLevel: 2 },
];
