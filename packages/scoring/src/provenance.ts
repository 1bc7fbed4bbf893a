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

const fnvPrime = 0x100000001b3n;
const fnvOffset = 0xcbf29ce484222325n;
const mask64 = 0xffffffffffffffffn;

/** Hash of any JSON-serialisable configuration: FNV-1a over its canonical JSON's UTF-16 code units. */
export function configHash(config: unknown): string {
  const text = canonicalJson(config);
  let hash = fnvOffset;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * fnvPrime) & mask64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Provenance of a result computed under `config`. */
export function provenanceOf(config: unknown): Provenance {
  return provenanceWithHash(configHash(config));
}

/** Provenance of a result computed under a config whose hash is already known. */
export function provenanceWithHash(hash: string): Provenance {
  return { engine: '@capkit/scoring', engineVersion, configHash: hash };
}
