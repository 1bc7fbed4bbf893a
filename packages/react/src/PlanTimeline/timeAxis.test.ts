import { enUS } from 'date-fns/locale/en-US';
import { enGB } from 'date-fns/locale/en-GB';
import { describe, expect, it } from 'vitest';
import { timeAxis } from './timeAxis.js';

describe('timeAxis', () => {
  it('has no axis without dates', () => {
    expect(timeAxis([], 'month')).toBeNull();
  });

  it('ticks each Monday in en-GB (Mon 2 to Sun 15 March 2026: two weeks)', () => {
    const axis = timeAxis(['2026-03-04', '2026-03-12'], 'week', enGB);
    expect(axis).toEqual({
      from: '2026-03-02',
      to: '2026-03-15',
      days: 14,
      ticks: [
        { date: '2026-03-02', offset: 0, span: 7 },
        { date: '2026-03-09', offset: 7, span: 7 },
      ],
    });
  });

  it('ticks each Sunday in en-US', () => {
    expect(timeAxis(['2026-03-04'], 'week', enUS)?.ticks).toEqual([
      { date: '2026-03-01', offset: 0, span: 7 },
    ]);
  });

  it('ticks each month: January (31) and February 2026 (28) and March', () => {
    const axis = timeAxis(['2026-03-02', '2026-01-12'], 'month', enGB);
    expect(axis?.from).toBe('2026-01-01');
    expect(axis?.to).toBe('2026-03-31');
    expect(axis?.days).toBe(90);
    expect(axis?.ticks.map((t) => [t.date, t.offset, t.span])).toEqual([
      ['2026-01-01', 0, 31],
      ['2026-02-01', 31, 28],
      ['2026-03-01', 59, 31],
    ]);
  });

  it('ticks each quarter: Q1 2026 has 90 days, Q2 91', () => {
    const axis = timeAxis(['2026-02-10', '2026-05-20'], 'quarter', enGB);
    expect(axis?.ticks.map((t) => [t.date, t.offset, t.span])).toEqual([
      ['2026-01-01', 0, 90],
      ['2026-04-01', 90, 91],
    ]);
    expect(axis?.days).toBe(181);
  });
});
