import { describe, expect, it } from 'vitest';
import { aggregateByGroup } from './aggregateByGroup.js';
import { hierarchyDepths, mergePartials, rollUpHierarchy } from './mergePartials.js';
import { responseMatrixFromRows } from './responseMatrix.js';
import { compileScoringConfig } from './scoringConfig.js';
import { summariseGroups } from './summariseGroups.js';

const config = compileScoringConfig({
  scale: { min: 1, max: 4 },
  competencies: ['data'],
  items: [{ id: 'q1', competency: 'data' }],
});

// Units: 0 ministry ← 1 department ← 2 team. One item, so each score is the rating itself.
const matrix = responseMatrixFromRows([[4], [2], [3], [1], [1], [2]], 1);
const unitOf = new Uint8Array([0, 1, 1, 2, 2, 2]);
const parentOf = new Int32Array([-1, 0, 1]);

describe('rollUpHierarchy', () => {
  it('makes each unit cover its descendants (worked by hand)', () => {
    const rolled = rollUpHierarchy(
      aggregateByGroup(matrix, config, { groupOf: unitOf, groups: 3 }),
      parentOf,
    );
    // Team: {1, 1, 2}; department: {2, 3} + team = 5 people, mean 9/5; ministry: {4} + department = 6, mean 13/6.
    expect([...rolled.count]).toEqual([6, 5, 3]);
    expect(rolled.mean[2]).toBeCloseTo(4 / 3, 12);
    expect(rolled.mean[1]).toBeCloseTo(9 / 5, 12);
    expect(rolled.mean[0]).toBeCloseTo(13 / 6, 12);
    // M2 = Σx² − n·x̄² = (16 + 4 + 9 + 1 + 1 + 4) − 6 × (13/6)² = 35 − 169/6 = 41/6.
    expect(rolled.m2[0]).toBeCloseTo(41 / 6, 12);
    expect([...rolled.min]).toEqual([1, 1, 1]);
    expect([...rolled.max]).toEqual([4, 3, 2]);
  });

  it('then lets summariseGroups protect the small units along the hierarchy', () => {
    const rolled = rollUpHierarchy(
      aggregateByGroup(matrix, config, { groupOf: unitOf, groups: 3 }),
      parentOf,
    );
    const summary = summariseGroups(rolled, { k: 3, parentOf });
    // The ministry's one direct member would be 6 − 5: the department is withheld as well.
    expect(summary.cells.map((cell) => cell.status)).toEqual([
      'published',
      'suppressed',
      'published',
    ]);
  });
});

describe('mergePartials', () => {
  it('refuses partials scored under another configuration', () => {
    const other = compileScoringConfig({ ...config.config, minAnsweredShare: 1 });
    const a = aggregateByGroup(matrix, config, { groupOf: unitOf, groups: 3 });
    const b = aggregateByGroup(matrix, other, { groupOf: unitOf, groups: 3 });
    expect(() => mergePartials([a, b])).toThrow(/parts\[1\]\.provenance\.configHash/);
    expect(() => mergePartials([])).toThrow(/parts/);
  });
});

describe('hierarchyDepths', () => {
  it('gives depths and rejects cycles and bad parents', () => {
    expect([...hierarchyDepths(parentOf)]).toEqual([0, 1, 2]);
    expect(() => hierarchyDepths(new Int32Array([1, 0]))).toThrow(/own ancestor/);
    expect(() => hierarchyDepths(new Int32Array([-1, 7]))).toThrow(/parentOf\[1\]/);
  });
});
