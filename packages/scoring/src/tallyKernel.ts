import type { ResponseMatrix } from './responseMatrix.js';
import { assertCompiledScoringConfig, type CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/**
 * With unit weights a competency score is min + s/k, where k is the number of answered items
 * and s the sum of (rating − min) over them: a pair of small whole numbers. The tally kernel
 * counts respondents per (group, role, competency, k, s) in one pass over the bytes and derives
 * every statistic exactly from the counts afterwards, so the hot loop does integer additions
 * only: no division, no floating-point accumulation.
 *
 * Each rating byte of item j maps, through `codeTable[j * 256 + byte]`, to
 * `(1 << valueBits) + (rating − min)` when answered, 0 when missing, and {@link OFF_SCALE_CODE}
 * when off the scale; summing a competency's codes gives `(k << valueBits) + s` directly.
 */
export interface TallyLayout {
  /** Bits for s: the smallest power of two above (most items in a competency) × (max − min). */
  readonly valueBits: number;
  /** Codes per competency: (most items + 1) << valueBits. */
  readonly codes: number;
  readonly codeTable: Uint32Array;
}

/** Added for an off-scale byte: larger than any sum of valid codes, so one check per competency finds it. */
export const OFF_SCALE_CODE = 1 << 24;

/** The tally layout of a config, or `undefined` when items are weighted (the float kernel handles those). */
export function tallyLayout(config: CompiledScoringConfig): TallyLayout | undefined {
  if (config.weightOfItem.some((weight) => weight !== 1)) return undefined;
  const { min, max } = config.config.scale;
  const mostItems = Math.max(...config.itemsPerCompetency);
  const valueBits = Math.ceil(Math.log2(mostItems * (max - min) + 1));
  // Every sum of valid codes must stay below OFF_SCALE_CODE, or a valid row would read as off-scale.
  if ((mostItems + 1) * 2 ** valueBits > OFF_SCALE_CODE) return undefined;
  const codeTable = new Uint32Array(config.items * 256);
  for (let j = 0; j < config.items; j += 1) {
    for (let byte = 0; byte < 256; byte += 1) {
      const value = config.valueTable[j * 256 + byte] as number;
      codeTable[j * 256 + byte] =
        value !== value
          ? 0
          : value === Number.NEGATIVE_INFINITY
            ? OFF_SCALE_CODE
            : (1 << valueBits) + (value - min);
    }
  }
  return { valueBits, codes: (mostItems + 1) << valueBits, codeTable };
}

/** Signature of a tally loop: counts codes of rows `start`…`end − 1` into `counts`; returns a bad row or −1. */
type TallyLoop = (
  ratings: Uint8Array,
  start: number,
  end: number,
  groupOf: ArrayLike<number>,
  roleOf: ArrayLike<number> | undefined,
  counts: Uint32Array,
) => number;

// Code generation needs `new Function`, which a strict Content-Security-Policy forbids.
const canGenerateCode = (() => {
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- feature test for code generation
    return (new Function('return 1') as () => number)() === 1;
  } catch {
    return false;
  }
})();

// One generated loop per config and role count; configs are compiled once and reused.
const loops = new WeakMap<CompiledScoringConfig, Map<number, TallyLoop>>();
const layouts = new WeakMap<CompiledScoringConfig, TallyLayout | null>();

/** {@link tallyLayout}, computed once per compiled config. */
export function cachedTallyLayout(config: CompiledScoringConfig): TallyLayout | undefined {
  let layout = layouts.get(config);
  if (layout === undefined) {
    layout = tallyLayout(config) ?? null;
    layouts.set(config, layout);
  }
  return layout ?? undefined;
}

/**
 * The tally loop for a config: generated with the item offsets as constants where the
 * environment allows (as arquero does; it removes the inner loop and runs ~3× faster), otherwise
 * a portable loop over the items. The generated source holds only numbers derived from the
 * validated config, never caller strings: the config must be one `compileScoringConfig` made
 * (a forged or copied object is refused before any code is generated), and every number written
 * into the source is checked to be a safe integer as well.
 *
 * @throws {CapkitScoringError} for a config not made by `compileScoringConfig`, or a value bound
 *   for the generated source that is not a safe integer.
 */
export function tallyLoop(
  config: CompiledScoringConfig,
  layout: TallyLayout,
  roles: number,
  forcePortable = false,
): TallyLoop {
  assertCompiledScoringConfig(config);
  if (forcePortable || !canGenerateCode) return portableLoop(config, layout, roles);
  const byRoles = loops.get(config) ?? new Map<number, TallyLoop>();
  loops.set(config, byRoles);
  const cached = byRoles.get(roles);
  if (cached !== undefined) return cached;
  const loop = generatedLoop(config, layout, roles);
  byRoles.set(roles, loop);
  return loop;
}

