import type { Workspace } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import { pairedChange } from './pairedChange.js';
import { pairedRoundsFromModel } from './pairedRoundsFromModel.js';

type Parts = Pick<
  Workspace,
  'campaigns' | 'instruments' | 'responses' | 'units' | 'roles' | 'memberships'
>;

function campaign(id: string, round: number): Workspace['campaigns'][number] {
  return {
    id,
    round,
    title: { en: id },
    instrumentId: 'skills',
    population: { unitIds: ['finance'] },
    opensAt: '2026-03-01T09:00:00Z',
    closesAt: '2026-03-31T17:00:00Z',
    status: 'closed',
  };
}

function response(
  campaignId: string,
  person: string,
  data: number,
  policy: number | null,
): Workspace['responses'][number] {
  return {
    id: `${campaignId}-${person}`,
    campaignId,
    respondentId: person,
    perspective: 'self',
    status: 'submitted',
    startedAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-02T10:20:00Z',
    submittedAt: '2026-03-02T10:20:00Z',
    answers: [
      { kind: 'rating', itemId: 'd1', value: data },
      { kind: 'rating', itemId: 'p1', value: policy },
    ],
  };
}

// Round 1: p1…p7; round 2: p1…p5 and p8. Data-literacy ratings rise by 1 for p1…p4, 2 for p5.
const round1 = [2, 3, 3, 4, 2, 5, 1];
const round2 = [3, 4, 4, 5, 4];
const workspace: Parts = {
  instruments: [
    {
      id: 'skills',
      round: 1,
      title: { en: 'Skills' },
      framework: { frameworkId: 'dg', version: '1.0' },
      ratingScale: { min: 1, max: 5, allowNotApplicable: false },
      perspectives: ['self'],
      items: [
        {
          id: 'd1',
          format: 'rating',
          prompt: { en: 'I read dashboards' },
          target: { kind: 'competency', competencyId: 'data' },
        },
        {
          id: 'p1',
          format: 'rating',
          prompt: { en: 'I draft policy' },
          target: { kind: 'competency', competencyId: 'policy' },
        },
      ],
    },
  ],
  campaigns: [campaign('round-1', 1), campaign('round-2', 2)],
  responses: [
    ...round1.map((value, i) => response('round-1', `p${i + 1}`, value, 3)),
    ...round2.map((value, i) => response('round-2', `p${i + 1}`, value, i === 0 ? null : 4)),
    response('round-2', 'p8', 5, 5),
  ],
  units: [{ id: 'finance', name: { en: 'Finance' } }],
  roles: [
    {
      id: 'analyst',
      title: { en: 'Analyst' },
      framework: { frameworkId: 'dg', version: '1.0' },
      requirements: [],
    },
  ],
  memberships: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
    personId: `p${n}`,
    unitId: 'finance',
    roleId: 'analyst',
    from: '2025-01-01',
  })),
};

describe('pairedRoundsFromModel', () => {
  const paired = pairedRoundsFromModel(workspace, {
    round1CampaignId: 'round-1',
    round2CampaignId: 'round-2',
    perspective: 'self',
  });

  it('pairs people seen in both rounds, per competency, and counts the others', () => {
    expect(paired.competencies.map((c) => c.competencyId)).toEqual(['data', 'policy']);
    expect(paired.competencies[0]?.pairs).toEqual([
      { personId: 'p1', round1: 2, round2: 3 },
      { personId: 'p2', round1: 3, round2: 4 },
      { personId: 'p3', round1: 3, round2: 4 },
      { personId: 'p4', round1: 4, round2: 5 },
      { personId: 'p5', round1: 2, round2: 4 },
    ]);
    expect(paired.unpaired).toEqual({ onlyRound1: 2, onlyRound2: 1 });
  });

  it('keeps a missing score as null, which pairedChange counts as missing', () => {
    expect(paired.competencies[1]?.pairs[0]).toEqual({ personId: 'p1', round1: 3, round2: null });
    const policy = pairedChange(paired.competencies[1]?.pairs ?? [], { k: 2 });
    expect(policy.restsOn).toMatchObject({ n: 4, missing: 1 });
  });

  it('feeds pairedChange: changes 1, 1, 1, 1, 2 → mean 1.2', () => {
    const data = pairedChange(paired.competencies[0]?.pairs ?? []);
    expect(data.statistics?.meanChange).toBeCloseTo(1.2, 14);
  });

  it('groups by unit, and refuses a competency missing from a round or a person twice', () => {
    const grouped = pairedRoundsFromModel(workspace, {
      round1CampaignId: 'round-1',
      round2CampaignId: 'round-2',
      perspective: 'self',
      competencyIds: ['data'],
      groupByUnit: true,
    });
    expect(grouped.competencies[0]?.pairs[0]?.groupId).toBe('finance');
    expect(() =>
      pairedRoundsFromModel(workspace, {
        round1CampaignId: 'round-1',
        round2CampaignId: 'round-2',
        perspective: 'self',
        competencyIds: ['ethics'],
      }),
    ).toThrow(/options\.competencyIds\[0\]: competency "ethics" is not measured in both rounds/);
    const twice = {
      ...workspace,
      responses: [...workspace.responses, { ...response('round-2', 'p2', 3, 3), id: 'again' }],
    };
    expect(() =>
      pairedRoundsFromModel(twice, {
        round1CampaignId: 'round-1',
        round2CampaignId: 'round-2',
        perspective: 'self',
      }),
    ).toThrow(/person "p2" is counted already/);
  });
});
