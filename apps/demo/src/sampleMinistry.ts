import type { Competency, LocalizedText, ProficiencyScale } from '@capkit/model';
import type { ItemRating } from '@capkit/scoring';

// Built-in sample data: a fictional Ministry of Digital Services. Names and answers are invented.

/** Four skill levels, as in the UK DDaT framework; descriptors are our own. */
export const skillScale: ProficiencyScale = {
  id: 'mds-skill-levels',
  label: { en: 'Skill levels' },
  levels: [
    {
      value: 1,
      code: 'L1',
      label: { en: 'Awareness' },
      descriptor: { en: 'Knows what the skill is for and when it is needed.' },
    },
    {
      value: 2,
      code: 'L2',
      label: { en: 'Working' },
      descriptor: { en: 'Applies the skill with guidance.' },
    },
    {
      value: 3,
      code: 'L3',
      label: { en: 'Practitioner' },
      descriptor: { en: 'Applies the skill independently and helps others.' },
    },
    {
      value: 4,
      code: 'L4',
      label: { en: 'Expert' },
      descriptor: { en: 'Leads the practice and sets its standards.' },
    },
  ],
  proficientLevel: 3,
};

const competency = (id: string, code: string, label: string, statement: string): Competency => ({
  id,
  code,
  label: { en: label },
  statement: { en: statement },
  scaleId: skillScale.id,
});

/** The competencies assessed in this round. */
export const competencies: readonly Competency[] = [
  competency(
    'user-research',
    'DS-1',
    'User research',
    'Plans and runs research with the people who use a public service.',
  ),
  competency(
    'data-literacy',
    'DS-2',
    'Data literacy',
    'Finds, judges and uses data to inform decisions.',
  ),
  competency(
    'agile-delivery',
    'DS-3',
    'Agile delivery',
    'Delivers services in small, tested, iterative steps.',
  ),
  competency(
    'digital-security',
    'DS-4',
    'Digital security',
    'Protects information and services from threats.',
  ),
  competency(
    'interoperability',
    'DS-5',
    'Interoperability (GovStack building blocks)',
    'Reuses shared building blocks such as identity, payments and registries.',
  ),
];

/** The role the respondent holds, with the level it requires per competency. */
export const serviceDesigner: {
  readonly title: LocalizedText;
  readonly requiredLevels: Readonly<Record<string, number>>;
} = {
  title: { en: 'Service designer' },
  requiredLevels: {
    'user-research': 3,
    'data-literacy': 3,
    'agile-delivery': 3,
    'digital-security': 2,
    interoperability: 2,
  },
};

const answers = (competencyId: string, ...values: (number | null)[]): ItemRating[] =>
  values.map((value, index) => ({ itemId: `${competencyId}-q${index + 1}`, value }));

/** One respondent's self-assessment: four items per competency, `null` where they skipped. */
export const respondent = {
  id: 'R-0042',
  unit: 'Digital Service Delivery Unit',
  ratings: {
    'user-research': answers('user-research', 2, 3, 2, null),
    'data-literacy': answers('data-literacy', 4, 3, 4, 3),
    'agile-delivery': answers('agile-delivery', 3, 3, null, 3),
    'digital-security': answers('digital-security', null, null, 2, null),
    interoperability: answers('interoperability', 1, 2, 2, 2),
  } as Readonly<Record<string, readonly ItemRating[]>>,
};
