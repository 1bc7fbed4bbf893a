declare const __CAPKIT_SCORING_VERSION__: string;

/** Version of this engine, stamped into every result. */
export const engineVersion: string =
  typeof __CAPKIT_SCORING_VERSION__ === 'string' ? __CAPKIT_SCORING_VERSION__ : '0.0.0-dev';

/** Which rules produced a result: the engine and a hash of the scoring configuration. */
export interface Provenance {
  readonly engine: '@capkit/scoring';
  readonly engineVersion: string;
  /** FNV-1a 64-bit hash (hex) of the canonical JSON of the configuration. */
  readonly configHash: string;
}

// Keys sorted at every level, so that equal configs hash equally whatever their key order.
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
 * Hash of any JSON-serialisable configuration: FNV-1a 64-bit over its canonical JSON's UTF-16
 * code units. Computed in four 16-bit limbs rather than BigInt: some configs are large (a plan's
 * every need group and catalogue entry), and BigInt arithmetic per character took longer than
 * the greedy planner it stamps. FNV prime 2⁴⁰ + 0x1b3: h × prime = h × 0x1b3 + (h << 40), mod 2⁶⁴.
 */
export function configHash(config: unknown): string {
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
  return `${hex(h3)}${hex(h2)}${hex(h1)}${hex(h0)}`;
}

/** Provenance of a result computed under `config`. */
export function provenanceOf(config: unknown): Provenance {
  return provenanceWithHash(configHash(config));
}

/** Provenance of a result computed under a config whose hash is already known. */
export function provenanceWithHash(hash: string): Provenance {
  return { engine: '@capkit/scoring', engineVersion, configHash: hash };
}