// A number written into generated source: a safe integer, or the generation stops. Defence in
// depth behind the compiled-config check: whatever reaches here, no caller text becomes code.
function literal(value: unknown, what: string): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new CapkitScoringError(
      `config.${what}`,
      `is ${typeof value === 'number' ? String(value) : `a ${typeof value}`}, not a safe integer; ` +
        'the tally kernel is generated only from whole numbers of a config made by compileScoringConfig',
    );
  }
  return String(value);
}

function generatedLoop(
  config: CompiledScoringConfig,
  layout: TallyLayout,
  roles: number,
): TallyLoop {
  const { itemOrder, itemStart, minAnswered } = config;
  const items = literal(config.items, 'items');
  const C = literal(config.competencies, 'competencies');
  const codes = literal(layout.codes, 'codes');
  const valueBits = layout.valueBits;
  const body: string[] = [];
  for (let c = 0; c < config.competencies; c += 1) {
    const terms: string[] = [];
    for (let t = itemStart[c] as number; t < (itemStart[c + 1] as number); t += 1) {
      const j = itemOrder[t];
      terms.push(
        `table[${literal((j as number) * 256, `itemOrder[${t}]`)} + ratings[base + ${literal(j, `itemOrder[${t}]`)}]]`,
      );
    }
    body.push(
      `code = ${terms.length === 0 ? '0' : terms.join(' + ')};`,
      `if (code >= ${literal(OFF_SCALE_CODE, 'offScaleCode')}) return r;`,
      `if (code >= ${literal((minAnswered[c] as number) * 2 ** literalBits(valueBits), `minAnswered[${c}]`)}) counts[(slot + ${literal(c, 'competencies')}) * ${codes} + code] += 1;`,
    );
  }
  const source = `
    const table = codeTable;
    for (let r = start; r < end; r += 1) {
      const base = r * ${items};
      const slot = (groupOf[r] * ${literal(roles, 'roles')} + (roleOf === undefined ? 0 : roleOf[r])) * ${C};
      let code = 0;
      ${body.join('\n      ')}
    }
    return -1;`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- source holds only numbers from the validated config
  const factory = new Function(
    'codeTable',
    `return (ratings, start, end, groupOf, roleOf, counts) => {${source}};`,
  ) as (codeTable: Uint32Array) => TallyLoop;
  return factory(layout.codeTable);
}

function literalBits(valueBits: unknown): number {
  return Number(literal(valueBits, 'valueBits'));
}

function portableLoop(
  config: CompiledScoringConfig,
  layout: TallyLayout,
  roles: number,
): TallyLoop {
  const { items, competencies: C, itemOrder, itemStart, minAnswered } = config;
  const { codes, valueBits, codeTable } = layout;
  return (ratings, start, end, groupOf, roleOf, counts) => {
    for (let r = start; r < end; r += 1) {
      const base = r * items;
      const slot =
        ((groupOf[r] as number) * roles + (roleOf === undefined ? 0 : (roleOf[r] as number))) * C;
      for (let c = 0; c < C; c += 1) {
        let code = 0;
        const last = itemStart[c + 1] as number;
        for (let t = itemStart[c] as number; t < last; t += 1) {
          const j = itemOrder[t] as number;
          code += codeTable[j * 256 + (ratings[base + j] as number)] as number;
        }
        if (code >= OFF_SCALE_CODE) return r;
        if (code >= (minAnswered[c] as number) << valueBits) {
          const index = (slot + c) * codes + code;
          counts[index] = (counts[index] as number) + 1;
        }
      }
    }
    return -1;
  };
}

// The tally buffer of the last call, per config: reused (zeroed) instead of reallocated, since
// calls are synchronous and a fresh multi-megabyte buffer per call only feeds the garbage collector.
const buffers = new WeakMap<CompiledScoringConfig, Uint32Array>();

/**
 * Runs the tally over rows `start`…`end − 1`; returns the counts, or the first row with an
 * off-scale byte. The counts are valid until the next call with the same config.
 */
export function tally(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  layout: TallyLayout,
  groupOf: ArrayLike<number>,
  groups: number,
  roleOf: ArrayLike<number> | undefined,
  roles: number,
  start: number,
  end: number,
  forcePortable = false,
): { counts: Uint32Array; badRow: number } {
  assertCompiledScoringConfig(config);
  const size = groups * roles * config.competencies * layout.codes;
  let counts = buffers.get(config);
  if (counts === undefined || counts.length !== size) {
    counts = new Uint32Array(size);
    buffers.set(config, counts);
  } else {
    counts.fill(0);
  }
  const badRow = tallyLoop(config, layout, roles, forcePortable)(
    matrix.ratings,
    start,
    end,
    groupOf,
    roleOf,
    counts,
  );
  return { counts, badRow };
}
