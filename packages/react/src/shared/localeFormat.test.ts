import { describe, expect, it } from 'vitest';
import { localizedCount, numberFormats, plural } from './localeFormat.js';

describe('localeFormat', () => {
  it('formats with one numbering system per locale', () => {
    // ar-EG uses Arabic-Indic digits (CLDR); every format of the locale must agree.
    const formats = numberFormats('ar-EG');
    expect(formats.count.format(12)).toBe('١٢');
    expect(formats.oneDecimal.format(3.25)).toMatch(/^٣٫[٢٣]$/);
    expect(localizedCount('ar-EG', 12).text).toBe('١٢');
    expect(numberFormats('en').percent.format(0.425)).toBe('43%');
  });

  it('returns the same formatters for the same locale', () => {
    expect(numberFormats('fr')).toBe(numberFormats('fr'));
  });

  it('chooses the plural form the locale asks for', () => {
    const forms = { one: '{count} team', other: '{count} teams' };
    expect(plural(localizedCount('en', 1), forms)).toBe('1 team');
    expect(plural(localizedCount('en', 1200), forms)).toBe('1,200 teams');
    // French treats 0 and 1 as singular; Arabic has a `two` form.
    expect(
      plural(localizedCount('fr', 0), { one: '{count} équipe', other: '{count} équipes' }),
    ).toBe('0 équipe');
    expect(localizedCount('ar', 2).plural).toBe('two');
    expect(plural(localizedCount('ar', 2), { two: 'فريقان', other: '{count} فرق' })).toBe('فريقان');
  });
});
