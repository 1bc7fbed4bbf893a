import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetBurnDown } from './budgetBurnDown.js';
import { planSchedule } from './schedule.js';
import { scheduleStatuses } from './scheduleResult.js';
import type { ScheduledIntervention, ScheduledPlan } from './scheduleInput.js';

// Dates as offsets from 1 January 2024, written out through UTC (no time zone) so that the
// generator does not share the engine's date code.
const origin = Date.UTC(2024, 0, 1);
const dateAt = (offset: number) =>
  new Date(origin + offset * 86_400_000).toISOString().slice(0, 10);

const status = fc.constantFrom('planned', 'inProgress', 'completed', 'cancelled' as const);

interface Shape {
  start: number;
  length: number;
  status: ScheduledIntervention['status'];
  milestones: { at: number; status: ScheduledIntervention['status'] }[];
  fixedCents: number;
  perParticipantCents: number;
  participants: number | null;
  spending: { at: number; kind: 'committed' | 'spent'; cents: number }[];
  prerequisite: number | null;
}

const shape: fc.Arbitrary<Shape> = fc.record({
  start: fc.integer({ min: 0, max: 900 }),
  length: fc.integer({ min: 1, max: 200 }),
  status,
  milestones: fc.array(fc.record({ at: fc.integer({ min: -10, max: 220 }), status }), {
    maxLength: 4,
  }),
  fixedCents: fc.integer({ min: 0, max: 50_000_000 }),
  perParticipantCents: fc.integer({ min: 0, max: 500_000 }),
  participants: fc.option(fc.integer({ min: 0, max: 40 })),
  spending: fc.array(
    fc.record({
      at: fc.integer({ min: -30, max: 250 }),
      kind: fc.constantFrom('committed', 'spent' as const),
      cents: fc.integer({ min: 0, max: 5_000_000 }),
    }),
    { maxLength: 3 },
  ),
  prerequisite: fc.option(fc.nat()),
});

function planOf(shapes: readonly Shape[], shift = 0): ScheduledPlan {
  return {
    budget: { amount: 1_000_000, currency: 'EUR' },
    interventions: shapes.map((item, index) => {
      // A prerequisite only among earlier interventions, so that there is never a cycle.
      const prerequisite =
        item.prerequisite === null || index === 0 ? null : item.prerequisite % index;
      return {
        id: `i${index}`,
        startsOn: dateAt(item.start + shift),
        endsOn: dateAt(item.start + item.length - 1 + shift),
        status: item.status,
        seats: 40,
        cost: {
          currency: 'EUR',
          fixed: item.fixedCents / 100,
          perParticipant: item.perParticipantCents / 100,
        },
        milestones: item.milestones.map((milestone, m) => ({
          id: `i${index}m${m}`,
          due: dateAt(item.start + milestone.at + shift),
          status: milestone.status,
        })),
        ...(item.participants === null
          ? {}
          : { participantIds: Array.from({ length: item.participants }, (_, p) => `p${p}`) }),
        spending: item.spending.map((entry, s) => ({
          id: `i${index}s${s}`,
          on: dateAt(item.start + entry.at + shift),
          kind: entry.kind,
          amount: entry.cents / 100,
        })),
        ...(prerequisite === null ? {} : { prerequisiteIds: [`i${prerequisite}`] }),
      };
    }),
  };
}

const shapes = fc.array(shape, { maxLength: 8 });
const cents = (amount: number) => Math.round(amount * 100);

