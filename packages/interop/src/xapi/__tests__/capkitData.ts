import {
  capacityDevelopmentPlanSchema,
  campaignSchema,
  competencySchema,
  proficiencyScaleSchema,
  responseSchema,
} from '@capkit/model';

// Small capkit documents for the xAPI tests, parsed by the model's own schemas so that they
// stay what the model accepts.

export const scale = proficiencyScaleSchema.parse({
  id: 'scale-ddat',
  label: { en: 'DDaT skill levels' },
  levels: [
    { value: 1, label: { en: 'Awareness' } },
    { value: 2, label: { en: 'Working' } },
    { value: 3, label: { en: 'Practitioner' } },
    { value: 4, label: { en: 'Expert' } },
  ],
  proficientLevel: 3,
});

export const competency = competencySchema.parse({
  id: 'comp-data-literacy',
  code: 'DG-2.1',
  label: { en: 'Data literacy', fr: 'Culture des données' },
  statement: { en: 'Finds, reads and questions data to inform policy.' },
  scaleId: 'scale-ddat',
});

export const campaign = campaignSchema.parse({
  id: 'camp-2026',
  round: 1,
  title: { en: 'Digital skills self-assessment 2026' },
  instrumentId: 'inst-digital',
  population: {},
  opensAt: '2026-02-01T00:00:00Z',
  closesAt: '2026-03-01T00:00:00Z',
  status: 'open',
});

export const response = responseSchema.parse({
  id: 'resp-0412',
  campaignId: 'camp-2026',
  respondentId: 'p-0412',
  perspective: 'self',
  status: 'submitted',
  startedAt: '2026-02-10T09:00:00Z',
  updatedAt: '2026-02-10T09:20:00Z',
  submittedAt: '2026-02-10T09:21:30Z',
  answers: [{ kind: 'rating', itemId: 'q1', value: 3 }],
});

const intervention = {
  kind: 'course',
  targets: [{ competencyId: 'comp-data-literacy', expectedLevelGain: 1 }],
  cost: { currency: 'EUR', fixed: 2000, perParticipant: 100 },
  durationDays: 2,
  ownerId: 'p-0001',
  startsOn: '2026-04-01',
  endsOn: '2026-04-30',
  milestones: [],
};

export const plan = capacityDevelopmentPlanSchema.parse({
  id: 'plan-2026',
  round: 1,
  title: { en: 'Digital skills plan 2026' },
  budget: { amount: 50000, currency: 'EUR' },
  interventions: [
    {
      ...intervention,
      id: 'int-data-101',
      title: { en: 'Data literacy 101' },
      seats: 3,
      status: 'planned',
      participantIds: ['p-0001'],
    },
    {
      ...intervention,
      id: 'int-cancelled',
      title: { en: 'Cancelled course' },
      seats: 10,
      status: 'cancelled',
    },
  ],
});
