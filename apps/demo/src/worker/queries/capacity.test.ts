import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../contract.js';
import { queries } from './capacity.js';

const context: RunContext = { progress: () => undefined, signal: new AbortController().signal };
const sample = generateSampleWorkspace({ people: 1500, seed: 2026 });

describe('capacity.assessment', () => {
  it('names the largest UNDP gap, every cross-section tied with it, and an asset that builds a needed competency', async () => {
    const data = await queries['capacity.assessment'].run(sample, { locale: 'en' }, context);
    const gaps = data.rollUp.crossSections.flatMap(([, levels]) =>
      levels.gap === null ? [] : [levels.gap],
    );
    expect(data.largest?.gap).toBe(Math.max(...gaps));
    expect(data.largestKeys).toContain(data.largest?.key);
    expect(data.largestKeys).toHaveLength(gaps.filter((gap) => gap === data.largest?.gap).length);
    expect(data.neededCompetencyIds).toHaveLength(5);
    expect(data.strongest?.covers).toBeGreaterThan(0);
    expect(data.strongest?.covers).toBeLessThanOrEqual(5);
  }, 60_000);
});

describe('capacity.maturity', () => {
  it('names the choice that moves ranks most only when some rank intervals overlap', async () => {
    const data = await queries['capacity.maturity'].run(sample, { locale: 'en' }, context);
    const intervals = data.uncertainty.entities;
    const overlaps = intervals.some((a, i) =>
      intervals.some((b, j) => i < j && a.lowerRank <= b.upperRank && b.lowerRank <= a.upperRank),
    );
    expect(data.anyOverlap).toBe(overlaps);
    // What the widget is given is what the page says (the widget's summary would name it).
    expect(data.uncertainty.mostInfluential).toBe(data.mostInfluential?.factor ?? null);
    if (!overlaps) expect(data.mostInfluential).toBeNull();
    // The lowest-ranked unit's interval reaches the last place.
    expect(data.lowest?.upperRank).toBe(data.scored);
  }, 60_000);

  it('names no choice when every department is ahead of the next on every indicator', async () => {
    const index = sample.maturityIndexes.at(-1);
    if (index === undefined) throw new Error('the sample has no maturity index');
    const n = index.entities.length;
    // Each department better than the one before on every indicator: no choice can swap two.
    const values = index.entities.flatMap((entity, e) =>
      index.indicators.map((indicator) => {
        const low = indicator.goalposts?.low ?? 0;
        const high = indicator.goalposts?.high ?? 100;
        const step = indicator.direction === 'lowerIsBetter' ? n - e : e + 1;
        return {
          entityId: entity.id,
          indicatorId: indicator.id,
          value: low + ((high - low) * step) / (n + 1),
        };
      }),
    );
    const ordered = {
      ...sample,
      maturityIndexes: [...sample.maturityIndexes.slice(0, -1), { ...index, values }],
    };
    const data = await queries['capacity.maturity'].run(ordered, { locale: 'en' }, context);
    expect(data.anyOverlap).toBe(false);
    expect(data.mostInfluential).toBeNull();
    expect(data.uncertainty.mostInfluential).toBeNull();
    expect(data.lowest?.name).toBe((index.entities[0]?.name as { en: string }).en);
    expect(data.lowest?.lowerRank).toBe(data.lowest?.upperRank);
  }, 60_000);
});
