import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import { analyseUncertainty, buildIndex, maturityInputFromModel } from './index.js';

// The model's sample workspace carries a digital maturity index of its departments (geometric
// and power-mean nodes, goalposts, targets, some values missing): it must build end to end.
describe('the model sample workspace’s maturity index', () => {
  const workspace = generateSampleWorkspace({ people: 300, seed: 1 });
  const document = workspace.maturityIndexes[0];
  if (document === undefined) throw new Error('the sample workspace has no maturity index');
  const input = maturityInputFromModel(document);
  const options = { normalisation: { method: 'minMax', low: 1, high: 100 } } as const;

  it('builds, marking exactly the entities with a missing value incomplete', () => {
    const result = buildIndex(input, options);
    const withGaps = new Set(
      document.entities
        .filter(
          (entity) =>
            document.values.filter((value) => value.entityId === entity.id).length <
            document.indicators.length,
        )
        .map((entity) => entity.id),
    );
    expect(withGaps.size).toBeGreaterThan(0);
    expect(new Set(result.entities.filter((e) => e.incomplete).map((e) => e.id))).toEqual(withGaps);
    const ranks = result.entities.map((entity) => entity.rank).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(ranks).toEqual(document.entities.map((_, e) => e + 1));
    const filled = buildIndex(input, { ...options, imputation: 'groupMedian' });
    expect(filled.restsOn.incompleteEntities).toBe(0);
    expect(filled.restsOn.imputed).toBe(result.restsOn.missing);
  });

  it('gives rank intervals that contain the median rank', () => {
    const uncertainty = analyseUncertainty(
      input,
      { ...options, imputation: 'groupMedian' },
      {
        samples: 100,
        seed: 9,
        weightNoise: 0.25,
        imputation: true,
      },
    );
    expect(uncertainty.factors).toEqual(['weights', 'imputation']);
    for (const entity of uncertainty.entities) {
      expect(entity.lowerRank).toBeLessThanOrEqual(entity.medianRank);
      expect(entity.medianRank).toBeLessThanOrEqual(entity.upperRank);
    }
  });
});
