import { describe, expect, it } from 'vitest';
import {
  scorableItemWeightSchema,
  scorableLimits,
  scorableRangeEndSchema,
  scorableRatingSchema,
} from './scorable.js';
import type { Instrument } from './instrument.js';
import { validWorkspace } from './testWorkspace.js';
import { validateInstrument, validateProficiencyScale, validateWorkspace } from './validation.js';

describe('scorableLimits', () => {
  it('keeps ratings to one byte below the missing marker 255', () => {
    expect(scorableLimits).toEqual({ minRating: 0, maxRating: 254, maxItemWeight: 1000 });
  });
});

describe('scorableRatingSchema', () => {
  it('accepts whole numbers 0 to 254', () => {
    expect(scorableRatingSchema.safeParse(0).success).toBe(true);
    expect(scorableRatingSchema.safeParse(254).success).toBe(true);
  });

  it('rejects 255, -1 and fractions with the reason', () => {
    const above = scorableRatingSchema.safeParse(255);
    expect(above.success).toBe(false);
    expect(above.error?.issues[0]?.message).toBe(
      '255 is above 254, the highest rating the scoring engine can store (ratings are bytes; 255 marks a missing answer)',
    );
    const below = scorableRatingSchema.safeParse(-1);
    expect(below.error?.issues[0]?.message).toBe(
      '-1 is below 0, the lowest rating the scoring engine can store',
    );
    expect(scorableRatingSchema.safeParse(2.5).success).toBe(false);
  });
});

describe('scorableRangeEndSchema', () => {
  it('accepts fractional end points inside 0–254 and rejects those outside', () => {
    expect(scorableRangeEndSchema.safeParse(4.5).success).toBe(true);
    expect(scorableRangeEndSchema.safeParse(254.5).success).toBe(false);
    expect(scorableRangeEndSchema.safeParse(-0.5).success).toBe(false);
  });
});

describe('scorableItemWeightSchema', () => {
  it('accepts weights in (0, 1000] and rejects 0, 1000.5 and 1e308', () => {
    expect(scorableItemWeightSchema.safeParse(1000).success).toBe(true);
    expect(scorableItemWeightSchema.safeParse(0.25).success).toBe(true);
    expect(scorableItemWeightSchema.safeParse(0).success).toBe(false);
    expect(scorableItemWeightSchema.safeParse(1000.5).success).toBe(false);
    const huge = scorableItemWeightSchema.safeParse(1e308);
    expect(huge.error?.issues[0]?.message).toBe(
      'Weight 1e+308 is above 1000, the largest item weight the scoring engine accepts',
    );
  });
});

describe('documents the engine cannot score are refused at validation, located', () => {
  function instrument(): Instrument {
    const found = validWorkspace().instruments[0];
    if (found === undefined) throw new Error('the fixture has an instrument');
    return found;
  }
  const located = (result: ReturnType<typeof validateInstrument>) =>
    result.success ? [] : result.issues.map(({ path, message }) => ({ path, message }));

  it('a rating scale reaching 255, the missing marker', () => {
    const result = validateInstrument({
      ...instrument(),
      ratingScale: { min: 1, max: 255, allowNotApplicable: false },
    });
    expect(located(result)).toEqual([
      {
        path: 'ratingScale.max',
        message:
          '255 is above 254, the highest rating the scoring engine can store (ratings are bytes; 255 marks a missing answer)',
      },
    ]);
  });

  it('a rating scale starting below 0', () => {
    const result = validateInstrument({
      ...instrument(),
      ratingScale: { min: -2, max: 2, allowNotApplicable: false },
    });
    expect(located(result)).toEqual([
      {
        path: 'ratingScale.min',
        message: '-2 is below 0, the lowest rating the scoring engine can store',
      },
    ]);
  });

  it('a label on a point the engine cannot store', () => {
    const result = validateInstrument({
      ...instrument(),
      ratingScale: {
        min: 0,
        max: 254,
        labels: [{ value: 300, label: { en: 'Off the chart' } }],
        allowNotApplicable: false,
      },
    });
    // Refused as unstorable, and (the scale's own rule) as lying outside 0–254.
    expect(located(result)).toEqual([
      {
        path: 'ratingScale.labels[0].value',
        message:
          '300 is above 254, the highest rating the scoring engine can store (ratings are bytes; 255 marks a missing answer)',
      },
      { path: 'ratingScale.labels[0].value', message: 'Label for 300 lies outside 0–254' },
    ]);
  });

  it('accepts the full 0–254 scale', () => {
    const result = validateInstrument({
      ...instrument(),
      ratingScale: { min: 0, max: 254, allowNotApplicable: false },
    });
    expect(result.success).toBe(true);
  });

  it('an item weight of 1e308, which made the engine publish NaN', () => {
    const changed = instrument();
    const item = changed.items[0];
    if (item === undefined) throw new Error('fixture');
    item.weight = 1e308;
    expect(located(validateInstrument(changed))).toEqual([
      {
        path: 'items[0].weight',
        message: 'Weight 1e+308 is above 1000, the largest item weight the scoring engine accepts',
      },
    ]);
  });

  it('the same inside a workspace, and a UNDP rating range beyond 254', () => {
    const workspace = validWorkspace();
    const item = workspace.instruments[0]?.items[1];
    const assessment = workspace.capacityAssessments[0];
    if (item === undefined || assessment === undefined) throw new Error('fixture');
    item.weight = 1001;
    assessment.ratingRange = { min: 1, max: 300 };
    const result = validateWorkspace(workspace);
    expect(result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'capacityAssessments[0].ratingRange.max', code: 'too_big' },
      { path: 'instruments[0].items[1].weight', code: 'too_big' },
    ]);
  });
});

describe('proficiency scales stay on what the engine can score', () => {
  it('refuses a level value outside 0–254, at its path', () => {
    const result = validateProficiencyScale({
      id: 'wide',
      label: { en: 'Too wide' },
      levels: [
        { value: 1, label: { en: 'Low' } },
        { value: 300, label: { en: 'Unreachable' } },
      ],
      proficientLevel: 1,
    });
    expect(result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'levels[1].value', code: 'too_big' },
    ]);
  });

  it('accepts levels 0 to 254', () => {
    const result = validateProficiencyScale({
      id: 'full',
      label: { en: 'Full range' },
      levels: [
        { value: 0, label: { en: 'None' } },
        { value: 254, label: { en: 'Top' } },
      ],
      proficientLevel: 254,
    });
    expect(result.success).toBe(true);
  });
});
