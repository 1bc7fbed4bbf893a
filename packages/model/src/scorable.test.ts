import { describe, expect, it } from 'vitest';
import {
  scorableItemWeightSchema,
  scorableLimits,
  scorableRangeEndSchema,
  scorableRatingSchema,
} from './scorable.js';

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
