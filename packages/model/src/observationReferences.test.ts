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

const observation = (w: Workspace, index = 0) => first(first(w.evaluations).observations, index);

describe('evaluation observation checks', () => {
  const cases: [string, (workspace: Workspace) => void, { path: string; message: string }][] = [
    [
      'an observation of an unknown person',
      (w) => (observation(w).personId = 'nope'),
      { path: 'evaluations[0].observations[0].personId', message: 'No person with id "nope"' },
    ],
    [
      'an observation of an intervention outside the plan',
      (w) => (observation(w).interventionId = 'nope'),
      {
        path: 'evaluations[0].observations[0].interventionId',
        message: 'No intervention with id "nope"',
      },
    ],
    [
      'a value above the scale',
      (w) => (observation(w, 2).value = 6),
      {
        path: 'evaluations[0].observations[2].value',
        message: '6 lies outside the instrument scale 1–5',
      },
    ],
    [
      'a value below the scale',
      (w) => (observation(w).value = -1),
      {
        path: 'evaluations[0].observations[0].value',
        message: '-1 lies outside the instrument scale 0–100',
      },
    ],
    [
      'a level its instrument does not measure',
      (w) => (observation(w).level = 3),
      {
        path: 'evaluations[0].observations[0].level',
        message: 'A preTest observation measures Kirkpatrick level 2, not level 3',
      },
    ],
    [
      'a scale without a range',
      (w) => (observation(w, 2).scaleMax = 1),
      {
        path: 'evaluations[0].observations[2].scaleMax',
        message: 'scaleMax (1) must be above scaleMin (1)',
      },
    ],
    [
      'a repeated observation id',
      (w) => (observation(w, 1).id = 'o1'),
      {
        path: 'evaluations[0].observations[1].id',
        message:
          'The id "o1" is used more than once in evaluations[0].observations; it is first used at evaluations[0].observations[0].id',
      },
    ],
  ];

  for (const [name, change, expected] of cases) {
    it(`reports ${name}`, () => {
      expect(issuesAfter(change)).toEqual([expected]);
    });
  }

  it('accepts values at both ends of the scale', () => {
    expect(
      issuesAfter((w) => {
        observation(w).value = 0;
        observation(w, 1).value = 100;
      }),
    ).toEqual([]);
  });

  it('reports an unknown plan once, not once per observation', () => {
    expect(issuesAfter((w) => (first(w.evaluations).planId = 'nope'))).toEqual([
      { path: 'evaluations[0].planId', message: 'No plan with id "nope"' },
    ]);
  });
});
