/** A seeded source of uniform numbers in [0, 1), so that resampling results can be reproduced. */
export type Random = () => number;

/**
 * Mulberry32: a small, fast 32-bit generator with a full 2^32 period, ample for bootstrap
 * resampling. The same seed always gives the same sequence, in every JavaScript engine.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A uniform integer in [0, n) drawn from `random`. */
export function randomIndex(random: Random, n: number): number {
  return Math.floor(random() * n);
}
