import { describe, expect, it } from 'vitest';
import { localizedCount } from '../shared/localeFormat.js';
import { defaultPlanExplanationMessages as messages } from './messages.js';

const count = (value: number) => localizedCount('en', value);

describe('the summary sentence', () => {
  it('says what is funded, for how much, what it closes and what it leaves', () => {
    expect(
      messages.summary({
        funded: count(9),
        catalogue: count(17),
        cost: '€182,000',
        budget: '€200,000',
        shareClosed: '74%',
        leftMost: { name: 'data literacy', partly: true },
      }),
    ).toBe(
      'The plan funds 9 of 17 interventions for €182,000 of €200,000 and closes 74% of the gap points; data literacy is left partly uncovered.',
    );
  });
  it('speaks of one intervention in the singular, and of nothing left', () => {
    expect(
      messages.summary({
        funded: count(1),
        catalogue: count(1),
        cost: '€900',
        budget: '€1,000',
        shareClosed: '100%',
        leftMost: null,
      }),
    ).toBe(
      'The plan funds 1 of 1 intervention for €900 of €1,000 and closes 100% of the gap points; no gap is left.',
    );
  });
  it('says "uncovered" when none of the competency was closed', () => {
    expect(
      messages.summary({
        funded: count(0),
        catalogue: count(2),
        cost: '€0',
        budget: '€0',
        shareClosed: '0%',
        leftMost: { name: 'cyber security', partly: false },
      }),
    ).toMatch(/; cyber security is left uncovered\.$/);
  });
});

describe('the method sentence', () => {
  const base = { method: 'greedy', status: 'feasible', proved: false, fallback: false } as const;
  it('words the optimality gap', () => {
    expect(messages.method({ ...base, gap: '0.07%' })).toBe(
      'Made by the greedy method, with a proven bound on the best possible. This plan is within 0.07% of the best possible under the budget.',
    );
  });
  it('says when the gap is unknown, when the greedy stood in and when coverage is not met', () => {
    expect(messages.method({ ...base, gap: null })).toMatch(/is not known\.$/);
    expect(messages.method({ ...base, gap: '1%', fallback: true })).toMatch(
      /^Made by the greedy method, standing in for the exact solver\./,
    );
    expect(messages.method({ ...base, status: 'coverageNotMet', gap: '1%' })).toMatch(
      /does not meet the minimum coverage asked for; another plan might\.$/,
    );
    expect(
      messages.method({
        method: 'highs',
        status: 'infeasible',
        gap: null,
        proved: false,
        fallback: false,
      }),
    ).toBe(
      'Made by exact optimisation (the HiGHS solver). No plan can meet the minimum coverage asked for.',
    );
  });
});
