import type { ProficiencyScale } from '@capkit/model';
import { ddatScaleWithDescriptors } from '../ProficiencyBadge/ProficiencyBadge.fixtures.js';
import type { CompetencyProfileDatum } from './CompetencyProfile.js';

/** UK DDaT's four skill levels (Awareness … Expert), with English and Arabic names. */
export const ddatScale: ProficiencyScale = ddatScaleWithDescriptors;

/**
 * A user researcher's scores against the levels their role requires. Worked by hand: User
 * research falls 0.8 short (3 − 2.2) and Data literacy 0.3 (3 − 2.7); Agile delivery and
 * Accessibility meet their levels; Cyber security has no score.
 */
export const researcherProfile: readonly CompetencyProfileDatum[] = [
  { id: 'user-research', label: 'User research', score: 2.2, requiredLevel: 3 },
  { id: 'data-literacy', label: 'Data literacy', score: 2.7, requiredLevel: 3 },
  { id: 'agile-delivery', label: 'Agile delivery', score: 3.4, requiredLevel: 3 },
  { id: 'accessibility', label: 'Accessibility and inclusion', score: 3, requiredLevel: 3 },
  { id: 'cyber-security', label: 'Cyber security awareness', score: null, requiredLevel: 2 },
];

/** The same profile with Arabic competency names. */
export const researcherProfileArabic: readonly CompetencyProfileDatum[] = [
  { id: 'user-research', label: 'بحث المستخدمين', score: 2.2, requiredLevel: 3 },
  { id: 'data-literacy', label: 'محو الأمية في البيانات', score: 2.7, requiredLevel: 3 },
  { id: 'agile-delivery', label: 'التسليم المرن', score: 3.4, requiredLevel: 3 },
  { id: 'accessibility', label: 'إتاحة الوصول والشمول', score: 3, requiredLevel: 3 },
  { id: 'cyber-security', label: 'الوعي بالأمن السيبراني', score: null, requiredLevel: 2 },
];

const frameworkCompetencies = [
  'User research',
  'Data literacy',
  'Agile delivery',
  'Accessibility and inclusion',
  'Cyber security awareness',
  'Service design',
  'Content design',
  'Digital identity (GovStack building block)',
  'Payments (GovStack building block)',
  'Consent management',
  'Information management',
  'Performance analysis',
  'Product management',
  'Stakeholder relationship management',
  'Procurement of digital services',
  'Open standards',
  'Cloud hosting',
  'API design',
  'Data protection and privacy',
  'Change management',
  'Policy and legislation',
  'Financial management',
  'Coaching and mentoring',
  'Strategic thinking',
] as const;

/**
 * A ministry's mean scores across 24 competencies; every seventh has no score and every fifth
 * no required level. Deterministic, so stories and tests see the same values each run.
 */
export const ministryProfile: readonly CompetencyProfileDatum[] = frameworkCompetencies.map(
  (label, index) => {
    const id = label
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/-$/, '');
    const score = index % 7 === 6 ? null : 1 + ((index * 37) % 28) / 10 + 0.05;
    return index % 5 === 4
      ? { id, label, score }
      : { id, label, score, requiredLevel: 2 + (index % 3 === 0 ? 1 : 0) };
  },
);
