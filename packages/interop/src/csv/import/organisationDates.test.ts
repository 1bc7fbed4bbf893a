import { describe, expect, it } from 'vitest';
import { readCalendarDate } from './organisationDates.js';

describe('readCalendarDate', () => {
  it('reads ISO dates and date-times, keeping the written day', () => {
    expect(readCalendarDate('2026-03-01')).toEqual({ ok: true, date: '2026-03-01' });
    expect(readCalendarDate('2026-03-01T23:30:00-05:00')).toEqual({ ok: true, date: '2026-03-01' });
    expect(readCalendarDate(' 2026-03-01 09:30 ')).toEqual({ ok: true, date: '2026-03-01' });
  });

  it('reads year-first slashes and dots', () => {
    expect(readCalendarDate('2026/3/1')).toEqual({ ok: true, date: '2026-03-01' });
    expect(readCalendarDate('2026.03.01')).toEqual({ ok: true, date: '2026-03-01' });
  });

  it('reads day-first and month-first forms only when told which', () => {
    expect(readCalendarDate('01/03/2026', 'dayFirst')).toEqual({ ok: true, date: '2026-03-01' });
    expect(readCalendarDate('01/03/2026', 'monthFirst')).toEqual({ ok: true, date: '2026-01-03' });
    expect(readCalendarDate('1.3.2026', 'dayFirst')).toEqual({ ok: true, date: '2026-03-01' });
    expect(readCalendarDate('01/03/2026').ok).toBe(false);
    // Day and month equal: the same day either way.
    expect(readCalendarDate('04/04/2026')).toEqual({ ok: true, date: '2026-04-04' });
  });

  it('reads a spreadsheet date serial', () => {
    // 46082 is 2026-03-01 in Excel's 1900 date system (45292 is 2024-01-01).
    expect(readCalendarDate('46082')).toEqual({ ok: true, date: '2026-03-01' });
    expect(readCalendarDate('45292')).toEqual({ ok: true, date: '2024-01-01' });
  });

  it('refuses days that do not exist and text that is no date', () => {
    expect(readCalendarDate('2026-02-29')).toEqual({
      ok: false,
      message: '"2026-02-29" is not a day of the calendar',
    });
    expect(readCalendarDate('2024-02-29')).toEqual({ ok: true, date: '2024-02-29' });
    expect(readCalendarDate('31/04/2026', 'dayFirst').ok).toBe(false);
    expect(readCalendarDate('0000-01-01').ok).toBe(false);
    expect(readCalendarDate('0099-01-01')).toEqual({ ok: true, date: '0099-01-01' });
    expect(readCalendarDate('next week')).toEqual({
      ok: false,
      message: '"next week" is not a date: write it as YYYY-MM-DD',
    });
  });
});
