import { bench, describe } from 'vitest';
import { competencyScore, type ItemRating } from '../src/index.js';
import { ddatScale } from '../src/testScales.js';

// Per-respondent object path of today's engine against a bare loop that skips validation and the
// missing-value rule: the price of those checks. The columnar engine brings the full comparison
// (DuckDB, arquero, naive, floor at 100k and 1M respondents).
const respondents = 10_000;
const itemsPerCompetency = 4;
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const sample: ItemRating[][] = Array.from({ length: respondents }, () =>
  Array.from({ length: itemsPerCompetency }, (_, index) => ({
    itemId: `q${index}`,
    value: random() < 0.05 ? null : 1 + Math.floor(random() * 4),
  })),
);
let sink = 0;

describe(`competency scores, ${respondents} respondents × ${itemsPerCompetency} items`, () => {
  bench('capkit competencyScore', () => {
    for (const ratings of sample) sink += competencyScore(ratings, ddatScale).score ?? 0;
  });

  bench('bare loop (no validation, no missing-value rule)', () => {
    for (const ratings of sample) {
      let sum = 0;
      let answered = 0;
      for (const { value } of ratings) {
        if (value === null) continue;
        sum += value;
        answered += 1;
      }
      sink += sum / answered;
    }
  });
});

export { sink };
