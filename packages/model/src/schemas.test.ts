import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { campaignSchema } from './campaign.js';
import { capacityAssetSchema } from './capacityAsset.js';
import { capacityDevelopmentPlanSchema } from './capacityDevelopmentPlan.js';
import { communityOfPracticeSchema } from './communityOfPractice.js';
import { competencyFrameworkSchema } from './competencyFramework.js';
import { evaluationSchema } from './evaluation.js';
import { instrumentSchema } from './instrument.js';
import { knowledgeItemSchema } from './knowledgeItem.js';
import { membershipSchema, orgUnitSchema, personalDataSchema, roleSchema } from './organisation.js';
import { programmeSchema } from './programme.js';
import { responseSchema } from './response.js';
import { stakeholderSchema } from './stakeholder.js';
import { validWorkspace } from './testWorkspace.js';
import { capacityAssessmentSchema } from './undpCapacityAssessment.js';
import { formatPath } from './validationIssue.js';

// One good document per schema (taken from the valid test workspace), and for each a set of
// bad variants, each with the path zod must point at.
const good = validWorkspace();

interface SchemaCase {
  readonly schema: z.ZodType;
  readonly document: unknown;
  readonly bad: readonly (readonly [string, (document: never) => unknown, string])[];
}

const set =
  <T extends object>(change: (copy: T) => void) =>
  (document: T) => {
    const copy = structuredClone(document);
    change(copy);
    return copy;
  };

