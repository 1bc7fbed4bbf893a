import { describe, expect, it } from 'vitest';
import { scaleBounds, type ProficiencyScale } from './proficiencyScale.js';
import { validateProficiencyScale } from './validation.js';

// UK DDaT's four skill levels.
const ddat = {
  id: 'ddat',
  label: { en: 'DDaT skill levels' },
  levels: [
    { value: 1, label: { en: 'Awareness' } },
    { value: 2, label: { en: 'Working' } },
    { value: 3, label: { en: 'Practitioner' } },
    { value: 4, label: { en: 'Expert' } },
  ],
  proficientLevel: 3,
} satisfies ProficiencyScale;

describe('validateProficiencyScale', () => {
  it('accepts a well-formed scale and returns it typed', () => {
    const result = validateProficiencyScale(ddat);
    expect(result).toEqual({ success: true, data: ddat });
  });

  it('accepts SFIA-sized and DigComp-sized scales', () => {
    const levels = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ value: i + 1, label: { en: `Level ${i + 1}` } }));
    expect(
      validateProficiencyScale({ ...ddat, levels: levels(7), proficientLevel: 4 }).success,
    ).toBe(true);
    expect(
      validateProficiencyScale({ ...ddat, levels: levels(8), proficientLevel: 5 }).success,
    ).toBe(true);
  });

  it('reports every problem at once, each with its path and a message key', () => {
    const result = validateProficiencyScale({
      ...ddat,
      levels: [ddat.levels[0], { value: 1, label: { en: 'Again' } }, { value: 3, label: {} }],
      proficientLevel: 9,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      {
        path: 'levels[2].label',
        code: 'text.noLanguage',
        message: 'Give the text in at least one language',
      },
      {
        path: 'levels[1].value',
        code: 'scale.levelsNotAscending',
        message: 'Level values must increase: 1 follows 1',
      },
      {
        path: 'proficientLevel',
        code: 'scale.unknownProficientLevel',
        message: "Proficient level 9 is not one of the scale's level values",
      },
    ]);
  });

  it('never throws for input that is not an object', () => {
    for (const input of [null, undefined, 42, 'scale', []]) {
      expect(validateProficiencyScale(input).success).toBe(false);
    }
  });
});

describe('scaleBounds', () => {
  it('gives the lowest and highest level values', () => {
    expect(scaleBounds(ddat)).toEqual({ min: 1, max: 4 });
  });
});
