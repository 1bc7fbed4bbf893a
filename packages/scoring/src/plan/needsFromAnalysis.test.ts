import { generateSampleWorkspace } from '@capkit/model/sample';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facts } from '../__tests__/peopleFacts.js';
import { analyseTrainingNeeds } from '../analyseTrainingNeeds.js';
import { provenanceOf } from '../provenance.js';
import type { GroupSummaryCell } from '../summariseGroups.js';
import { needsFromAnalysis, type AnalysisForPlanning } from './needsFromAnalysis.js';

const provenance = provenanceOf({ test: true });

function published(
  group: number,
  competency: number,
  gapCount: number,
  shareBelowRequired: number,
  meanGap: number,
): GroupSummaryCell {
  return {
    status: 'published',
    group,
    competency,
    count: gapCount,
    mean: 3,
    sd: 1,
    quantiles: new Map(),
    gapStatus: 'published',
    gapCount,
    meanGap,
    shareBelowRequired,
  };
}
const withheld = (group: number, competency: number): GroupSummaryCell => ({
  status: 'suppressed',
  group,
  competency,
  reason: 'complementary',
});

// Ministry M above A (with sub-units A1, A2) and B; competencies c1 and c2.
const units = [
  { id: 'M' },
  { id: 'A', parentId: 'M' },
  { id: 'A1', parentId: 'A' },
  { id: 'A2', parentId: 'A' },
  { id: 'B', parentId: 'M' },
];
// c1: everything published but A2. c2: only A published (the organisation and M withheld).
const analysis: AnalysisForPlanning = {
  groups: {
    competencyIds: ['c1', 'c2'],
    unitIds: units.map((unit) => unit.id),
    organisation: {
      k: 5,
      provenance,
      cells: [published(0, 0, 60, 0.5, 0.6), withheld(0, 1)],
    },
    units: {
      k: 5,
      provenance,
      cells: [
        published(0, 0, 60, 0.5, 0.6),
        withheld(0, 1),
        published(1, 0, 30, 0.4, 0.5),
        published(1, 1, 30, 0.2, 0.3),
        published(2, 0, 10, 0.5, 0.8),
        withheld(2, 1),
        withheld(3, 0),
        withheld(3, 1),
        published(4, 0, 20, 0.6, 0.9),
        withheld(4, 1),
      ],
    },
  },
  needCompetencyIds: ['c1', 'c2'],
  priorities: {
    units: [
      { unit: 0, meanWeightedDiscrepancy: 2.4 },
      { unit: 1, meanWeightedDiscrepancy: null },
    ],
  },
  disclosure: { rule: 'minimumDistinctPeople', k: 5 },
};

