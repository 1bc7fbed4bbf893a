import type { AssessmentResponse, Campaign, Instrument } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import { aggregateByGroup } from './aggregateByGroup.js';
import { organisationGroups, pairedInputFromModel, scoringInputFromModel } from './fromModel.js';
import { MISSING } from './responseMatrix.js';
import { compileScoringConfig } from './scoringConfig.js';
import { summariseGroups } from './summariseGroups.js';

const instrument: Instrument = {
  id: 'tna',
  round: 1,
  title: { en: 'TNA' },
  framework: { frameworkId: 'dg', version: '1' },
  ratingScale: { min: 1, max: 5, allowNotApplicable: true },
  perspectives: ['self'],
  items: [
    {
      id: 'd1',
      format: 'importancePerformance',
      prompt: { en: 'Dashboards' },
      target: { kind: 'competency', competencyId: 'data' },
    },
    {
      id: 'd2',
      format: 'rating',
      prompt: { en: 'I avoid data' },
      target: { kind: 'competency', competencyId: 'data' },
      reverseCoded: true,
    },
    {
      id: 'u1',
      format: 'rating',
      prompt: { en: 'Plans' },
      target: {
        kind: 'undpCell',
        cell: {
          pointOfEntry: 'organisation',
          coreIssue: 'knowledge',
          functionalCapacity: 'assessAndEnvision',
        },
      },
    },
  ],
};

const response = (
  id: string,
  status: 'draft' | 'submitted',
  answers: AssessmentResponse['answers'],
  overrides: Partial<AssessmentResponse> = {},
): AssessmentResponse => ({
  id,
  campaignId: 'c',
  respondentId: `p-${id}`,
  perspective: 'self',
  ...overrides,
  status,
  startedAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  ...(status === 'submitted' ? { submittedAt: '2026-03-01T10:00:00Z' } : {}),
  answers,
});

const responses = [
  response('r1', 'submitted', [
    { kind: 'importancePerformance', itemId: 'd1', importance: 5, performance: 2 },
    { kind: 'rating', itemId: 'd2', value: 1 },
    { kind: 'rating', itemId: 'u1', value: 3 },
  ]),
  response('r2', 'draft', [{ kind: 'rating', itemId: 'd2', value: 4 }]),
  response('r3', 'submitted', [
    { kind: 'notApplicable', itemId: 'd1' },
    { kind: 'rating', itemId: 'd2', value: null },
  ]),
];

const campaign = (id: string, instrumentId = 'tna'): Campaign => ({
  id,
  round: 1,
  title: { en: id },
  instrumentId,
  population: {},
  opensAt: '2026-03-01T00:00:00Z',
  closesAt: '2026-04-01T00:00:00Z',
  status: 'closed',
});

const workspaceOf = (list: readonly AssessmentResponse[]) => ({
  campaigns: [campaign('c'), campaign('c2'), campaign('other', 'other-instrument')],
  instruments: [instrument],
  responses: [...list],
});

const self = { campaignId: 'c', perspective: 'self' } as const;

describe('scoringInputFromModel', () => {
  it('builds one row per submitted response and one column per competency item', () => {
    const input = scoringInputFromModel(workspaceOf(responses), self);
    expect(input.responseIds).toEqual(['r1', 'r3']);
    expect(input.subjectIds).toEqual(['p-r1', 'p-r3']);
    expect(input.config).toEqual({
      scale: { min: 1, max: 5 },
      competencies: ['data'],
      items: [
        { id: 'd1', competency: 'data' },
        { id: 'd2', competency: 'data', reverseCoded: true },
      ],
      minAnsweredShare: 0.5,
    });
    expect([...input.matrix.ratings]).toEqual([2, 1, MISSING, MISSING]);
  });

  it('feeds the engine: r1 scores (2 + (6 − 1)) / 2 = 3.5; r3 answered nothing and has no score', () => {
    const input = scoringInputFromModel(workspaceOf(responses), self);
    const partials = aggregateByGroup(input.matrix, compileScoringConfig(input.config), {
      groupOf: new Uint8Array(2),
      groups: 1,
    });
    expect(summariseGroups(partials, { k: 1, allowSmallGroups: true }).cells[0]).toMatchObject({
      count: 1,
      mean: 3.5,
    });
  });

  it('can include drafts and score importance instead of performance', () => {
    const drafts = scoringInputFromModel(workspaceOf(responses), { ...self, status: 'draft' });
    expect(drafts.responseIds).toEqual(['r2']);
    const input = scoringInputFromModel(workspaceOf(responses), {
      ...self,
      pairedRating: 'importance',
    });
    expect([...input.matrix.ratings]).toEqual([5, 1, MISSING, MISSING]);
  });

  it('names the answer that does not fit the instrument', () => {
    const bad = [response('x', 'submitted', [{ kind: 'rating', itemId: 'd2', value: 9 }])];
    expect(() => scoringInputFromModel(workspaceOf(bad), self)).toThrow(
      /responses\[0\]\.answers\[0\]\.value: 9 is not a whole number/,
    );
    const unknown = [response('y', 'submitted', [{ kind: 'rating', itemId: 'zz', value: 1 }])];
    expect(() => scoringInputFromModel(workspaceOf(unknown), self)).toThrow(
      /responses\[0\]\.answers\[0\]\.itemId/,
    );
    const kind = [response('z', 'submitted', [{ kind: 'rating', itemId: 'd1', value: 1 }])];
    expect(() => scoringInputFromModel(workspaceOf(kind), self)).toThrow(
      /responses\[0\]\.answers\[0\]\.kind/,
    );
  });
});

