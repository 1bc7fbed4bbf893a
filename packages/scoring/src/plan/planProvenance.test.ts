import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configHash } from '../provenance.js';
import { planProvenance } from './planProvenance.js';

describe('planProvenance', () => {
  it('is configHash, computed without BigInt', () => {
    expect(planProvenance({ b: [1, 'é€😀', null], a: { z: 2, y: undefined } }).configHash).toBe(
      configHash({ a: { z: 2 }, b: [1, 'é€😀', null] }),
    );
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        expect(planProvenance(value).configHash).toBe(configHash(value));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
