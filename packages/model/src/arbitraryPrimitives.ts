// Building blocks of the fast-check arbitraries (arbitraries.ts and the per-document modules):
// ids, text, numbers and dates as the schemas accept them. Test helpers, not exported by index.ts.
import fc from 'fast-check';
import type { LocalizedText } from './localizedText.js';
import { hasVisibleCharacter } from './visibleText.js';

// fast-check may otherwise build null-prototype objects, which toStrictEqual tells apart from
// the plain objects zod returns.
export const plain = { noNullPrototype: true } as const;

/** Language tags the generated text is written in, right-to-left Arabic and Hebrew among them. */
export const sampleLanguageTags = [
  'en',
  'fr',
  'fr-CA',
  'ar',
  'ar-EG',
  'he',
  'es-419',
  'sw',
  'zh-Hans',
  'pt-BR',
] as const;

/** Text that `visibleTextSchema` keeps unchanged: something visible, no surrounding whitespace. */
export const nonBlankTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Data literacy', 'Culture des données', 'محو الأمية البيانية', 'Ujuzi wa data'),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
    .map((text) => text.trim())
    .filter(hasVisibleCharacter),
);

/** Text in one to three of {@link sampleLanguageTags}. */
export const localizedTextArbitrary: fc.Arbitrary<LocalizedText> = fc.dictionary(
  fc.constantFrom(...sampleLanguageTags),
  nonBlankTextArbitrary,
  { minKeys: 1, maxKeys: 3, ...plain },
);

/** An id as `idSchema` accepts it, kept short. */
export const idArbitrary: fc.Arbitrary<string> = fc.stringMatching(
  /^[A-Za-z0-9][A-Za-z0-9._:-]{0,15}$/,
);

export const codeArbitrary = fc.stringMatching(/^[A-Z]{1,3}-?\d{1,2}(?:\.\d{1,2})?$/);

export function uniqueIds(count: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(idArbitrary, { minLength: count, maxLength: count });
}

export function uniqueIdsBetween(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(idArbitrary, { minLength, maxLength });
}

/** Adds `key` to some generated objects with a value picked from `choices` (never if none). */
export function sometimesWith<T extends object, K extends string, V>(
  objects: fc.Arbitrary<T>,
  key: K,
  choices: readonly V[],
): fc.Arbitrary<T & { [P in K]?: V }> {
  if (choices.length === 0) return objects;
  return fc
    .tuple(objects, fc.option(fc.constantFrom(...choices), { nil: undefined }))
    .map(([object, value]) => (value === undefined ? object : { ...object, [key]: value }));
}

export function pickFrom<T>(choices: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...choices);
}

export function someOf<T>(choices: readonly T[], constraints: fc.SubarrayConstraints = {}) {
  return fc.subarray([...choices], constraints);
}

// A finite number JSON carries unchanged; -0 would come back as 0.
export function finiteNumber(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true }).map((value) => (value === 0 ? 0 : value));
}

export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export const millisecondsPerDay = 86_400_000;
export const firstDay = Date.parse('2000-01-01') / millisecondsPerDay;
export const lastDay = Date.parse('2040-12-31') / millisecondsPerDay;
export const dayArbitrary = fc.integer({ min: firstDay, max: lastDay });

export function toCalendarDate(day: number): string {
  return new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
}

/** A calendar date between 2000 and 2040, e.g. `2026-03-01`. */
export const calendarDateArbitrary: fc.Arbitrary<string> = dayArbitrary.map(toCalendarDate);

export function daysInOrder(count: number): fc.Arbitrary<string[]> {
  return fc
    .array(dayArbitrary, { minLength: count, maxLength: count })
    .map((days) => sorted(days).map(toCalendarDate));
}

// Offsets in minutes, from UTC−12:00 to UTC+14:00, including the half and quarter hours.
export const offsetArbitrary = fc.constantFrom(0, 0, 60, 180, 330, 345, 840, -210, -300, -720);

export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** Writes an instant (ms since epoch) in ISO 8601 at a UTC offset, e.g. `2026-03-01T14:30:00+05:30`. */
export function toDateTime(instant: number, offsetMinutes: number): string {
  const local = new Date(instant + offsetMinutes * 60_000).toISOString().replace(/\.000Z$|Z$/, '');
  if (offsetMinutes === 0) return `${local}Z`;
  const size = Math.abs(offsetMinutes);
  const sign = offsetMinutes > 0 ? '+' : '-';
  return `${local}${sign}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}`;
}

export const instantArbitrary = fc
  .integer({ min: firstDay, max: lastDay })
  .chain((day) =>
    fc.integer({ min: 0, max: millisecondsPerDay - 1 }).map((ms) => day * millisecondsPerDay + ms),
  );

/** Date-times at or between `from` and `to` (ms since epoch), in order, at random offsets. */
export function dateTimesInOrder(count: number, from: number, to: number): fc.Arbitrary<string[]> {
  return fc
    .array(fc.tuple(fc.integer({ min: from, max: to }), offsetArbitrary), {
      minLength: count,
      maxLength: count,
    })
    .map((stamps) =>
      [...stamps].sort(([a], [b]) => a - b).map(([instant, offset]) => toDateTime(instant, offset)),
    );
}

/** An ISO 8601 date-time with an offset, as `dateTimeSchema` accepts it. */
export const dateTimeArbitrary: fc.Arbitrary<string> = fc
  .tuple(instantArbitrary, offsetArbitrary)
  .map(([instant, offset]) => toDateTime(instant, offset));
