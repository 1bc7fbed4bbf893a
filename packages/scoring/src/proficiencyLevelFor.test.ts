import type { ProficiencyScale } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proficiencyLevelFor } from './proficiencyLevelFor.js';
import { ddatScale } from './testScales.js';

describe('proficiencyLevelFor (round down to the level reached)', () => {
  it('maps scores on the DDaT scale to the level fully reached', () => {
    const label = (score: number) => proficiencyLevelFor(score, ddatScale)?.label['en'];
    expect(label(1)).toBe('Awareness');
    expect(label(2.5)).toBe('Working');
    expect(label(3.9)).toBe('Practitioner');
    expect(label(4)).toBe('Expert');
  });

  it('treats floating-point noise just under a level as reaching it', () => {
    expect(proficiencyLevelFor(0.1 + 0.2 + 2.7 - 1e-15, ddatScale)?.value).toBe(3);
  });

  it('gives the lowest level for a score below the scale', () => {
    expect(proficiencyLevelFor(0.4, ddatScale)?.value).toBe(1);
  });

  it('gives the highest level for a score above the scale', () => {
    expect(proficiencyLevelFor(17, ddatScale)?.value).toBe(4);
  });
});

describe('proficiencyLevelFor: missing is never a level', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'returns null for the non-finite score %s, not the lowest or highest level',
    (score) => {
      expect(proficiencyLevelFor(score, ddatScale)).toBeNull();
    },
  );

  it('returns null for the NaN that a mean of no answers gives', () => {
    const noAnswers: number[] = [];
    const mean = noAnswers.reduce((sum, value) => sum + value, 0) / noAnswers.length; // 0 / 0
    expect(proficiencyLevelFor(mean, ddatScale)).toBeNull();
  });

  it('still throws for a scale without levels, even for a missing score', () => {
    const empty: ProficiencyScale = { ...ddatScale, id: 'empty', levels: [] };
    expect(() => proficiencyLevelFor(Number.NaN, empty)).toThrow(
      new RangeError('Scale "empty" has no levels'),
    );
    expect(() => proficiencyLevelFor(2, empty)).toThrow(RangeError);
  });

  it('gives a level of the scale for every finite score and null for every other', () => {
    fc.assert(
      fc.property(fc.double(), (score) => {
        const level = proficiencyLevelFor(score, ddatScale);
        if (!Number.isFinite(score)) return level === null;
        return level !== null && ddatScale.levels.includes(level);
      }),
    );
  });

  it('never gives a level above the score, except the lowest level for a score below it', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (score) => {
        const level = proficiencyLevelFor(score, ddatScale);
        if (level === null) return false;
        return level.value === 1 || level.value <= score + 1e-9;
      }),
    );
  });
});
