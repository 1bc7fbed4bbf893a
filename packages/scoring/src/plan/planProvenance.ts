import { provenanceWithHash, type Provenance } from '../provenance.js';

// The canonical JSON of provenance.ts: keys sorted at every level, undefined left out.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The same hash as `configHash` (FNV-1a 64-bit over the canonical JSON's UTF-16 code units),
 * computed in four 16-bit limbs instead of BigInt: a plan's input is large (every need group
 * and catalogue entry), and BigInt arithmetic per character took longer than the greedy.
 * FNV prime 2⁴⁰ + 0x1b3: h × prime = h × 0x1b3 + (h << 40), mod 2⁶⁴.
 */
export function planProvenance(config: unknown): Provenance {
  const text = canonicalJson(config);
  // Offset basis 0xcbf29ce484222325, low limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i += 1) {
    h0 ^= text.charCodeAt(i);
    const a0 = h0 * 0x1b3;
    const a1 = h1 * 0x1b3 + (a0 >>> 16);
    const a2 = h2 * 0x1b3 + (a1 >>> 16) + ((h0 & 0xff) << 8);
    const a3 = h3 * 0x1b3 + (a2 >>> 16) + ((h0 >>> 8) | ((h1 & 0xff) << 8));
    h0 = a0 & 0xffff;
    h1 = a1 & 0xffff;
    h2 = a2 & 0xffff;
    h3 = a3 & 0xffff;
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, '0');
  return provenanceWithHash(`${hex(h3)}${hex(h2)}${hex(h1)}${hex(h0)}`);
}
