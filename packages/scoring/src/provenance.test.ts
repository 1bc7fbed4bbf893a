import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configHash } from './provenance.js';

// The reference: FNV-1a 64-bit written the plain way, in BigInt, over the canonical JSON (keys
// sorted, undefined left out) — independent of the limb arithmetic the engine uses.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
function referenceHash(value: unknown): string {
  let hash = 0xcbf29ce484222325n;
  for (const unit of canonical(value)) {
    for (let i = 0; i < unit.length; i += 1) {
      hash ^= BigInt(unit.charCodeAt(i));
      hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return hash.toString(16).padStart(16, '0');
}

describe('configHash', () => {
  it('is FNV-1a 64-bit of the canonical JSON, by values computed outside the project', () => {
    // Python, FNV-1a 64 over the code units of the JSON text; the same code gives the published
    // FNV vector for "a", af63dc4c8601ec8c. Here the texts are 1, "a" and {"k":[1,2]}.
    expect(configHash(1)).toBe('af63ac4c86019afc');
    expect(configHash('a')).toBe('d4272417d7c77eea');
    expect(configHash({ k: [1, 2], skipped: undefined })).toBe('9860fcd705e1e835');
    expect(configHash({ b: [1, 'é€😀', null], a: { z: 2, y: undefined } })).toBe(
      configHash({ a: { z: 2 }, b: [1, 'é€😀', null] }),
    );
  });

  it('equals the plain BigInt computation on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        expect(configHash(value)).toBe(referenceHash(value));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
