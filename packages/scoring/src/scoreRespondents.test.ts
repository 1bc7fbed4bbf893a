import { describe, expect, it } from 'vitest';
import { responseMatrixFromRows } from './responseMatrix.js';
import { compileScoringConfig } from './scoringConfig.js';
import { roleGaps, scoreRespondents } from './scoreRespondents.js';

const config = compileScoringConfig({
  scale: { min: 1, max: 5 },
  competencies: ['A', 'B'],
  items: [
    { id: 'a1', competency: 'A', weight: 2 },
    { id: 'a2', competency: 'A' },
    { id: 'a3', competency: 'A' },
    { id: 'b1', competency: 'B' },
  ],
  minAnsweredShare: 0.6,
});

describe('scoreRespondents', () => {
  it('weights items and applies the missing-value rule (worked by hand)', () => {
    const scores = scoreRespondents(
      responseMatrixFromRows(
        [
          // A: (2×5 + 1×2 + 1×3) / (2 + 1 + 1) = 15/4 = 3.75; B: 4
          [5, 2, 3, 4],
          // A: 2 of 3 answered ≥ 60%: (2×1 + 1×4) / 3 = 2; B: missing
          [1, 4, null, null],
          // A: 1 of 3 answered < 60%: missing; B: 1
          [null, null, 5, 1],
        ],
        4,
      ),
      config,
    );
    expect([...scores.scores]).toEqual([3.75, 4, 2, Number.NaN, Number.NaN, 1]);
  });
});

describe('roleGaps', () => {
  it('is max(0, required − score), missing where the score or the requirement is', () => {
    const scores = scoreRespondents(
      responseMatrixFromRows(
        [
          [5, 2, 3, 4],
          [1, 4, null, null],
        ],
        4,
      ),
      config,
    );
    // Role 0 requires A 4, B 3; role 1 requires A 1, sets nothing for B.
    const gaps = roleGaps(scores, [0, 1], new Float64Array([4, 3, 1, Number.NaN]));
    expect([...gaps]).toEqual([0.25, 0, 0, Number.NaN]);
  });
});
