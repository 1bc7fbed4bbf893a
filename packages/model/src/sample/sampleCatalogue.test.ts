import { describe, expect, it } from 'vitest';
import { interventionKindSchema } from '../capacityDevelopmentPlan.js';
import { interventionCostFor } from '../interventionCost.js';
import { generateSampleWorkspace } from './generateSampleWorkspace.js';
import { sampleCatalogue } from './sampleCatalogue.js';

describe('the sample catalogue', () => {
  it('offers seventeen things of all eight kinds, in euros, some building on others', () => {
    expect(sampleCatalogue).toHaveLength(17);
    expect(new Set(sampleCatalogue.map((offering) => offering.kind))).toEqual(
      new Set(interventionKindSchema.options.filter((kind) => kind !== 'other')),
    );
    expect(new Set(sampleCatalogue.map((offering) => offering.cost.currency))).toEqual(
      new Set(['EUR']),
    );
    expect(
      sampleCatalogue.filter((offering) => (offering.prerequisiteIds?.length ?? 0) > 0),
    ).toHaveLength(7);
    expect(sampleCatalogue.filter((offering) => offering.cost.fixed === 0)).toHaveLength(6);
  });
});

describe('the sample plan', () => {
  const workspace = generateSampleWorkspace({ people: 2_000, seed: 3 });
  const [plan] = workspace.plans;
  const interventions = plan?.interventions ?? [];
  const offerings = new Map(workspace.catalogue.map((offering) => [offering.id, offering]));

  it('runs nine offerings of the catalogue, paying the fixed cost once per run', () => {
    expect(workspace.catalogue).toEqual(sampleCatalogue);
    expect(interventions).toHaveLength(9);
    for (const intervention of interventions) {
      const offering = offerings.get(intervention.offeringId ?? '');
      expect(offering?.kind).toBe(intervention.kind);
      const runs = Math.ceil(intervention.seats / (offering?.seats ?? 1));
      expect(intervention.cost).toEqual({
        currency: 'EUR',
        fixed: (offering?.cost.fixed ?? NaN) * runs,
        perParticipant: offering?.cost.perParticipant,
      });
    }
  });

  it('follows the catalogue prerequisites, each before the intervention that needs it', () => {
    const byId = new Map(interventions.map((intervention) => [intervention.id, intervention]));
    const withPrerequisites = interventions.filter((i) => (i.prerequisiteIds?.length ?? 0) > 0);
    expect(withPrerequisites.map((i) => [i.id, i.prerequisiteIds])).toEqual([
      ['int-centex-secondments', ['int-identity-course']],
      ['int-user-research-workshops', ['int-data-protection-elearning']],
      ['int-procurement-course', ['int-data-protection-elearning']],
    ]);
    for (const intervention of withPrerequisites) {
      for (const id of intervention.prerequisiteIds ?? []) {
        expect(byId.get(id)?.endsOn.localeCompare(intervention.startsOn)).toBe(-1);
      }
    }
  });

  it('commits before the start and spends on what has run, never more than committed', () => {
    for (const intervention of interventions) {
      const spending = intervention.spending ?? [];
      const committed = spending.filter((entry) => entry.kind === 'committed');
      const spent = spending.filter((entry) => entry.kind === 'spent');
      expect(committed).toHaveLength(1);
      expect(committed[0]?.amount).toBe(
        Math.round(
          interventionCostFor(intervention.cost, intervention.participantIds?.length ?? 0),
        ),
      );
      expect((committed[0]?.on ?? '') < intervention.startsOn).toBe(true);
      expect(spent).toHaveLength(intervention.status === 'planned' ? 0 : 1);
      for (const entry of spent) expect(entry.amount).toBeLessThan(committed[0]?.amount ?? 0);
    }
  });

  it('keeps to a window, a number of days per person and the coverage of two departments', () => {
    expect(plan?.constraints).toEqual({
      window: { from: '2026-03-01', to: '2026-12-18' },
      maxDaysPerPerson: 25,
      minCoverage: [
        { unitId: expect.any(String) as string, share: 0.25 },
        { unitId: expect.any(String) as string, share: 0.2 },
      ],
    });
    const total = interventions.reduce((sum, i) => sum + interventionCostFor(i.cost, i.seats), 0);
    expect(total).toBeLessThanOrEqual(plan?.budget.amount ?? 0);
  });
});
