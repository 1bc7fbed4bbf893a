import type { Stakeholder } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOf,
  ministryStakeholders,
  ministryStatuses,
} from '../../test/fixtures/StakeholderGrid.fixtures.js';
import {
  engagementPlan,
  engagementStrategies,
  moveStakeholder,
  placeStakeholders,
  quadrantOf,
  stakeholderFindings,
  stepForKey,
  type GridStep,
} from './stakeholderPlacement.js';

function byId(id: string): Stakeholder {
  const found = ministryStakeholders.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no fixture ${id}`);
  return found;
}

describe('quadrantOf', () => {
  it('splits each scale at 3, which counts as high', () => {
    expect(quadrantOf({ power: 3, interest: 3 })).toBe('manageClosely');
    expect(quadrantOf({ power: 5, interest: 2 })).toBe('keepSatisfied');
    expect(quadrantOf({ power: 2, interest: 5 })).toBe('keepInformed');
    expect(quadrantOf({ power: 2, interest: 2 })).toBe('monitor');
    expect(quadrantOf({ power: 1, interest: 1 })).toBe('monitor');
  });
});

describe('placeStakeholders', () => {
  it('puts the ministry’s register in its quadrants, most powerful first', () => {
    const placed = placeStakeholders(ministryStakeholders);
    const ids = (strategy: keyof typeof placed) => placed[strategy].map((entry) => entry.id);
    // Power 5 interest 5, 5/4, then 4/5, 4/3, then 3/4.
    expect(ids('manageClosely')).toEqual([
      'digital',
      'finance',
      'commission',
      'worldbank',
      'union',
    ]);
    expect(ids('keepSatisfied')).toEqual(['chamber']);
    expect(ids('keepInformed')).toEqual(['university']);
    expect(ids('monitor')).toEqual(['panel']);
  });

  it('lists the quadrants top row first: high power, then low', () => {
    expect(engagementStrategies).toEqual([
      'keepSatisfied',
      'manageClosely',
      'monitor',
      'keepInformed',
    ]);
  });
});

describe('moveStakeholder', () => {
  it('moves one step and takes the strategy the grid suggests there', () => {
    // The union at power 3, interest 4: one step less power leaves manage closely.
    const moved = moveStakeholder(byId('union'), 'lessPower');
    expect([moved.power, moved.interest, moved.strategy]).toEqual([2, 4, 'keepInformed']);
    const chamber = moveStakeholder(byId('chamber'), 'moreInterest');
    expect([chamber.power, chamber.interest, chamber.strategy]).toEqual([4, 3, 'manageClosely']);
  });

  it('stays at the edge of the scale, returning the same stakeholder', () => {
    const digital = byId('digital');
    expect(moveStakeholder(digital, 'morePower')).toBe(digital);
    expect(moveStakeholder(digital, 'moreInterest')).toBe(digital);
    expect(moveStakeholder(byId('panel'), 'lessPower')).toBe(byId('panel'));
  });
});

describe('stepForKey', () => {
  it('maps up and down to power and the across keys to interest, mirrored right to left', () => {
    expect(stepForKey('ArrowUp', false)).toBe('morePower');
    expect(stepForKey('ArrowDown', true)).toBe('lessPower');
    expect(stepForKey('ArrowRight', false)).toBe('moreInterest');
    expect(stepForKey('ArrowRight', true)).toBe('lessInterest');
    expect(stepForKey('ArrowLeft', true)).toBe('moreInterest');
    expect(stepForKey('Enter', false)).toBeUndefined();
  });
});

describe('engagementPlan', () => {
  it('orders by date and flags a planned activity dated before asOf', () => {
    const plan = engagementPlan(byId('finance').activities, ministryStatuses, asOf);
    expect(plan.map((entry) => [entry.activity.id, entry.status, entry.overdue])).toEqual([
      ['a1', 'done', false],
      ['a2', 'planned', false],
    ]);
    const commission = engagementPlan(byId('commission').activities, ministryStatuses, asOf);
    expect(commission.map((entry) => entry.overdue)).toEqual([true]);
  });

  it('flags nothing without an asOf date', () => {
    const plan = engagementPlan(byId('commission').activities, undefined, undefined);
    expect(plan.map((entry) => entry.overdue)).toEqual([false]);
  });

  it('does not count an activity due on asOf itself as overdue', () => {
    const plan = engagementPlan(byId('commission').activities, undefined, '2026-11-25');
    expect(plan.map((entry) => entry.overdue)).toEqual([false]);
  });
});

describe('stakeholderFindings', () => {
  it('counts the ministry’s register by hand', () => {
    expect(stakeholderFindings(ministryStakeholders, ministryStatuses, asOf)).toEqual({
      total: 8,
      manageClosely: 5,
      // The union (no activity) and the World Bank (its only one done).
      manageCloselyUnplanned: 2,
      // The commission's workshop of 25 November.
      overdueActivities: 1,
      // The chamber: recorded monitor, the grid says keep satisfied.
      strategyMismatches: 1,
    });
  });

  it('counts nothing in an empty register', () => {
    expect(stakeholderFindings([], undefined, asOf)).toEqual({
      total: 0,
      manageClosely: 0,
      manageCloselyUnplanned: 0,
      overdueActivities: 0,
      strategyMismatches: 0,
    });
  });
});

const rating = fc.integer({ min: 1, max: 5 });
const arbitraryStakeholder = fc
  .record({ power: rating, interest: rating })
  .map(({ power, interest }): Stakeholder => ({
    ...byId('union'),
    power,
    interest,
  }));

describe('properties', () => {
  it('places every stakeholder in exactly one quadrant, the one quadrantOf names', () => {
    fc.assert(
      fc.property(fc.array(arbitraryStakeholder, { maxLength: 40 }), (stakeholders) => {
        const placed = placeStakeholders(stakeholders);
        const total = engagementStrategies.reduce((sum, s) => sum + placed[s].length, 0);
        expect(total).toBe(stakeholders.length);
        for (const entry of stakeholders) {
          const holding = engagementStrategies.filter((s) => placed[s].includes(entry));
          expect(holding).toEqual([quadrantOf(entry)]);
        }
      }),
    );
  });

  const opposite: Record<GridStep, GridStep> = {
    morePower: 'lessPower',
    lessPower: 'morePower',
    moreInterest: 'lessInterest',
    lessInterest: 'moreInterest',
  };

  it('returns a stakeholder to its place when a move is undone, away from the edge', () => {
    fc.assert(
      fc.property(
        arbitraryStakeholder,
        fc.constantFrom<GridStep>('morePower', 'lessPower', 'moreInterest', 'lessInterest'),
        (entry, step) => {
          const there = moveStakeholder(entry, step);
          fc.pre(there !== entry); // at the edge the first move does nothing
          const back = moveStakeholder(there, opposite[step]);
          expect([back.power, back.interest]).toEqual([entry.power, entry.interest]);
          expect(back.strategy).toBe(quadrantOf(entry));
        },
      ),
    );
  });

  it('moving up then down returns power for every power below the top', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), rating, (power, interest) => {
        const entry = { ...byId('union'), power, interest };
        const back = moveStakeholder(moveStakeholder(entry, 'morePower'), 'lessPower');
        expect(back.power).toBe(power);
      }),
    );
  });
});
