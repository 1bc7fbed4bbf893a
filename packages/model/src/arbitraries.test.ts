import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workspaceArbitrary } from './arbitraries.js';

describe('workspaceArbitrary', () => {
  // The round-trip properties only test what the arbitrary makes: make sure it makes every
  // document of schemaVersion 2, in the shapes the checks look at.
  it('generates catalogues, plan additions, observations and maturity indices', () => {
    const workspaces = fc.sample(workspaceArbitrary, { numRuns: 30, seed: 20261202 });
    const count = (has: (workspace: (typeof workspaces)[number]) => boolean) =>
      workspaces.filter(has).length;
    const interventions = (workspace: (typeof workspaces)[number]) =>
      workspace.plans.flatMap((plan) => plan.interventions);
    expect(
      count((w) => w.catalogue.some((o) => (o.prerequisiteIds?.length ?? 0) > 0)),
    ).toBeGreaterThan(0);
    expect(count((w) => interventions(w).some((i) => i.offeringId !== undefined))).toBeGreaterThan(
      0,
    );
    expect(
      count((w) => interventions(w).some((i) => (i.prerequisiteIds?.length ?? 0) > 0)),
    ).toBeGreaterThan(0);
    expect(
      count((w) => interventions(w).some((i) => (i.spending?.length ?? 0) > 0)),
    ).toBeGreaterThan(0);
    expect(count((w) => w.plans.some((p) => p.constraints?.window !== undefined))).toBeGreaterThan(
      0,
    );
    expect(count((w) => w.evaluations.some((e) => e.observations.length > 0))).toBeGreaterThan(0);
    expect(
      count((w) => w.maturityIndexes.some((m) => m.values.length > 0 && m.levels.length > 1)),
    ).toBeGreaterThan(0);
    expect(
      count((w) =>
        w.maturityIndexes.some((m) => m.nodes.some((n) => n.aggregation === 'generalised')),
      ),
    ).toBeGreaterThan(0);
  });
});
