import { scorableLimits } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import { aggregateByGroup } from './aggregateByGroup.js';
import { MISSING, responseMatrixFromRows } from './responseMatrix.js';
import {
  compileScoringConfig,
  isCompiledScoringConfig,
  type CompiledScoringConfig,
  type ScoringConfig,
} from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

const config: ScoringConfig = {
  scale: { min: 1, max: 5 },
  competencies: ['A', 'B'],
  items: [
    { id: 'a1', competency: 'A' },
    { id: 'a2', competency: 'A' },
    { id: 'b1', competency: 'B' },
    { id: 'b2', competency: 'B', reverseCoded: true },
  ],
};

// Compiles an object that is not a ScoringConfig, as a caller's untyped JSON would be.
const compileUntyped = (input: unknown) => () => compileScoringConfig(input as ScoringConfig);

describe('compileScoringConfig: strict keys', () => {
  it('names a misspelt item key with its location and the key it meant', () => {
    const items = config.items.map((item, j) =>
      j === 3 ? { id: 'b2', competency: 'B', reversecoded: true } : item,
    );
    expect(compileUntyped({ ...config, items })).toThrow(
      new CapkitScoringError(
        'config.items[3].reversecoded',
        'is not a key of the scoring config; did you mean "reverseCoded"? Unknown keys are refused, not ignored.',
      ),
    );
  });

  it('refuses unknown keys at the top level and in the scale', () => {
    expect(compileUntyped({ ...config, min_answered_share: 0.5 })).toThrow(
      /^config\.min_answered_share: .*did you mean "minAnsweredShare"\?/,
    );
    expect(compileUntyped({ ...config, scale: { min: 1, max: 5, step: 1 } })).toThrow(
      /^config\.scale\.step: is not a key of the scoring config\. Unknown/,
    );
  });

  it('quotes a key that holds dots or brackets, so the path stays unambiguous', () => {
    const items = [{ id: 'a1', competency: 'A', 'weight.value': 2 }, ...config.items.slice(1)];
    expect(compileUntyped({ ...config, items })).toThrow(
      expect.objectContaining({ path: 'config.items[0]["weight.value"]' }) as Error,
    );
  });

  it('lists the other unknown keys of the same object', () => {
    expect(compileUntyped({ ...config, colour: 'red', size: 3 })).toThrow(
      new CapkitScoringError(
        'config.colour',
        'is not a key of the scoring config (nor is "size"). Unknown keys are refused, not ignored.',
      ),
    );
  });
});

describe('compileScoringConfig: what the engine can score (scorableLimits of @capkit/model)', () => {
  const weighted = (weight: number) => ({
    ...config,
    items: [{ id: 'a1', competency: 'A', weight }, ...config.items.slice(1)],
  });

  it('rejects a weight of 1e308, which used to publish mean NaN and min Infinity', () => {
    expect(() => compileScoringConfig(weighted(1e308))).toThrow(
      expect.objectContaining({
        name: 'CapkitScoringError',
        path: 'config.items[0].weight',
      }) as Error,
    );
  });

  it('takes weights up to maxItemWeight and no further', () => {
    expect(scorableLimits.maxItemWeight).toBe(1000);
    expect(() => compileScoringConfig(weighted(scorableLimits.maxItemWeight))).not.toThrow();
    expect(() => compileScoringConfig(weighted(scorableLimits.maxItemWeight + 0.5))).toThrow(
      /config\.items\[0\]\.weight: Weight 1000\.5 is above 1000/,
    );
    expect(() => compileScoringConfig(weighted(0))).toThrow(/config\.items\[0\]\.weight/);
    expect(() => compileScoringConfig(weighted(Number.NaN))).toThrow(/config\.items\[0\]\.weight/);
  });

  it('takes ratings from minRating to maxRating, below the missing marker 255', () => {
    expect(scorableLimits.maxRating).toBeLessThan(MISSING);
    const wide = { min: scorableLimits.minRating, max: scorableLimits.maxRating };
    expect(compileScoringConfig({ ...config, scale: wide }).valueTable[254]).toBe(254);
    expect(() => compileScoringConfig({ ...config, scale: { min: 1, max: 255 } })).toThrow(
      /^config\.scale\.max: 255 is above 254/,
    );
    expect(() => compileScoringConfig({ ...config, scale: { min: -1, max: 5 } })).toThrow(
      /^config\.scale\.min: -1 is below 0/,
    );
  });

  it('scores the heaviest weights exactly: (1000 × 5 + 1 × 1) / 1001', () => {
    // a1 weight 1000 rated 5, a2 weight 1 rated 1: 5001 / 1001 ≈ 4.996; finite, not NaN.
    const compiled = compileScoringConfig(weighted(1000));
    const partials = aggregateByGroup(responseMatrixFromRows([[5, 1, 3, 3]], 4), compiled, {
      groupOf: new Uint8Array(1),
      groups: 1,
    });
    expect(partials.mean[0]).toBe(5001 / 1001);
    expect(partials.min[0]).toBe(5001 / 1001);
  });
});

describe('compileScoringConfig: only its own results are compiled configs', () => {
  const compiled = compileScoringConfig(config);
  const matrix = responseMatrixFromRows([[4, 2, 5, 1]], 4);
  const grouping = { groupOf: new Uint8Array(1), groups: 1 };

  it('marks and freezes what it returns', () => {
    expect(isCompiledScoringConfig(compiled)).toBe(true);
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(Object.isFrozen(compiled.config.items[0])).toBe(true);
    // The caller's own object is left as it was: the compiled config holds zod's parsed copy.
    expect(Object.isFrozen(config.items[0])).toBe(false);
    expect(() => {
      (compiled as { items: number }).items = 7;
    }).toThrow(TypeError);
  });

  it('refuses copies, saying to call compileScoringConfig', () => {
    for (const copy of [{ ...compiled }, structuredClone(compiled)]) {
      expect(isCompiledScoringConfig(copy)).toBe(false);
      expect(() => aggregateByGroup(matrix, copy, grouping)).toThrow(
        new CapkitScoringError(
          'config',
          'is not a compiled scoring config: pass the result of compileScoringConfig(config) itself (copies, JSON round trips and objects sent to a worker are refused; compile the plain config again there)',
        ),
      );
    }
  });

  it('refuses a forged config whose offsets carry code, and the code never runs', () => {
    const marker = '__capkitForgedConfigRan';
    const forged = {
      ...compiled,
      items: `4; globalThis.${marker} = true; 4` as unknown as number,
      itemStart: ['0', `2]; globalThis.${marker} = true; [2`, '4'] as unknown as Uint32Array,
    } satisfies CompiledScoringConfig;
    for (const kernel of ['auto', 'portableTally', 'float'] as const) {
      expect(() => aggregateByGroup(matrix, forged, grouping, { kernel })).toThrow(
        /compileScoringConfig/,
      );
    }
    expect(marker in globalThis).toBe(false);
  });
});