describe('needsFromAnalysis', () => {
  it('plans each published unit less its published sub-units, worked by hand', () => {
    // c1, people below = share × gapCount, gap sum = meanGap × gapCount:
    //   organisation 30 below, 36; M the same (everyone is in M): other units = 0, no group.
    //   M less A and B: 60 − 30 − 20 = 10 people with a level, 30 − 12 − 12 = 6 below,
    //     36 − 15 − 18 = 3 gap points: gap 0.5.
    //   A less A1 (A2 is withheld, so it stays in A's group): 20 with a level, 12 − 5 = 7 below,
    //     15 − 8 = 7: gap 1.   A1: 5 below, 8 / 5 = 1.6.   B: 12 below, 18 / 12 = 1.5.
    // c2: the organisation and M withheld (left out), A published: 6 below, 9 / 6 = 1.5, but c2
    //   has no published priority: left out for want of a weight; B withheld and uncovered.
    const result = needsFromAnalysis(analysis, { units });
    expect(result.needs.map((n) => [n.unitId, n.competencyId, n.people, n.gap, n.weight])).toEqual(
      [
        ['M', 'c1', 6, 0.5, 2.4],
        ['A', 'c1', 7, 1, 2.4],
        ['A1', 'c1', 5, 1.6, 2.4],
        ['B', 'c1', 12, 1.5, 2.4],
      ].map(([u, c, p, g, w]): unknown[] => [
        u,
        c,
        p,
        expect.closeTo(g as number, 12) as unknown,
        w,
      ]),
    );
    expect(result.scopes.map((s) => [s.unitId, s.withoutUnitIds])).toEqual([
      ['M', ['A', 'B']],
      ['A', ['A1']],
      ['A1', []],
      ['B', []],
    ]);
    // (The withheld organisation total hides no one beyond M, its one top-level unit.)
    expect(result.leftOut).toEqual([
      { unitId: 'M', competencyId: 'c2', reason: 'gapWithheld' },
      { unitId: 'A', competencyId: 'c2', reason: 'noWeight' },
      { unitId: 'B', competencyId: 'c2', reason: 'gapWithheld' },
    ]);
  });

  it('takes caller-given weights', () => {
    const result = needsFromAnalysis(analysis, { units, weights: { c1: 1, c2: 3 } });
    expect(result.needs.at(-1)).toEqual({
      id: 'need-5',
      unitId: 'A',
      competencyId: 'c2',
      people: 6,
      gap: 1.5,
      weight: 3,
    });
  });

  it('plans the remainder of the organisation as "other units" when it is published', () => {
    // Make the units cover part of the organisation: M's c1 figures count 50 of the 60.
    const cells = [...(analysis.groups.units?.cells ?? [])];
    cells[0] = published(0, 0, 50, 0.5, 0.6); // 25 below, gap sum 30
    const partial = {
      ...analysis,
      groups: { ...analysis.groups, units: { k: 5, provenance, cells } },
    };
    const result = needsFromAnalysis(partial, { units });
    // Other units: 60 − 50 = 10 with a level, 30 − 25 = 5 below, 36 − 30 = 6: gap 1.2.
    expect(result.needs[0]).toMatchObject({ unitId: null, competencyId: 'c1', people: 5 });
    expect(result.needs[0]?.gap).toBeCloseTo(1.2, 12);
  });

  it('plans coarser groups down to a unit depth', () => {
    // Depth 0 plans M only: all of c1's 30 people below, 36 / 30 = 1.2. For c2 M and the
    // organisation are withheld and A is deeper than asked: nothing to plan.
    const result = needsFromAnalysis(analysis, { units, unitDepth: 0, weights: { c1: 1, c2: 1 } });
    expect(result.needs.map((n) => [n.unitId, n.competencyId, n.people])).toEqual([
      ['M', 'c1', 30],
    ]);
    expect(result.needs[0]?.gap).toBeCloseTo(1.2, 12);
    expect(result.leftOut).toEqual([{ unitId: 'M', competencyId: 'c2', reason: 'gapWithheld' }]);
  });

  it('refuses units that are not the analysis’s', () => {
    expect(() => needsFromAnalysis(analysis, { units: units.slice(1) })).toThrow('options.units');
    expect(() => needsFromAnalysis(analysis, { units, unitdepth: 1 } as never)).toThrow(
      'options.unitdepth: is not a known key',
    );
    expect(() => needsFromAnalysis(analysis, { units, weights: { c1: -1 } })).toThrow(
      'options.weights.c1',
    );
  });

  it('partitions each competency’s published people below required, on a sample ministry', () => {
    const workspace = generateSampleWorkspace({ people: 300, seed: 3 });
    const real = analyseTrainingNeeds(workspace, {
      campaignId: workspace.campaigns[0]?.id ?? '',
      perspective: 'self',
      bootstrap: { replicates: 20 },
    });
    const result = needsFromAnalysis(real, { units: workspace.units });
    expect(result.needs.length).toBeGreaterThan(10);
    let checked = 0;
    real.groups.competencyIds.forEach((id, c) => {
      const cell = real.groups.organisation?.cells[c];
      if (cell?.status !== 'published' || cell.gapStatus !== 'published') return;
      if (result.leftOut.some((entry) => entry.competencyId === id)) return;
      const below = Math.round((cell.shareBelowRequired ?? 0) * (cell.gapCount ?? 0));
      const planned = result.needs.filter((need) => need.competencyId === id);
      expect(planned.reduce((sum, need) => sum + need.people, 0)).toBe(below);
      const gapSum = (cell.meanGap ?? 0) * (cell.gapCount ?? 0);
      expect(planned.reduce((sum, need) => sum + need.people * need.gap, 0)).toBeCloseTo(gapSum, 9);
      checked += 1;
    });
    expect(checked).toBeGreaterThan(5);
  });
  it('plans no group resting on fewer than k people, counted from the workspace by the independent checker’s facts', () => {
    fc.assert(
      fc.property(
        fc.record({
          people: fc.constantFrom(25, 60, 140),
          seed: fc.integer({ min: 1, max: 1000 }),
          k: fc.integer({ min: 3, max: 6 }),
          unitDepth: fc.constantFrom(undefined, 0, 1),
        }),
        ({ people, seed, k, unitDepth }) => {
          const workspace = generateSampleWorkspace({ people, seed });
          const campaignId = workspace.campaigns[0]?.id ?? '';
          const analysis = analyseTrainingNeeds(workspace, {
            campaignId,
            perspective: 'self',
            k,
            bootstrap: { replicates: 20 },
          });
          const result = needsFromAnalysis(analysis, { units: workspace.units, unitDepth });
          // Who is behind each need, from the people-level facts (answers, memberships, role
          // requirements read off the workspace), not from any figure of the analysis.
          const checked = facts(workspace, campaignId, analysis.groups.competencyIds);
          const parent = workspace.units.map((unit) =>
            workspace.units.findIndex((u) => u.id === unit.parentId),
          );
          const within = (unit: number, id: string) => {
            const ancestor = workspace.units.findIndex((u) => u.id === id);
            for (let u = unit; u >= 0; u = parent[u] as number) if (u === ancestor) return true;
            return false;
          };
          for (const need of result.needs) {
            const scope = result.scopes.find((entry) => entry.needId === need.id);
            if (scope === undefined) throw new Error(`no scope for ${need.id}`);
            const c = analysis.groups.competencyIds.indexOf(need.competencyId);
            const behind = checked.filter(
              (person) =>
                person.scored[c] === true &&
                person.levelSet[c] === true &&
                (scope.unitId === null || within(person.unit, scope.unitId)) &&
                !scope.withoutUnitIds.some((id) => within(person.unit, id)),
            ).length;
            expect(behind).toBeGreaterThanOrEqual(k);
            expect(need.people).toBeLessThanOrEqual(behind);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
