import { scorableItemWeightSchema, scorableRatingSchema } from '@capkit/model';
import { z } from 'zod';
import { configHash } from './provenance.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';
import { issuePath } from './zodIssue.js';

/**
 * Most items (and competencies) in one config: their indices are kept in `Uint16Array`s. Far
 * above any instrument the model accepts.
 */
const maxItems = 65_535;

const itemSchema = z.strictObject({
  /** Item id, as in the instrument. */
  id: z.string().min(1),
  /** Id of the competency the item measures; one of `competencies`. */
  competency: z.string().min(1),
  /** A high rating means less of the competency; scored as min + max − rating. */
  reverseCoded: z.boolean().optional(),
  /**
   * Weight of the item within its competency: above 0 and at most `scorableLimits.maxItemWeight`
   * (1000) from `@capkit/model`, the one rule the model's validators apply too.
   * @default 1
   */
  weight: scorableItemWeightSchema.optional(),
});

/**
 * How ratings become competency scores: the rating range, the competencies, the items (in the
 * column order of the response data) and the missing-value rule.
 *
 * Every object is strict: a key the engine does not know (`reversecoded` for `reverseCoded`) is
 * an error naming it, never silently ignored. The scale and the weights follow
 * `scorableLimits` from `@capkit/model` (ratings 0–254, weights in (0, 1000]), so a config built
 * from a document the model accepts always compiles, and one the engine cannot score never does.
 */
export const scoringConfigSchema = z
  .strictObject({
    /** Whole-number rating range of the items, e.g. 1–5, within `scorableLimits` (0–254). */
    scale: z.strictObject({
      min: scorableRatingSchema,
      max: scorableRatingSchema,
    }),
    /** Competency ids, in the order results are reported. */
    competencies: z.array(z.string().min(1)).min(1).max(maxItems),
    /** Items in the column order of the response data. */
    items: z.array(itemSchema).min(1).max(maxItems),
    /**
     * Smallest share of a competency's items a respondent must answer to get a score; below
     * it the score is missing, never 0.
     * @default 0.5
     */
    minAnsweredShare: z.number().gt(0).lte(1).optional(),
  })
  .superRefine((config, ctx) => {
    if (config.scale.min >= config.scale.max) {
      ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: 'must be above scale.min' });
    }
    const competencies = new Set<string>();
    config.competencies.forEach((id, index) => {
      if (competencies.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['competencies', index],
          message: `duplicate competency "${id}"`,
        });
      competencies.add(id);
    });
    const items = new Set<string>();
    config.items.forEach((item, index) => {
      if (items.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `duplicate item "${item.id}"`,
        });
      items.add(item.id);
      if (!competencies.has(item.competency)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'competency'],
          message: `unknown competency "${item.competency}"`,
        });
      }
    });
    const measured = new Set(config.items.map((item) => item.competency));
    config.competencies.forEach((id, index) => {
      if (!measured.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['competencies', index],
          message: `no item measures "${id}"`,
        });
    });
  });

/** Scoring rules; see {@link scoringConfigSchema}. */
export type ScoringConfig = z.input<typeof scoringConfigSchema>;

/** Marks a byte that is neither a rating on the scale nor {@link MISSING}. */
export const OFF_SCALE = Number.NEGATIVE_INFINITY;

/** A validated config turned into lookup tables for the hot loop. */
export interface CompiledScoringConfig {
  readonly config: ScoringConfig;
  readonly items: number;
  readonly competencies: number;
  /** Competency index of each item. */
  readonly competencyOfItem: Uint16Array;
  /** Weight of each item. */
  readonly weightOfItem: Float64Array;
  /** Number of items per competency. */
  readonly itemsPerCompetency: Uint16Array;
  /** Item indices grouped by competency: competency c's items are `itemOrder[itemStart[c] … itemStart[c + 1] − 1]`. */
  readonly itemOrder: Uint16Array;
  /** Offsets into `itemOrder`, one per competency plus the end. */
  readonly itemStart: Uint32Array;
  /** Fewest answered items that give a competency a score. */
  readonly minAnswered: Uint16Array;
  /**
   * Scored value of every possible byte of every item, at `item * 256 + byte`: the rating
   * (reversed where the item is reverse-coded), `NaN` for {@link MISSING}, {@link OFF_SCALE} otherwise.
   */
  readonly valueTable: Float64Array;
  /** Hash of the config, for provenance. */
  readonly hash: string;
}

// Configs made by compileScoringConfig, and only those: the tally kernel generates code from a
// compiled config, so it must never run on a hand-made or copied object. Module-private, so
// nothing outside this module can add to it.
const compiledConfigs = new WeakSet<object>();

/**
 * Whether `config` was returned by {@link compileScoringConfig} (in this copy of the engine).
 * Copies — spread, `JSON.parse(JSON.stringify(…))`, `structuredClone`, a message to a worker —
 * are not: compile the plain {@link ScoringConfig} (`compiled.config`) again instead.
 */
export function isCompiledScoringConfig(config: unknown): config is CompiledScoringConfig {
  return typeof config === 'object' && config !== null && compiledConfigs.has(config);
}

/**
 * Throws unless `config` was returned by {@link compileScoringConfig}; see
 * {@link isCompiledScoringConfig}.
 *
 * @throws {CapkitScoringError} at `path`, saying to call `compileScoringConfig`.
 */
