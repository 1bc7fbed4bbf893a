import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import {
  aggregateByGroup,
  compileScoringConfig,
  competencyScore,
  organisationGroups,
  proficiencyLevelFor,
  rollUpHierarchy,
  scoringInputFromModel,
  summariseGroups,
} from './index.js';
import { bootstrapMeanWeightedDiscrepancy, pairedInputFromModel } from './tna.js';
import { ddatScale } from './testScales.js';

describe('README examples, kept runnable', () => {
  it('runs a training-needs analysis: responses → prioritised needs with intervals → safe unit table', () => {
    const workspace = generateSampleWorkspace({ people: 300, seed: 1 });
    const instrument = workspace.instruments[0];
    if (instrument === undefined) throw new Error('the sample has an instrument');
    // --- README example starts
    const tna = pairedInputFromModel(instrument, workspace.responses, { perspective: 'self' });
    const needs = bootstrapMeanWeightedDiscrepancy(tna.data, tna.scale, {
      by: 'competency',
      competencyOfItem: tna.competencyOfItem,
      competencies: tna.competencies.length,
      seed: 7,
    });
    const input = scoringInputFromModel(instrument, workspace.responses, { perspective: 'self' });
    const { units, roles } = organisationGroups(
      workspace,
      input.subjectIds,
      input.config.competencies,
    );
    const partials = aggregateByGroup(input.matrix, compileScoringConfig(input.config), units, {
      required: roles,
    });
    const table = summariseGroups(rollUpHierarchy(partials, units.parentOf), {
      parentOf: units.parentOf,
    });
    // --- README example ends

    const top = needs.units.find((unit) => unit.rank === 1);
    expect(top?.lower).toBeLessThanOrEqual(top?.meanWeightedDiscrepancy ?? Number.NaN);
    expect(top?.upper).toBeGreaterThanOrEqual(top?.meanWeightedDiscrepancy ?? Number.NaN);
    expect(needs.units).toHaveLength(tna.competencies.length);
    const statuses = new Set(table.cells.map((cell) => cell.status));
    expect(statuses.has('published')).toBe(true);
    expect(statuses.has('suppressed')).toBe(true);
    for (const cell of table.cells)
      if (cell.status === 'published') expect(cell.count).toBeGreaterThanOrEqual(5);
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
