import { describe, expect, it } from 'vitest';
import { validWorkspace } from './testWorkspace.js';
import { validateWorkspace } from './validation.js';
import type { Workspace } from './workspace.js';

/** Applies one change to a fresh valid workspace and returns the issues found. */
function issuesAfter(change: (workspace: Workspace) => void) {
  const workspace = validWorkspace();
  change(workspace);
  const result = validateWorkspace(workspace);
  if (result.success) return [];
  return result.issues.map(({ path, message }) => ({ path, message }));
}

function first<T>(items: readonly T[] | undefined, index = 0): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`fixture has no element ${index}`);
  return item;
}

const index = (w: Workspace) => first(w.maturityIndexes);

describe('maturity index checks', () => {
  const cases: [string, (workspace: Workspace) => void, { path: string; message: string }][] = [
    [
      'an index with two roots',
      (w) => delete first(index(w).nodes, 1).parentId,
      {
        path: 'maturityIndexes[0].nodes',
        message: 'A maturity index needs exactly one root node (a node without parentId); it has 2',
      },
    ],
    [
      'a node under an unknown parent',
      (w) => (first(index(w).nodes, 2).parentId = 'nope'),
      { path: 'maturityIndexes[0].nodes[2].parentId', message: 'No node with id "nope"' },
    ],
    [
      'nodes each the parent of the other',
      (w) => {
        first(index(w).nodes, 1).parentId = 'skills';
        first(index(w).nodes, 2).parentId = 'use';
      },
      {
        path: 'maturityIndexes[0].nodes[1].parentId',
        message: '"use" is its own ancestor through parentId',
      },
    ],
    [
      'an indicator under an unknown node',
      (w) => (first(index(w).indicators).parentId = 'nope'),
      { path: 'maturityIndexes[0].indicators[0].parentId', message: 'No node with id "nope"' },
    ],
    [
      'an indicator under another indicator',
      (w) => (first(index(w).indicators).parentId = 'trained'),
      { path: 'maturityIndexes[0].indicators[0].parentId', message: 'No node with id "trained"' },
    ],
    [
      'an indicator with the id of a node',
      (w) => {
        first(index(w).indicators, 2).id = 'skills';
        for (const value of index(w).values)
          if (value.indicatorId === 'trained') value.indicatorId = 'skills';
      },
      {
        path: 'maturityIndexes[0].indicators[2].id',
        message:
          'The id "skills" is used more than once in maturityIndexes[0].nodes and indicators; it is first used at maturityIndexes[0].nodes[2].id',
      },
    ],
    [
      'a generalised mean without its power',
      (w) => delete first(index(w).nodes).power,
      {
        path: 'maturityIndexes[0].nodes[0].power',
        message: 'Node "index" aggregates by generalised mean, which needs a power',
      },
    ],
    [
      'goalposts the wrong way round',
      (w) => (first(index(w).indicators).goalposts = { low: 20, high: 20 }),
      {
        path: 'maturityIndexes[0].indicators[0].goalposts',
        message: 'Goalpost low (20) must be below high (20)',
      },
    ],
    [
      'an entity of an unknown unit',
      (w) => (first(index(w).entities).unitId = 'nope'),
      { path: 'maturityIndexes[0].entities[0].unitId', message: 'No unit with id "nope"' },
    ],
    [
      'a value of an unknown entity',
      (w) => (first(index(w).values, 4).entityId = 'nope'),
      { path: 'maturityIndexes[0].values[4].entityId', message: 'No entity with id "nope"' },
    ],
    [
      'a value of an unknown indicator',
      (w) => (first(index(w).values, 4).indicatorId = 'nope'),
      {
        path: 'maturityIndexes[0].values[4].indicatorId',
        message: 'No indicator with id "nope"',
      },
    ],
    [
      'two values of one entity and indicator',
      (w) => index(w).values.push({ entityId: 'e-team', indicatorId: 'dashboards', value: 1 }),
      {
        path: 'maturityIndexes[0].values[5]',
        message:
          'Entity "e-team" has more than one value of indicator "dashboards"; the first is at maturityIndexes[0].values[3]',
      },
    ],
    [
      'levels out of order',
      (w) => (first(index(w).levels, 2).minScore = 25),
      {
        path: 'maturityIndexes[0].levels[2].minScore',
        message: 'Levels must go up by minScore: 25 follows 25',
      },
    ],
    [
      'a repeated level id',
      (w) => (first(index(w).levels, 3).id = 'initial'),
      {
        path: 'maturityIndexes[0].levels[3].id',
        message:
          'The id "initial" is used more than once in maturityIndexes[0].levels; it is first used at maturityIndexes[0].levels[0].id',
      },
    ],
    [
      'a repeated index id',
      (w) => w.maturityIndexes.push(structuredClone(index(w))),
      {
        path: 'maturityIndexes[1].id',
        message:
          'The id "dmi" is used more than once in maturityIndexes; it is first used at maturityIndexes[0].id',
      },
    ],
  ];

  for (const [name, change, expected] of cases) {
    it(`reports ${name}`, () => {
      expect(issuesAfter(change)).toEqual([expected]);
    });
  }

  it('reports an index without a root, whose nodes then run in a cycle', () => {
    expect(issuesAfter((w) => (first(index(w).nodes).parentId = 'use'))).toEqual([
      {
        path: 'maturityIndexes[0].nodes',
        message: 'A maturity index needs exactly one root node (a node without parentId); it has 0',
      },
      {
        path: 'maturityIndexes[0].nodes[0].parentId',
        message: '"index" is its own ancestor through parentId',
      },
    ]);
  });

  it('accepts missing values: a value left out is missing, never zero', () => {
    expect(issuesAfter((w) => index(w).values.splice(1, 2))).toEqual([]);
  });
});
