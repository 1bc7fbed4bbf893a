import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import { competencyScore, proficiencyLevelFor } from './index.js';
import {
  analyseTrainingNeeds,
  bootstrapFromLittleSample,
  bootstrapMeanWeightedDiscrepancy,
  littleBootstrapSample,
  mergeLittleBootstrapSamples,
  pairedResponsesFromRows,
} from './tna.js';
import { ddatScale } from './testScales.js';

describe('README examples, kept runnable', () => {
  it('merges little-bootstrap samples of two shards into the priorities of the whole', () => {
    const scale = { min: 1, max: 5 };
    const rows = Array.from({ length: 3_000 }, (_, r) => ({
      importance: [1 + (r % 5), 1 + ((r * 7) % 5), 1 + ((r * 3) % 5), 5],
      performance: [1 + ((r * 11) % 5), 1 + ((r * 2) % 5), r % 9 === 0 ? null : 2, 1 + (r % 4)],
    }));
    const eastData = pairedResponsesFromRows(rows.slice(0, 1_200));
    const westData = pairedResponsesFromRows(rows.slice(1_200));
    const total = rows.length;
    const competencyOfItem = [0, 0, 1, 1];
    // --- README example starts
    // Every shard uses the same seed and capacity: subsets × ⌈N^0.6⌉ for the whole survey's N.
    const capacity = 10 * Math.ceil(total ** 0.6);
    const east = littleBootstrapSample(eastData, scale, { seed: 7, capacity, firstRow: 0 });
    const west = littleBootstrapSample(westData, scale, {
      seed: 7,
      capacity,
      firstRow: eastData.respondents,
    });
    const priorities = bootstrapFromLittleSample(mergeLittleBootstrapSamples([east, west]), scale, {
      by: 'competency',
      competencyOfItem,
      seed: 7,
    });
    // --- README example ends
    const whole = bootstrapMeanWeightedDiscrepancy(pairedResponsesFromRows(rows), scale, {
      method: 'bagOfLittleBootstraps',
      by: 'competency',
      competencyOfItem,
      seed: 7,
    });
    expect(priorities).toEqual(whole);
    expect(priorities.units.every((unit) => unit.lower !== null)).toBe(true);
  });

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
