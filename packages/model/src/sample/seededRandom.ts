/**
 * Murmur3's 32-bit finaliser: spreads every input bit over the output. It is a bijection on
 * 32-bit integers, so distinct inputs always give distinct outputs.
 */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Combines numbers into one 32-bit seed, so that each (seed, purpose, index) gets a stream of
 * its own. Any piece of sample data can then be generated alone, in any order, and come out the
 * same — which is what lets responses be streamed in chunks.
 */
export function deriveSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) h = mix32((h ^ mix32(part)) + 0x7f4a7c15);
  return h;
}

/**
 * A small, fast, seeded pseudo-random generator (mulberry32, 32-bit state). Not for
 * cryptography. The same seed always gives the same sequence, on every JavaScript engine: it
 * uses only integer operations, and {@link SeededRandom.normal} avoids `Math.log`/`Math.cos`,
 * whose last bits may differ between engines.
 */
export class SeededRandom {
  // Held in a typed array: a plain field holding values beyond 31 bits is boxed by V8 on every
  // write, which made each draw allocate.
  readonly #state = new Int32Array(1);

  /** @param seed any number; taken modulo 2³². */
  constructor(seed: number) {
    this.#state[0] = seed;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    const state = ((this.#state[0] ?? 0) + 0x6d2b79f5) | 0;
    this.#state[0] = state;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A uniform whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('Cannot pick from an empty list');
    return item;
  }

  /** An index into `weights`, each chosen in proportion to its weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let target = this.next() * total;
    for (let index = 0; index < weights.length; index += 1) {
      target -= weights[index] ?? 0;
      if (target < 0) return index;
    }
    return weights.length - 1;
  }

  /**
   * An approximately standard normal number (mean 0, standard deviation 1): the Irwin–Hall sum
   * of four uniforms, centred and scaled. Bounded to ±3.46, which suits rating noise.
   */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * 1.7320508075688772;
  }
}