const cases: Record<string, SchemaCase> = {
  programme: {
    schema: programmeSchema,
    document: good.programme,
    bad: [
      ['no rounds', set((p: typeof good.programme) => (p.rounds = [])), 'rounds'],
      [
        'round 0',
        set((p: typeof good.programme) => ((p.rounds[0] as { number: number }).number = 0)),
        'rounds[0].number',
      ],
      [
        'a start date that is not a date',
        set(
          (p: typeof good.programme) => ((p.rounds[0] as { startsOn: string }).startsOn = '1 Jan'),
        ),
        'rounds[0].startsOn',
      ],
    ],
  },
  competencyFramework: {
    schema: competencyFrameworkSchema,
    document: good.frameworks[0],
    bad: [
      ['an unknown status', set((f: Record<string, unknown>) => (f['status'] = 'final')), 'status'],
      ['no scales', set((f: Record<string, unknown>) => (f['scales'] = [])), 'scales'],
      ['a wrong kind', set((f: Record<string, unknown>) => (f['kind'] = 'framework')), 'kind'],
      ['a missing version', set((f: Record<string, unknown>) => delete f['version']), 'version'],
    ],
  },
  orgUnit: {
    schema: orgUnitSchema,
    document: good.units[1],
    bad: [
      [
        'a name that is a plain string',
        set((u: Record<string, unknown>) => (u['name'] = 'Team')),
        'name',
      ],
    ],
  },
  role: {
    schema: roleSchema,
    document: good.roles[0],
    bad: [
      [
        'a fractional required level',
        set(
          (r: (typeof good.roles)[number]) =>
            ((r.requirements[0] as { requiredLevel: number }).requiredLevel = 2.5),
        ),
        'requirements[0].requiredLevel',
      ],
      ['no framework', set((r: Record<string, unknown>) => delete r['framework']), 'framework'],
    ],
  },
  membership: {
    schema: membershipSchema,
    document: good.memberships[0],
    bad: [
      [
        'a date-time where a date belongs',
        set((m: Record<string, unknown>) => (m['from'] = '2025-01-01T00:00:00Z')),
        'from',
      ],
    ],
  },
  personalData: {
    schema: personalDataSchema,
    document: good.personalData?.[0],
    bad: [
      [
        'an email without a domain',
        set((p: Record<string, unknown>) => (p['email'] = 'amina@')),
        'email',
      ],
    ],
  },
  capacityAssessment: {
    schema: capacityAssessmentSchema,
    document: good.capacityAssessments[0],
    bad: [
      [
        'an unknown point of entry',
        set(
          (a: (typeof good.capacityAssessments)[number]) =>
            ((a.questions[0] as { cell: { pointOfEntry: string } }).cell.pointOfEntry = 'society'),
        ),
        'questions[0].cell.pointOfEntry',
      ],
      [
        'an empty rating range',
        set((a: Record<string, unknown>) => (a['ratingRange'] = { min: 5, max: 1 })),
        'ratingRange',
      ],
    ],
  },
  instrument: {
    schema: instrumentSchema,
    document: good.instruments[0],
    bad: [
      ['no items', set((i: Record<string, unknown>) => (i['items'] = [])), 'items'],
      [
        'no perspectives',
        set((i: Record<string, unknown>) => (i['perspectives'] = [])),
        'perspectives',
      ],
      [
        'an unknown perspective',
        set((i: Record<string, unknown>) => (i['perspectives'] = ['self', 'boss'])),
        'perspectives[1]',
      ],
      [
        'a rating scale upside down',
        set(
          (i: Record<string, unknown>) =>
            (i['ratingScale'] = { min: 5, max: 1, allowNotApplicable: false }),
        ),
        'ratingScale.max',
      ],
      [
        'a scale label outside the scale',
        set(
          (i: Record<string, unknown>) =>
            (i['ratingScale'] = {
              min: 1,
              max: 5,
              allowNotApplicable: false,
              labels: [{ value: 7, label: { en: 'Seven' } }],
            }),
        ),
        'ratingScale.labels[0].value',
      ],
      [
        'a zero weight',
        set(
          (i: (typeof good.instruments)[number]) =>
            ((i.items[0] as { weight?: number }).weight = 0),
        ),
        'items[0].weight',
      ],
      [
        'a target of an unknown kind',
        set(
          (i: (typeof good.instruments)[number]) =>
            ((i.items[0] as { target: unknown }).target = { kind: 'skill', competencyId: 'x' }),
        ),
        'items[0].target.kind',
      ],
      [
        'a display rule whose range is empty',
        set(
          (i: (typeof good.instruments)[number]) =>
            ((i.items[1] as { showIf: unknown }).showIf = { itemId: 'i1', atLeast: 4, atMost: 2 }),
        ),
        'items[1].showIf.atMost',
      ],
    ],
  },
  campaign: {
    schema: campaignSchema,
    document: good.campaigns[0],
    bad: [
      [
        'an opening time without an offset',
        set((c: Record<string, unknown>) => (c['opensAt'] = '2026-03-01T09:00:00')),
        'opensAt',
      ],
      [
        'an unknown status',
        set((c: Record<string, unknown>) => (c['status'] = 'running')),
        'status',
      ],
    ],
  },
  response: {
    schema: responseSchema,
    document: good.responses[0],
    bad: [
      [
        'an answer of an unknown kind',
        set(
          (r: (typeof good.responses)[number]) =>
            ((r.answers[0] as { kind: string }).kind = 'text'),
        ),
        'answers[0].kind',
      ],
      [
        'a rating given as text',
        set(
          (r: (typeof good.responses)[number]) =>
            (r.answers[1] = { kind: 'rating', itemId: 'i2', value: '3' as unknown as number }),
        ),
        'answers[1].value',
      ],
      ['an unknown status', set((r: Record<string, unknown>) => (r['status'] = 'sent')), 'status'],
    ],
  },
  stakeholder: {
    schema: stakeholderSchema,
    document: good.stakeholders[0],
    bad: [
      ['power above 5', set((s: Record<string, unknown>) => (s['power'] = 6)), 'power'],
      [
        'an unknown attitude',
        set((s: Record<string, unknown>) => (s['attitude'] = 'hostile')),
        'attitude',
      ],
    ],
  },
  capacityAsset: {
    schema: capacityAssetSchema,
    document: good.assets[0],
    bad: [
      [
        'trained people without people',
        set((a: Record<string, unknown>) => (a['personIds'] = [])),
        'personIds',
      ],
      ['an unknown kind', set((a: Record<string, unknown>) => (a['kind'] = 'building')), 'kind'],
    ],
  },
  communityOfPractice: {
    schema: communityOfPracticeSchema,
    document: good.communities[0],
    bad: [
      [
        'a focus of an unknown kind',
        set(
          (c: Record<string, unknown>) =>
            (c['focus'] = { kind: 'sector', sector: { en: 'Health' } }),
        ),
        'focus.kind',
      ],
    ],
  },
  capacityDevelopmentPlan: {
    schema: capacityDevelopmentPlanSchema,
    document: good.plans[0],
    bad: [
      [
        'a currency that is not ISO 4217',
        set((p: Record<string, unknown>) => (p['budget'] = { amount: 1, currency: 'euro' })),
        'budget.currency',
      ],
      [
        'a negative budget',
        set((p: Record<string, unknown>) => (p['budget'] = { amount: -1, currency: 'EUR' })),
        'budget.amount',
      ],
      [
        'an intervention without targets',
        set(
          (p: (typeof good.plans)[number]) =>
            ((p.interventions[0] as { targets: unknown[] }).targets = []),
        ),
        'interventions[0].targets',
      ],
      [
        'zero seats',
        set(
          (p: (typeof good.plans)[number]) => ((p.interventions[0] as { seats: number }).seats = 0),
        ),
        'interventions[0].seats',
      ],
    ],
  },
  evaluation: {
    schema: evaluationSchema,
    document: good.evaluations[0],
    bad: [
      [
        'Kirkpatrick level 5',
        set(
          (e: (typeof good.evaluations)[number]) =>
            ((e.kirkpatrick[0] as { level: number }).level = 5),
        ),
        'kirkpatrick[0].level',
      ],
      [
        'an isolation factor above 1',
        set(
          (e: (typeof good.evaluations)[number]) =>
            ((e.roi as { isolationFactor: number }).isolationFactor = 1.2),
        ),
        'roi.isolationFactor',
      ],
    ],
  },
  knowledgeItem: {
    schema: knowledgeItemSchema,
    document: good.knowledgeItems[0],
    bad: [
      ['an unknown stage', set((k: Record<string, unknown>) => (k['stage'] = 'archived')), 'stage'],
      ['no history', set((k: Record<string, unknown>) => (k['history'] = [])), 'history'],
      [
        'a URL that is not one',
        set((k: Record<string, unknown>) => (k['url'] = 'not a url')),
        'url',
      ],
    ],
  },
};

describe.each(Object.entries(cases))('%s schema', (_name, { schema, document, bad }) => {
  it('accepts a good document unchanged', () => {
    expect(document).toBeDefined();
    expect(schema.parse(document)).toEqual(document);
  });

  it.each(bad)('rejects %s, pointing at the field', (_label, change, path) => {
    const result = schema.safeParse((change as (document: unknown) => unknown)(document));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => formatPath(issue.path))).toContain(path);
  });
});
