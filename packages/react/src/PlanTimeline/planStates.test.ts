import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAsOf, planInterventions } from '../../test/fixtures/PlanTimeline.fixtures.js';
import {
  countStates,
  interventionState,
  interventionStates,
  milestoneState,
  nextMilestone,
  shiftDay,
  type TimedIntervention,
} from './planStates.js';

const base: TimedIntervention = {
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  status: 'inProgress',
  milestones: [],
};

describe('interventionState', () => {
  it('reads done and cancelled from the status, whatever the dates', () => {
    expect(
      interventionState({ ...base, status: 'completed', endsOn: '2020-01-01' }, '2026-03-02'),
    ).toBe('done');
    expect(
      interventionState({ ...base, status: 'cancelled', endsOn: '2020-01-01' }, '2026-03-02'),
    ).toBe('cancelled');
  });

  it('is overdue from the day after its end, not on its last day', () => {
    expect(interventionState(base, '2026-03-31')).toBe('onTrack');
    expect(interventionState(base, '2026-04-01')).toBe('overdue');
  });

  it('is at risk when still planned after its start', () => {
    const planned = { ...base, status: 'planned' as const };
    expect(interventionState(planned, '2026-03-01', 0)).toBe('onTrack');
    expect(interventionState(planned, '2026-03-02', 0)).toBe('atRisk');
  });

  it('is at risk when still planned and ending within riskDays (31 March − 17 March = 14 days)', () => {
    const later = { ...base, startsOn: '2026-03-20', status: 'planned' as const };
    expect(interventionState(later, '2026-03-16')).toBe('onTrack'); // 15 days left
    expect(interventionState(later, '2026-03-17')).toBe('atRisk'); // 14 days left
    expect(interventionState(later, '2026-03-17', 13)).toBe('onTrack');
  });

  it('is at risk in progress with a milestone past due', () => {
    const late = { ...base, milestones: [{ due: '2026-03-10', status: 'planned' as const }] };
    expect(interventionState(late, '2026-03-10')).toBe('onTrack');
    expect(interventionState(late, '2026-03-11')).toBe('atRisk');
  });

  it('classifies the fixture plan on 2 March 2026', () => {
    expect(planInterventions.map((i) => interventionState(i, planAsOf))).toEqual([
      'overdue',
      'atRisk',
      'onTrack',
      'done',
      'cancelled',
    ]);
    expect(countStates(planInterventions, planAsOf)).toEqual({
      overdue: 1,
      atRisk: 1,
      onTrack: 1,
      done: 1,
      cancelled: 1,
    });
  });

  it('puts every intervention in exactly one state on any day (property)', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((offset) => shiftDay('2025-01-01', offset));
    const status = fc.constantFrom('planned', 'inProgress', 'completed', 'cancelled' as const);
    const arbitrary = fc.record({
      start: day,
      length: fc.integer({ min: 0, max: 400 }),
      status,
      milestones: fc.array(fc.record({ due: day, status }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 20 }), day, fc.nat(60), (specs, asOf, risk) => {
        const interventions = specs.map((spec) => ({
          startsOn: spec.start,
          endsOn: shiftDay(spec.start, spec.length),
          status: spec.status,
          milestones: spec.milestones,
        }));
        for (const intervention of interventions) {
          const state = interventionState(intervention, asOf, risk);
          expect(interventionStates.filter((s) => s === state)).toHaveLength(1);
          if (state === 'overdue') expect(intervention.endsOn < asOf).toBe(true);
          if (state === 'done') expect(intervention.status).toBe('completed');
        }
        const counts = countStates(interventions, asOf, risk);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(interventions.length);
      }),
    );
  });
});

describe('milestones', () => {
  it('are overdue the day after they are due unless done or cancelled', () => {
    expect(milestoneState({ due: '2026-03-14', status: 'planned' }, '2026-03-14')).toBe('upcoming');
    expect(milestoneState({ due: '2026-03-14', status: 'planned' }, '2026-03-15')).toBe('overdue');
    expect(milestoneState({ due: '2026-03-14', status: 'completed' }, '2026-03-15')).toBe('done');
  });

  it('finds the next one ahead of a live intervention', () => {
    expect(nextMilestone(planInterventions, planAsOf)?.id).toBe('ms-review');
    expect(nextMilestone(planInterventions, '2026-06-27')).toBeNull();
  });
});
