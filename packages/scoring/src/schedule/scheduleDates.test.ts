import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { dateOfDayNumber, dayNumberOf, nextPeriodStart, periodStartOf } from './scheduleDates.js';

// Time zones chosen for their changes: Berlin and London move clocks on the last Sundays of
// March and October, New York on the second Sunday of March and first of November, Sydney the
// other way round, São Paulo moved them at midnight (2018-11-04 had no 00:00), Kolkata never.
const zones = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'Asia/Kolkata',
];
const initialZone = process.env['TZ'];

afterEach(() => {
  if (initialZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = initialZone;
});

// Independent reference: the day number from UTC milliseconds, which have no time zone.
function utcDayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    86_400_000
  );
}

describe('calendar days, whatever the time zone', () => {
  it.each(zones)('counts whole days across DST changes and leap days in %s', (zone) => {
    process.env['TZ'] = zone;
    // Worked by hand from the calendar.
    const days = (from: string, to: string) => dayNumberOf(to, 'to') - dayNumberOf(from, 'from');
    expect(days('2026-03-28', '2026-03-30')).toBe(2); // EU clocks go forward on 29 March 2026
    expect(days('2026-10-24', '2026-10-26')).toBe(2); // and back on 25 October 2026
    expect(days('2026-03-07', '2026-03-09')).toBe(2); // US: 8 March 2026
    expect(days('2026-10-03', '2026-10-05')).toBe(2); // Sydney forward: 4 October 2026
    expect(days('2018-11-03', '2018-11-05')).toBe(2); // São Paulo: 4 November 2018 at midnight
    expect(days('2028-02-28', '2028-03-01')).toBe(2); // 2028 is a leap year: 29 February between
    expect(days('2027-02-28', '2027-03-01')).toBe(1);
    expect(days('2100-02-28', '2100-03-01')).toBe(1); // 2100 is not (divisible by 100, not 400)
    expect(days('2000-02-28', '2000-03-01')).toBe(2); // 2000 is (divisible by 400)
    expect(days('2026-01-01', '2027-01-01')).toBe(365);
    expect(days('2028-01-01', '2029-01-01')).toBe(366);
    expect(dayNumberOf('1970-01-01', 'd')).toBe(0);
    expect(dateOfDayNumber(dayNumberOf('2028-02-29', 'd'))).toBe('2028-02-29');
    expect(dateOfDayNumber(dayNumberOf('2018-11-04', 'd'))).toBe('2018-11-04');
  });

  it.each(zones)('agrees with UTC day arithmetic on any date from 1900 to 2200 in %s', (zone) => {
    process.env['TZ'] = zone;
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 366 }), (offset) => {
        const date = new Date((start + offset) * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumberOf(date, 'd')).toBe(utcDayNumber(date));
        expect(dateOfDayNumber(utcDayNumber(date))).toBe(date);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a date that is not on the calendar, naming where it was', () => {
    expect(() => dayNumberOf('2026-02-29', 'plan.interventions[0].startsOn')).toThrow(
      new CapkitScoringError(
        'plan.interventions[0].startsOn',
        '"2026-02-29" is not a calendar date that exists as a local date in this time zone',
      ),
    );
  });

  it.each(zones)(
    'starts weeks on Mondays, months on the 1st and quarters in Jan/Apr/Jul/Oct in %s',
    (zone) => {
      process.env['TZ'] = zone;
      const at = (date: string) => dayNumberOf(date, 'd');
      // 29 March 2026 is a Sunday: its ISO week began on Monday 23 March.
      expect(dateOfDayNumber(periodStartOf(at('2026-03-29'), 'week'))).toBe('2026-03-23');
      expect(dateOfDayNumber(nextPeriodStart(at('2026-03-23'), 'week'))).toBe('2026-03-30');
      expect(dateOfDayNumber(periodStartOf(at('2026-10-25'), 'week'))).toBe('2026-10-19');
      expect(dateOfDayNumber(periodStartOf(at('2028-02-29'), 'month'))).toBe('2028-02-01');
      expect(dateOfDayNumber(nextPeriodStart(at('2028-02-01'), 'month'))).toBe('2028-03-01');
      expect(dateOfDayNumber(periodStartOf(at('2026-12-31'), 'quarter'))).toBe('2026-10-01');
      expect(dateOfDayNumber(nextPeriodStart(at('2026-10-01'), 'quarter'))).toBe('2027-01-01');
    },
  );
});
