import { ar, enGB, fr } from 'date-fns/locale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCalendarDay } from './calendarDay.js';

describe('formatCalendarDay', () => {
  it("writes the day in date-fns' medium form of each locale (expected strings by hand)", () => {
    expect(formatCalendarDay('2026-03-01', undefined)).toBe('Mar 1, 2026');
    expect(formatCalendarDay('2026-03-01', enGB)).toBe('1 Mar 2026');
    expect(formatCalendarDay('2026-06-02', fr)).toBe('2 juin 2026');
    expect(formatCalendarDay('2026-12-31', enGB, 'd MMMM yyyy')).toBe('31 December 2026');
    // Arabic digits and month name, as date-fns' ar locale writes them.
    expect(formatCalendarDay('2026-12-31', ar)).toMatch(/ديسمبر/);
  });

  it('reads the day of a date-time from the string, whatever its offset', () => {
    expect(formatCalendarDay('2026-06-02T23:30:00-05:00', undefined)).toBe('Jun 2, 2026');
    expect(formatCalendarDay('2026-06-02T00:30:00+14:00', enGB)).toBe('2 Jun 2026');
  });

  it('gives back what is not a date', () => {
    expect(formatCalendarDay('not a date', undefined)).toBe('not a date');
    expect(formatCalendarDay('', enGB)).toBe('');
  });

  it('writes every day of 1900–2199 with its own year and day of month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (instant) => {
          const iso = instant.toISOString().slice(0, 10);
          const [year, , day] = iso.split('-').map(Number) as [number, number, number];
          expect(formatCalendarDay(iso, enGB, 'd yyyy')).toBe(`${day} ${year}`);
        },
      ),
    );
  });
});
