import { expect, it } from 'vitest';
import { competencyScore, proficiencyLevelFor } from './index.js';
import { ddatScale } from './testScales.js';

// The README's example, kept runnable.
it('scores a respondent with one unanswered item and names the level reached', () => {
  const result = competencyScore(
    [
      { itemId: 'ur-1', value: 2 },
      { itemId: 'ur-2', value: 3 },
      { itemId: 'ur-3', value: 2 },
      { itemId: 'ur-4', value: null },
    ],
    ddatScale,
  );
  expect(result).toEqual({ status: 'scored', score: 7 / 3, answered: 3, total: 4 });
  if (result.status !== 'scored') return;
  expect(proficiencyLevelFor(result.score, ddatScale).label['en']).toBe('Working');
});