describe('planSchedule: properties', () => {
  it('gives every item exactly one status, and the counts add up', () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: -30, max: 1200 }), (generated, today) => {
        const schedule = planSchedule(planOf(generated), { today: dateAt(today) });
        const milestones = generated.reduce((sum, item) => sum + item.milestones.length, 0);
        expect(schedule.items).toHaveLength(generated.length + milestones);
        for (const item of schedule.items) expect(scheduleStatuses).toContain(item.status);
        for (const status of scheduleStatuses) {
          expect(schedule.counts[status]).toBe(
            schedule.items.filter((item) => item.status === status).length,
          );
        }
        for (const item of schedule.items) {
          expect(item.daysLate).toBe(item.status === 'overdue' ? -item.daysUntilDue : 0);
          if (item.status === 'overdue') expect(item.daysLate).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('changes no status when every date and today move by the same number of days', () => {
    fc.assert(
      fc.property(
        shapes,
        fc.integer({ min: -30, max: 1200 }),
        fc.integer({ min: -700, max: 3000 }),
        (generated, today, shift) => {
          const before = planSchedule(planOf(generated), {
            today: dateAt(today),
            atRiskWithinDays: 10,
          });
          const after = planSchedule(planOf(generated, shift), {
            today: dateAt(today + shift),
            atRiskWithinDays: 10,
          });
          const read = (schedule: typeof before) =>
            schedule.items.map(({ id, status, reasons, daysLate, daysUntilDue }) => ({
              id,
              status,
              reasons,
              daysLate,
              daysUntilDue,
            }));
          expect(read(after)).toEqual(read(before));
          const shares = (schedule: typeof before) =>
            schedule.progress.interventions.map(({ startsOn: _, endsOn: __, ...shares }) => shares);
          expect(shares(after)).toEqual(shares(before));
          expect(after.progress.plannedShare).toBe(before.progress.plannedShare);
          expect(after.progress.actualShare).toBe(before.progress.actualShare);
          expect(after.criticalPath).toEqual(before.criticalPath);
          expect(after.prerequisiteViolations.map((violation) => violation.overlapDays)).toEqual(
            before.prerequisiteViolations.map((violation) => violation.overlapDays),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('budgetBurnDown: properties', () => {
  const by = fc.constantFrom('week', 'month', 'quarter' as const);
  const spread = fc.constantFrom('evenly', 'atStart', 'atEnd' as const);
  const participants = fc.constantFrom('seats', 'enrolled' as const);

  it('has non-decreasing cumulative series that end at the totals, in whole cents', () => {
    fc.assert(
      fc.property(
        shapes,
        fc.integer({ min: -30, max: 1200 }),
        by,
        spread,
        participants,
        (generated, today, period, rule, counted) => {
          const burnDown = budgetBurnDown(planOf(generated), {
            today: dateAt(today),
            by: period,
            spread: rule,
            participants: counted,
          });
          let previous = { planned: 0, committed: 0, spent: 0 };
          let plannedSum = 0;
          for (const row of burnDown.periods) {
            expect(row.plannedCumulative).toBeGreaterThanOrEqual(previous.planned);
            expect(row.committedCumulative).toBeGreaterThanOrEqual(previous.committed);
            expect(row.spentCumulative).toBeGreaterThanOrEqual(previous.spent);
            expect(Math.abs(row.planned * 100 - cents(row.planned))).toBeLessThan(1e-6); // whole cents
            plannedSum += cents(row.planned);
            previous = {
              planned: row.plannedCumulative,
              committed: row.committedCumulative,
              spent: row.spentCumulative,
            };
          }
          // The exact total planned cost, from the generator's own cents.
          const expected = generated.reduce(
            (sum, item) =>
              item.status === 'cancelled'
                ? sum
                : sum +
                  item.fixedCents +
                  item.perParticipantCents *
                    (counted === 'enrolled' ? (item.participants ?? 40) : 40),
            0,
          );
          expect(cents(burnDown.totals.planned)).toBe(expected);
          expect(plannedSum).toBe(expected);
          expect(cents(burnDown.periods.at(-1)?.plannedCumulative ?? 0)).toBe(expected);
          const recorded = generated.flatMap((item) => item.spending);
          const total = (kind: 'committed' | 'spent') =>
            recorded
              .filter((entry) => entry.kind === kind)
              .reduce((sum, entry) => sum + entry.cents, 0);
          expect(cents(burnDown.periods.at(-1)?.committedCumulative ?? 0)).toBe(total('committed'));
          expect(cents(burnDown.periods.at(-1)?.spentCumulative ?? 0)).toBe(total('spent'));
          // Bound money: per intervention the larger of its committed and spent totals.
          const obligated = generated.reduce((sum, item) => {
            const of = (kind: 'committed' | 'spent') =>
              item.spending
                .filter((entry) => entry.kind === kind)
                .reduce((total, entry) => total + entry.cents, 0);
            return sum + Math.max(of('committed'), of('spent'));
          }, 0);
          expect(cents(burnDown.periods.at(-1)?.obligatedCumulative ?? 0)).toBe(obligated);
          let bound = 0;
          for (const row of burnDown.periods) {
            expect(row.obligatedCumulative).toBeGreaterThanOrEqual(bound);
            bound = row.obligatedCumulative;
          }
          expect(burnDown.totals.plannedToDate).toBeLessThanOrEqual(burnDown.totals.planned);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives the same totals whatever the period', () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: -30, max: 1200 }), (generated, today) => {
        const plan = planOf(generated);
        const [week, month, quarter] = (['week', 'month', 'quarter'] as const).map((period) =>
          budgetBurnDown(plan, { today: dateAt(today), by: period }),
        );
        expect(week?.totals).toEqual(month?.totals);
        expect(quarter?.totals).toEqual(month?.totals);
      }),
      { numRuns: 40 },
    );
  });
});
