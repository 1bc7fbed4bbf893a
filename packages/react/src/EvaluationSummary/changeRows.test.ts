import { describe, expect, it } from 'vitest';
import {
  competencyChanges,
  groupChange,
  largeChangeRows,
} from '../../test/fixtures/EvaluationSummary.fixtures.js';
import { changeExtent, changeRowsFromGroups, tallyRows, wordRows } from './changeRows.js';

describe('changeRows', () => {
  it('names the groups of a pairedChangeByGroup result, the id where there is no name', () => {
    expect(
      changeRowsFromGroups(groupChange, { finance: 'Finance' }).map((row) => row.label),
    ).toEqual(['Finance', 'health', 'transport']);
  });

  it('tallies the readings and finds the largest clear gain', () => {
    const tally = tallyRows(wordRows(competencyChanges));
    expect({ ...tally, largest: tally.largest?.label }).toEqual({
      improved: 2,
      declined: 1,
      noClear: 1,
      tooFew: 1,
      largest: 'Data literacy',
    });
  });

  it('spans 0 and every published interval end on the axis', () => {
    const [low, high] = changeExtent(wordRows(competencyChanges));
    // Content design's interval starts at −1.137, data literacy's ends at 1.137.
    expect(low).toBeCloseTo(-1.137, 3);
    expect(high).toBeCloseTo(1.137, 3);
    expect(changeExtent([])).toEqual([-1, 1]);
  });

  it('tallies all 180 large rows, each once', () => {
    const tally = tallyRows(wordRows(largeChangeRows));
    expect(tally.improved + tally.declined + tally.noClear + tally.tooFew).toBe(180);
    expect(tally.tooFew).toBe(6);
  });
});
