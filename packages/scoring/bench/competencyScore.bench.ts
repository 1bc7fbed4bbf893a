import { bench, describe } from 'vitest';
import { competencyScore, type ItemRating } from '../src/index.js';
import { ddatScale } from '../src/testScales.js';

// Placeholder-free but small: the full engine benchmark (capkit vs DuckDB, arquero, naive, floor)
// arrives with the columnar engine. This one tracks the per-respondent object path.
const respondents = 10_000;
const itemsPerCompetency = 4;
let seed = 42;
const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const sample: ItemRating[][] = Array.from({ length: respondents }, () =>
  Array.from({ length: itemsPerCompetency }, (_, index) => ({
    itemId: `q${index}`,
    value: next() < 0.05 ? null : 1 + Math.floor(next() * 4),
  })),
);

describe(`competency scores, ${respondents} respondents × ${itemsPerCompetency} items`, () => {
  bench('capkit competencyScore', () => {
    for (const ratings of sample) competencyScore(ratings, ddatScale);
  });

  bench('naive reduce (no validation, no missing-value rule)', () => {
    for (const ratings of sample) {
      const answered = ratings.filter((rating) => rating.value !== null);
      answered.reduce((sum, rating) => sum + (rating.value ?? 0), 0) / answered.length;
    }
  });
});