describe('selecting the responses of one analysis (distinct people)', () => {
  const answers: AssessmentResponse['answers'] = [{ kind: 'rating', itemId: 'd2', value: 2 }];

  it('scores only the campaign asked for: a second round does not count anyone twice (leak 2)', () => {
    const secondRound = responses.map((r) => ({ ...r, id: `${r.id}-round2`, campaignId: 'c2' }));
    const input = scoringInputFromModel(workspaceOf([...responses, ...secondRound]), self);
    expect(input.responseIds).toEqual(['r1', 'r3']);
    const round2 = scoringInputFromModel(workspaceOf([...responses, ...secondRound]), {
      ...self,
      campaignId: 'c2',
    });
    expect(round2.responseIds).toEqual(['r1-round2', 'r3-round2']);
  });

  it('refuses a person who appears twice, naming both responses', () => {
    const twice = [
      response('a', 'submitted', answers),
      response('b', 'submitted', answers, { campaignId: 'c2', respondentId: 'p-a' }),
    ];
    expect(() =>
      scoringInputFromModel(workspaceOf(twice), { campaignId: ['c', 'c2'], perspective: 'self' }),
    ).toThrow(
      /responses\[1\]\.respondentId: person "p-a" is counted already in responses\[0\] \("a"\); response "b"/,
    );
    const rated = [
      response('s1', 'submitted', answers, { perspective: 'supervisor', subjectId: 'p-x' }),
      response('s2', 'submitted', answers, { perspective: 'supervisor', subjectId: 'p-x' }),
    ];
    expect(() =>
      pairedInputFromModel(workspaceOf(rated), { campaignId: 'c', perspective: 'supervisor' }),
    ).toThrow(/responses\[1\]\.subjectId: person "p-x"/);
  });

  it('never mixes drafts with submissions, nor perspectives', () => {
    const both = [
      response('d', 'draft', answers),
      response('s', 'submitted', answers, { respondentId: 'p-d' }),
      response('v', 'submitted', answers, { perspective: 'supervisor', subjectId: 'p-d' }),
    ];
    expect(scoringInputFromModel(workspaceOf(both), self).responseIds).toEqual(['s']);
    expect(
      scoringInputFromModel(workspaceOf(both), { ...self, status: 'draft' }).responseIds,
    ).toEqual(['d']);
  });

  it('names an unknown campaign and campaigns of different instruments', () => {
    expect(() =>
      scoringInputFromModel(workspaceOf(responses), { campaignId: 'nope', perspective: 'self' }),
    ).toThrow(/options\.campaignId: campaign "nope" is not in the workspace/);
    expect(() =>
      scoringInputFromModel(workspaceOf(responses), {
        campaignId: ['c', 'other'],
        perspective: 'self',
      }),
    ).toThrow(/options\.campaignId\[1\]: campaign "other" uses instrument "other-instrument"/);
    expect(() =>
      scoringInputFromModel(workspaceOf(responses), { campaignId: [], perspective: 'self' }),
    ).toThrow(/at least one campaign/);
  });
});

describe('pairedInputFromModel', () => {
  it('takes the importance–performance items and both ratings of each answer', () => {
    const input = pairedInputFromModel(workspaceOf(responses), self);
    expect(input.itemIds).toEqual(['d1']);
    expect(input.competencies).toEqual(['data']);
    expect([...input.competencyOfItem]).toEqual([0]);
    expect([...input.data.importance]).toEqual([5, MISSING]);
    expect([...input.data.performance]).toEqual([2, MISSING]);
    expect(input.scale).toEqual({ min: 1, max: 5 });
  });

  it('names an answer of the wrong kind', () => {
    const kind = [response('z', 'submitted', [{ kind: 'rating', itemId: 'd1', value: 1 }])];
    expect(() => pairedInputFromModel(workspaceOf(kind), self)).toThrow(
      /responses\[0\]\.answers\[0\]\.kind/,
    );
  });
});

describe('organisationGroups', () => {
  const workspace = {
    units: [
      { id: 'ministry', name: { en: 'Ministry' } },
      { id: 'team', name: { en: 'Team' }, parentId: 'ministry' },
    ],
    roles: [
      {
        id: 'analyst',
        title: { en: 'Analyst' },
        framework: { frameworkId: 'dg', version: '1' },
        requirements: [{ competencyId: 'data', requiredLevel: 3 }],
      },
      {
        id: 'lead',
        title: { en: 'Lead' },
        framework: { frameworkId: 'dg', version: '1' },
        requirements: [],
      },
    ],
    memberships: [
      { personId: 'p1', unitId: 'ministry', roleId: 'lead', from: '2020-01-01', to: '2024-12-31' },
      { personId: 'p1', unitId: 'team', roleId: 'analyst', from: '2025-01-01' },
      { personId: 'p2', unitId: 'ministry', roleId: 'lead', from: '2021-01-01' },
    ],
  };

  it('finds each subject’s current unit and role and the roles’ required levels', () => {
    const groups = organisationGroups(workspace, ['p1', 'p2'], ['data', 'design']);
    expect([...groups.units.groupOf]).toEqual([1, 0]);
    expect([...groups.units.parentOf]).toEqual([-1, 0]);
    expect([...groups.roles.roleOf]).toEqual([0, 1]);
    expect([...groups.roles.levels]).toEqual([3, Number.NaN, Number.NaN, Number.NaN]);
  });

  it('names a subject without a membership', () => {
    expect(() => organisationGroups(workspace, ['p1', 'ghost'], ['data'])).toThrow(
      /subjectIds\[1\]: person "ghost"/,
    );
  });
});
