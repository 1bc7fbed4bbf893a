import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ministrySummary } from '../../test/fixtures/GapHeatmap.fixtures.js';
import { bandCount, bandScale, cellViews, defaultDomain } from './cellViews.js';

describe('bandScale', () => {
  it('prints gaps to a tenth and shares as whole percents, in the locale', () => {
    expect(bandScale('en', 'meanGap', [0, 3]).format(1.25)).toBe('1.3');
    expect(bandScale('fr', 'meanGap', [0, 3]).format(1.25)).toBe('1,3');
    expect(bandScale('en', 'shareBelowRequired', [0, 1]).format(0.426)).toBe('43%');
    expect(bandScale('en', 'meanGap', [0, 3]).edges).toEqual([
      '0.0',
      '0.6',
      '1.2',
      '1.8',
      '2.4',
      '3.0',
    ]);
  });

  it('bands the printed value: 0.6 is in the second band', () => {
    const scale = bandScale('en', 'meanGap', [0, 3]);
    expect(scale.bandOf(0.58)).toBe(1);
    expect(scale.bandOf(0.54)).toBe(0);
    expect(scale.bandOf(3)).toBe(4);
  });

  it('gives a larger value the same or a darker band, always one of the five', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (a, b) => {
          const scale = bandScale('en', 'meanGap', [0, 5]);
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(scale.bandOf(small)).toBeLessThanOrEqual(scale.bandOf(large));
          for (const value of [small, large]) {
            expect(scale.bandOf(value)).toBeGreaterThanOrEqual(0);
            expect(scale.bandOf(value)).toBeLessThan(bandCount);
          }
        },
      ),
    );
  });
});

describe('defaultDomain', () => {
  it('is [0, 1] for shares, and covers the largest published gap in whole tenths per band', () => {
    expect(defaultDomain(ministrySummary, 'shareBelowRequired')).toEqual([0, 1]);
    // The fixture's largest gap is 2.54: bands 0.6 wide.
    expect(defaultDomain(ministrySummary, 'meanGap')).toEqual([0, 3]);
    expect(defaultDomain(undefined, 'meanGap')).toEqual([0, 0.5]);
  });
});

describe('cellViews', () => {
  it('never carries a number in a withheld cell, and lists the kinds present', () => {
    const scale = bandScale('en', 'meanGap', defaultDomain(ministrySummary, 'meanGap'));
    const { cells, kinds } = cellViews(ministrySummary, 'meanGap', scale, {
      noData: 'No data',
      notSet: 'Not set',
    });
    expect(cells).toHaveLength(ministrySummary.cells.length);
    expect([...kinds].sort()).toEqual(['empty', 'unset', 'value', 'withheld']);
    for (const cell of cells) {
      if (cell.kind === 'value') {
        expect(cell.value).not.toBeNull();
        expect(cell.band).toBeGreaterThanOrEqual(0);
      } else {
        expect(cell.value).toBeNull();
        expect(cell.band).toBe(-1);
        expect(cell.text).not.toMatch(/\d/);
      }
    }
    expect(cells.filter((cell) => cell.kind === 'withheld')).toHaveLength(16);
  });
});
