import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import { competencyScore, proficiencyLevelFor } from './index.js';
import { analyseTrainingNeeds } from './tna.js';
import { ddatScale } from './testScales.js';

describe('README examples, kept runnable', () => {
  it('runs a training-needs analysis: workspace → prioritised needs with intervals → protected unit and role tables', () => {
    const workspace = generateSampleWorkspace({ people: 300, seed: 1 });
    // --- README example starts
    const analysis = analyseTrainingNeeds(workspace, {
      campaignId: 'tna-2026-ministry', // one round: each person counts once
      perspective: 'self',
      k: 5, // no published figure rests on fewer than 5 people
      tables: ['organisation', 'units', 'roles'], // protected together
    });
    const top = analysis.priorities.units.find((need) => need.rank === 1);
    const { units } = analysis.groups;
    // --- README example ends

    expect(top?.lower).toBeLessThanOrEqual(top?.meanWeightedDiscrepancy ?? Number.NaN);
    expect(top?.upper).toBeGreaterThanOrEqual(top?.meanWeightedDiscrepancy ?? Number.NaN);
    expect(analysis.priorities.units).toHaveLength(analysis.needCompetencyIds.length);
    const statuses = new Set(units?.cells.map((cell) => cell.status));
    expect(statuses.has('published')).toBe(true);
    for (const cell of units?.cells ?? []) {
      if (cell.status !== 'published') continue;
      expect(cell.count).toBeGreaterThanOrEqual(5);
      if (cell.gapCount !== null) expect(cell.gapCount).toBeGreaterThanOrEqual(5);
      expect(cell.min).toBeUndefined();
    }
  });

  it('scores one respondent with one unanswered item and names the level reached', () => {
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
    expect(proficiencyLevelFor(result.score, ddatScale)?.label['en']).toBe('Working');
  });
});
