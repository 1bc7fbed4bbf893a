import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteKeyMap } from './byteKeyMap.js';

describe('ByteKeyMap', () => {
  it('gives back what was set, and nothing for a key never set', () => {
    const map = new ByteKeyMap();
    map.set('tna-2026.p-1.self', 0);
    map.set('tna-2026.p-2.self', 7);
    map.set('tna-2026.p-1.self', 3);
    expect(map.size).toBe(2);
    expect(map.get('tna-2026.p-1.self')).toBe(3);
    expect(map.get('tna-2026.p-2.self')).toBe(7);
    expect(map.get('tna-2026.p-3.self')).toBeUndefined();
    expect(map.has('tna-2026.p-2.self')).toBe(true);
    expect(map.has('')).toBe(false);
  });

  it('tells apart keys whose bytes would run together in a plainer code', () => {
    // 'é' (U+00E9) is written 0xE9 0x01 and 'ā' (U+0101) 0x81 0x02: neither is the other's
    // bytes, nor those of any ASCII pair, so each key below stays its own.
    const keys = [
      '',
      'a',
      'é',
      'ā',
      'é\u0001',
      '\u0001',
      '\u00e9\u0001',
      'a\u0000',
      '\ud83d',
      '\ud83d\ude00',
      '\ude00',
    ];
    const unique = [...new Set(keys)];
    const map = new ByteKeyMap();
    unique.forEach((key, index) => map.set(key, index));
    expect(map.size).toBe(unique.length);
    unique.forEach((key, index) => expect(map.get(key)).toBe(index));
  });

  it('keeps every key through many rehashes', () => {
    const map = new ByteKeyMap();
    for (let i = 0; i < 50_000; i += 1) map.set(`r${i}`, i);
    expect(map.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 1) expect(map.get(`r${i}`)).toBe(i);
    expect(map.get('r50000')).toBeUndefined();
  });

  it('retains the keys’ bytes plus a bounded cost per key, not a string object each', () => {
    const map = new ByteKeyMap();
    const key = (i: number) => `tna-2026-ministry.p-${String(i).padStart(8, '0')}.self`;
    const n = 100_000;
    for (let i = 0; i < n; i += 1) map.set(key(i), i);
    // 33 bytes of key, 12 of index and 8 of slots (4 bytes each, at most half full), with up to
    // half as much again of growth slack on each array (×1.5 growth, ×2 for the slots).
    expect(key(0)).toHaveLength(33);
    expect(map.byteLength).toBeLessThan(n * ((33 + 12) * 1.5 + 16) + 4096);
    expect(map.byteLength).toBeGreaterThan(n * (33 + 12 + 8));
  });

  it('refuses a value it cannot hold', () => {
    const map = new ByteKeyMap();
    expect(() => map.set('a', -1)).toThrow(RangeError);
    expect(() => map.set('a', 1.5)).toThrow(RangeError);
    expect(() => map.set('a', 2 ** 32)).toThrow(RangeError);
    expect(map.size).toBe(0);
  });

  it('behaves as a Map of the same keys and values, any strings included', () => {
    // Any UTF-16 code unit (lone surrogates too), and often 'a' or 'b' so that keys repeat.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('a', 'b'),
    );
    const key = fc.string({ unit, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.nat()), { maxLength: 300 }),
        fc.array(key, { maxLength: 50 }),
        (entries, probes) => {
          const map = new ByteKeyMap();
          const expected = new Map<string, number>();
          for (const [key, value] of entries) {
            map.set(key, value);
            expected.set(key, value);
          }
          expect(map.size).toBe(expected.size);
          for (const key of [...expected.keys(), ...probes]) {
            expect(map.get(key)).toBe(expected.get(key));
          }
        },
      ),
    );
  });
});