export function assertCompiledScoringConfig(
  config: unknown,
  path = 'config',
): asserts config is CompiledScoringConfig {
  if (!isCompiledScoringConfig(config)) {
    throw new CapkitScoringError(
      path,
      'is not a compiled scoring config: pass the result of compileScoringConfig(config) itself ' +
        '(copies, JSON round trips and objects sent to a worker are refused; compile the plain ' +
        'config again there)',
    );
  }
}

const knownKeys: Record<string, readonly string[]> = {
  config: Object.keys(scoringConfigSchema.shape),
  scale: Object.keys(scoringConfigSchema.shape.scale.shape),
  item: Object.keys(itemSchema.shape),
};

// The known key a misspelt one most likely meant: same letters ignoring case, `-` and `_`.
function meant(key: string, path: readonly PropertyKey[]): string | undefined {
  const last = path[path.length - 1];
  const known =
    path.length === 0
      ? knownKeys.config
      : last === 'scale'
        ? knownKeys.scale
        : typeof last === 'number' && path[0] === 'items'
          ? knownKeys.item
          : undefined;
  const fold = (text: string) => text.toLowerCase().replace(/[-_\s]/g, '');
  return known?.find((candidate) => fold(candidate) === fold(key));
}

function configError(issue: z.core.$ZodIssue | undefined): CapkitScoringError {
  if (issue === undefined) return new CapkitScoringError('config', 'invalid scoring config');
  if (issue.code === 'unrecognized_keys') {
    const [key = '', ...others] = issue.keys;
    const suggestion = meant(key, issue.path);
    const alsoUnknown =
      others.length === 0
        ? ''
        : ` (nor ${others.length === 1 ? 'is' : 'are'} ${others.map((other) => JSON.stringify(other)).join(', ')})`;
    return new CapkitScoringError(
      issuePath('', ['config', ...issue.path, key]),
      `is not a key of the scoring config${alsoUnknown}${suggestion === undefined ? '.' : `; did you mean "${suggestion}"?`} Unknown keys are refused, not ignored.`,
    );
  }
  return new CapkitScoringError(issuePath('', ['config', ...issue.path]), issue.message);
}

// Compiled configs are frozen, so that the numbers the kernel is generated from cannot be swapped
// after validation (typed arrays cannot be frozen, but they hold only numbers).
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates a scoring config and compiles its lookup tables. The result is frozen and marked as
 * compiled: the engine's functions refuse any other object in its place, copies included (see
 * {@link isCompiledScoringConfig}).
 *
 * @throws {CapkitScoringError} naming the first bad field and why, e.g.
 *   `config.items[3].reversecoded: is not a key of the scoring config; did you mean "reverseCoded"?`
 *   or `config.items[0].weight: Weight 1e+308 is above 1000, …`.
 */
export function compileScoringConfig(input: ScoringConfig): CompiledScoringConfig {
  const parsed = scoringConfigSchema.safeParse(input);
  if (!parsed.success) throw configError(parsed.error.issues[0]);
  const config = parsed.data;
  const share = config.minAnsweredShare ?? 0.5;
  const competencyIndex = new Map(config.competencies.map((id, index) => [id, index]));
  const items = config.items.length;
  const competencyOfItem = new Uint16Array(items);
  const weightOfItem = new Float64Array(items);
  const itemsPerCompetency = new Uint16Array(config.competencies.length);
  const valueTable = new Float64Array(items * 256).fill(OFF_SCALE);
  const { min, max } = config.scale;
  config.items.forEach((item, j) => {
    const c = competencyIndex.get(item.competency) ?? 0;
    competencyOfItem[j] = c;
    weightOfItem[j] = item.weight ?? 1;
    itemsPerCompetency[c] = (itemsPerCompetency[c] ?? 0) + 1;
    valueTable[j * 256 + MISSING] = Number.NaN;
    for (let value = min; value <= max; value += 1) {
      valueTable[j * 256 + value] = item.reverseCoded === true ? min + max - value : value;
    }
  });
  const itemStart = new Uint32Array(config.competencies.length + 1);
  itemsPerCompetency.forEach((total, c) => (itemStart[c + 1] = (itemStart[c] as number) + total));
  const itemOrder = new Uint16Array(items);
  const filled = itemStart.slice(0, -1);
  competencyOfItem.forEach((c, j) => {
    itemOrder[filled[c] as number] = j;
    filled[c] = (filled[c] as number) + 1;
  });
  // answered / total ≥ share ⇔ answered ≥ share × total; the epsilon keeps 0.5 × 4 at 2, not 3.
  const minAnswered = itemsPerCompetency.map((total) =>
    Math.max(1, Math.ceil(share * total - 1e-9)),
  );
  const compiled: CompiledScoringConfig = deepFreeze({
    config: { ...config, minAnsweredShare: share },
    items,
    competencies: config.competencies.length,
    competencyOfItem,
    weightOfItem,
    itemsPerCompetency,
    itemOrder,
    itemStart,
    minAnswered,
    valueTable,
    hash: configHash({ ...config, minAnsweredShare: share }),
  });
  compiledConfigs.add(compiled);
  return compiled;
}
