import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyCell,
  notANumber,
  notAWholeNumber,
  outsideByteRange,
  parseRatingCell,
} from './ratingCell.js';

const read = (text: string, decimal = '.') => {
  const bytes = new TextEncoder().encode(text);
  return parseRatingCell(bytes, 0, bytes.length, decimal.charCodeAt(0));
};

describe('parseRatingCell', () => {
  it('reads whole numbers with spaces, a sign, and zero fractions', () => {
    expect([
      read('4'),
      read(' 17 '),
      read('+3'),
      read('4.0'),
      read('4,00', ','),
      read('-0'),
    ]).toEqual([4, 17, 3, 4, 4, 0]);
  });

  it('tells empty, not a number, fractional and out of range apart', () => {
    expect([read(''), read('  ')]).toEqual([emptyCell, emptyCell]);
    expect([read('x'), read('3a'), read('4.'), read('+'), read('4,0'), read('1 2')]).toEqual([
      notANumber,
      notANumber,
      notANumber,
      notANumber,
      notANumber,
      notANumber,
    ]);
    expect([read('3.5'), read('3,25', ',')]).toEqual([notAWholeNumber, notAWholeNumber]);
    expect([read('255'), read('-1'), read('99999999999999999999')]).toEqual([
      outsideByteRange,
      outsideByteRange,
      outsideByteRange,
    ]);
  });

  it('agrees with Number() on every whole number 0–254 and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 100_000 }), (value) => {
        const expected = value >= 0 && value <= 254 ? value : outsideByteRange;
        expect(read(String(value))).toBe(value === 0 ? 0 : expected);
      }),
    );
  });
});
