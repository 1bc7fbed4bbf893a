import type { AssessmentResponse, Instrument } from '@capkit/model';
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
): AssessmentResponse => ({
  id,
  campaignId: 'c',
  respondentId: `p-${id}`,
  perspective: 'self',
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

describe('scoringInputFromModel', () => {
  it('builds one row per submitted response and one column per competency item', () => {
    const input = scoringInputFromModel(instrument, responses);
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
    const input = scoringInputFromModel(instrument, responses);
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
    const input = scoringInputFromModel(instrument, responses, {
      include: 'all',
      pairedRating: 'importance',
    });
    expect([...input.matrix.ratings]).toEqual([5, 1, MISSING, 4, MISSING, MISSING]);
  });

  it('names the answer that does not fit the instrument', () => {
    const bad = [response('x', 'submitted', [{ kind: 'rating', itemId: 'd2', value: 9 }])];
    expect(() => scoringInputFromModel(instrument, bad)).toThrow(
      /responses\[0\]\.answers\[0\]\.value: 9 is not a whole number/,
    );
    const unknown = [response('y', 'submitted', [{ kind: 'rating', itemId: 'zz', value: 1 }])];
    expect(() => scoringInputFromModel(instrument, unknown)).toThrow(
      /responses\[0\]\.answers\[0\]\.itemId/,
    );
    const kind = [response('z', 'submitted', [{ kind: 'rating', itemId: 'd1', value: 1 }])];
    expect(() => scoringInputFromModel(instrument, kind)).toThrow(
      /responses\[0\]\.answers\[0\]\.kind/,
    );
  });
});

describe('pairedInputFromModel', () => {
  it('takes the importance–performance items and both ratings of each answer', () => {
    const input = pairedInputFromModel(instrument, responses);
    expect(input.itemIds).toEqual(['d1']);
    expect(input.competencies).toEqual(['data']);
    expect([...input.competencyOfItem]).toEqual([0]);
    expect([...input.data.importance]).toEqual([5, MISSING]);
    expect([...input.data.performance]).toEqual([2, MISSING]);
    expect(input.scale).toEqual({ min: 1, max: 5 });
  });

  it('names an answer of the wrong kind', () => {
    const kind = [response('z', 'submitted', [{ kind: 'rating', itemId: 'd1', value: 1 }])];
    expect(() => pairedInputFromModel(instrument, kind)).toThrow(
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
