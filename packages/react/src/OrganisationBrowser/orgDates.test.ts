import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './orgDates.js';

describe('formatCalendarDate', () => {
  it('writes the calendar date in the locale, never a day off', () => {
    expect(formatCalendarDate('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
    expect(formatCalendarDate('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
  });

  it('leaves a malformed date as it is', () => {
    expect(formatCalendarDate('not a date', 'en')).toBe('not a date');
  });
});
