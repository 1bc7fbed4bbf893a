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
  return result.issues.map(({ path, code, message }) => ({ path, code, message }));
}

// `noUncheckedIndexedAccess` makes every element optional; the fixture has them all.
function first<T>(items: readonly T[] | undefined, index = 0): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`fixture has no element ${index}`);
  return item;
}

const course = (w: Workspace) => first(first(w.plans).interventions, 0);
const mentoring = (w: Workspace) => first(first(w.plans).interventions, 1);

describe('catalogue and plan checks (schemaVersion 2)', () => {
  const cases: [string, (workspace: Workspace) => void, { path: string; message: string }][] = [
    [
      'an offering raising an unknown competency',
      (w) => (first(first(w.catalogue).targets).competencyId = 'nope'),
      { path: 'catalogue[0].targets[0].competencyId', message: 'No competency with id "nope"' },
    ],
    [
      'an offering from an unknown provider',
      (w) => (first(w.catalogue).providerAssetId = 'nope'),
      { path: 'catalogue[0].providerAssetId', message: 'No capacity asset with id "nope"' },
    ],
    [
      'an offering available until before it is available from',
      (w) => (first(w.catalogue).availableUntil = '2026-02-01'),
      {
        path: 'catalogue[0].availableUntil',
        message: 'availableUntil (2026-02-01) is before availableFrom (2026-03-01)',
      },
    ],
    [
      'an offering prerequisite not in the catalogue',
      (w) => (first(w.catalogue, 1).prerequisiteIds = ['nope']),
      { path: 'catalogue[1].prerequisiteIds[0]', message: 'No offering with id "nope"' },
    ],
    [
      'two offerings each the prerequisite of the other',
      (w) => (first(w.catalogue).prerequisiteIds = ['data-mentoring']),
      {
        path: 'catalogue[1].prerequisiteIds[0]',
        message:
          '"data-mentoring" would have to come before itself: data-course → data-mentoring → data-course',
      },
    ],
    [
      'an offering its own prerequisite',
      (w) => (first(w.catalogue).prerequisiteIds = ['data-course']),
      {
        path: 'catalogue[0].prerequisiteIds[0]',
        message: '"data-course" would have to come before itself: data-course → data-course',
      },
    ],
    [
      'an intervention running an unknown offering',
      (w) => (course(w).offeringId = 'nope'),
      { path: 'plans[0].interventions[0].offeringId', message: 'No offering with id "nope"' },
    ],
    [
      'an intervention costed in another currency than its offering',
      (w) => {
        first(w.catalogue).cost.currency = 'KES';
      },
      {
        path: 'plans[0].interventions[0].cost.currency',
        message: 'Cost in EUR, but offering "data-course" is costed in KES',
      },
    ],
    [
      'an intervention prerequisite outside the plan',
      (w) => (mentoring(w).prerequisiteIds = ['nope']),
      {
        path: 'plans[0].interventions[1].prerequisiteIds[0]',
        message: 'No intervention with id "nope"',
      },
    ],
    [
      'interventions each the prerequisite of the other',
      (w) => (course(w).prerequisiteIds = ['mentoring']),
      {
        path: 'plans[0].interventions[1].prerequisiteIds[0]',
        message: '"mentoring" would have to come before itself: course → mentoring → course',
      },
    ],
    [
      'a repeated spending id',
      (w) => (first(course(w).spending, 1).id = 'sp1'),
      {
        path: 'plans[0].interventions[0].spending[1].id',
        message:
          'The id "sp1" is used more than once in plans[0].interventions[0].spending; it is first used at plans[0].interventions[0].spending[0].id',
      },
    ],
    [
      'a constraint window that ends before it starts',
      (w) => {
        const window = first(w.plans).constraints?.window;
        if (window !== undefined) window.to = '2026-03-01';
      },
      {
        path: 'plans[0].constraints.window.to',
        message: 'to (2026-03-01) is before from (2026-04-01)',
      },
    ],
    [
      'a minimum coverage of an unknown unit',
      (w) => (first(first(w.plans).constraints?.minCoverage).unitId = 'nope'),
      {
        path: 'plans[0].constraints.minCoverage[0].unitId',
        message: 'No unit with id "nope"',
      },
    ],
    [
      'a repeated offering id',
      (w) => w.catalogue.push(structuredClone(first(w.catalogue))),
      {
        path: 'catalogue[2].id',
        message:
          'The id "data-course" is used more than once in catalogue; it is first used at catalogue[0].id',
      },
    ],
  ];

  for (const [name, change, expected] of cases) {
    it(`reports ${name}`, () => {
      const issues = issuesAfter(change);
      expect(issues.map(({ path, message }) => ({ path, message }))).toEqual([expected]);
    });
  }

  it('costs the budget at every seat filled: fixed + per participant × seats', () => {
    // course 4000 + 1000 × 2 = 6000, mentoring 0 + 500 × 2 = 1000: 7000 of 10000.
    expect(issuesAfter((w) => (first(w.plans).budget.amount = 7000))).toEqual([]);
    expect(issuesAfter((w) => (first(w.plans).budget.amount = 6999))).toEqual([
      {
        path: 'plans[0].budget.amount',
        code: 'plan.overBudget',
        message: 'Interventions cost 7000 EUR, over the budget of 6999 EUR',
      },
    ]);
  });

  it('finds a cycle deep in a long prerequisite chain once, and no cycle in a long chain', () => {
    const chain = (closed: boolean) =>
      issuesAfter((w) => {
        const template = first(w.catalogue);
        w.catalogue = Array.from({ length: 2000 }, (_, k) => ({
          ...structuredClone(template),
          id: `o${k}`,
          prerequisiteIds: k === 0 ? (closed ? ['o1999'] : []) : [`o${k - 1}`],
        }));
        for (const plan of w.plans)
          for (const intervention of plan.interventions) delete intervention.offeringId;
      });
    expect(chain(false)).toEqual([]);
    const issues = chain(true);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('prerequisites.cycle');
    // The search starts at o0 and walks o1999 → o1998 → … → o1, whose prerequisite o0 closes it.
    expect(issues[0]?.path).toBe('catalogue[1].prerequisiteIds[0]');
  });
});
