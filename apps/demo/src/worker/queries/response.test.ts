import { validateWorkspace } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../contract.js';
import { mutations, queries } from './response.js';

// Runs a query or mutation, a throw becoming a rejection (run may answer without a promise).
const attempt = (run: () => unknown) => new Promise((resolve) => resolve(run()));
const context: RunContext = { progress: () => undefined, signal: new AbortController().signal };
const sample = generateSampleWorkspace({ people: 1500, seed: 2026 });
const plan = (budget: number, keptIn: string[] = [], leftOut: string[] = []) =>
  queries['response.plan'].run(sample, { budget, keptIn, leftOut, locale: 'en' }, context);

describe('response.plan', () => {
  it('stays within the budget, and a smaller budget buys a smaller plan', async () => {
    const budget = sample.plans[0]?.budget.amount ?? 0;
    const full = await plan(budget);
    const small = await plan(Math.round(budget / 3));
    expect(full.totals.cost).toBeLessThanOrEqual(budget);
    expect(small.totals.cost).toBeLessThanOrEqual(Math.round(budget / 3));
    expect(small.totals.gapPointsClosed).toBeLessThan(full.totals.gapPointsClosed);
    // The saved form costs what the planner costed (the burn-down's planned total).
    const proposalCost = small.proposal.interventions.reduce(
      (sum, i) => sum + i.cost.fixed + i.cost.perParticipant * i.seats,
      0,
    );
    expect(proposalCost).toBeCloseTo(small.totals.cost, 6);
  }, 60_000);

  it('leaves out what the visitor leaves out, and what needs it first', async () => {
    const budget = sample.plans[0]?.budget.amount ?? 0;
    const full = await plan(budget);
    const run = full.proposal.interventions.map((i) => i.offeringId as string);
    const out = run[0] as string;
    const without = await plan(budget, [], [out]);
    expect(without.proposal.interventions.map((i) => i.offeringId)).not.toContain(out);
    expect(without.leftOut.find((e) => e.interventionId === out)?.reason).toBe('leftOutByYou');
    const dependants = sample.catalogue.filter((o) => o.prerequisiteIds?.includes(out) === true);
    for (const dependant of dependants)
      expect(without.leftOut.find((e) => e.interventionId === dependant.id)?.reason).toBe(
        'prerequisiteLeftOut',
      );
  }, 60_000);

  it('refuses an intervention both kept in and left out, and one not in the catalogue', async () => {
    const id = sample.catalogue[0]?.id as string;
    await expect(attempt(() => plan(100_000, [id], [id]))).rejects.toThrow(
      'both kept in and left out',
    );
    await expect(attempt(() => plan(100_000, ['no-such-offering']))).rejects.toThrow(
      'is not in the catalogue',
    );
  });

  it('takes only the settings it knows, a budget that is not negative', () => {
    const args = queries['response.plan'].args;
    const good = { budget: 1000, keptIn: [], leftOut: [], locale: 'en' };
    expect(args.safeParse(good).success).toBe(true);
    expect(args.safeParse({ ...good, budget: -1 }).success).toBe(false);
    expect(args.safeParse({ ...good, plan: {} }).success).toBe(false);
  });
});

describe('response.savePlan', () => {
  it('adds a valid plan to the workspace, numbered after those saved before', async () => {
    const args = { budget: 150_000, keptIn: [], leftOut: [], locale: 'en' };
    const once = await mutations['response.savePlan'].run(sample, args, context);
    expect(once.result.id).toBe('plan-recommended-1');
    expect(once.workspace.plans).toHaveLength(sample.plans.length + 1);
    const checked = validateWorkspace(once.workspace);
    expect(checked.success ? [] : checked.issues).toEqual([]);
    const twice = await mutations['response.savePlan'].run(once.workspace, args, context);
    expect(twice.result.id).toBe('plan-recommended-2');
    // The workspace given is left as it was.
    expect(sample.plans).toHaveLength(once.workspace.plans.length - 1);
  }, 60_000);
});
