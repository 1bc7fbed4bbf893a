import { z } from 'zod';
import { configHash } from './provenance.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';

const itemSchema = z.object({
  /** Item id, as in the instrument. */
  id: z.string().min(1),
  /** Id of the competency the item measures; one of `competencies`. */
  competency: z.string().min(1),
  /** A high rating means less of the competency; scored as min + max − rating. */
  reverseCoded: z.boolean().optional(),
  /** Weight of the item within its competency. @default 1 */
  weight: z.number().positive().optional(),
});

/**
 * How ratings become competency scores: the rating range, the competencies, the items (in the
 * column order of the response data) and the missing-value rule.
 */
export const scoringConfigSchema = z
  .object({
    /** Whole-number rating range of the items, e.g. 1–5. */
    scale: z.object({
      min: z.number().int().min(0),
      max: z
        .number()
        .int()
        .max(MISSING - 1),
    }),
    /** Competency ids, in the order results are reported. */
    competencies: z.array(z.string().min(1)).min(1),
    /** Items in the column order of the response data. */
    items: z.array(itemSchema).min(1),
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

/**
 * Validates a scoring config and compiles its lookup tables.
 *
 * @throws {CapkitScoringError} naming the first bad field, e.g. `config.items[3].competency`.
 */
export function compileScoringConfig(input: ScoringConfig): CompiledScoringConfig {
  const parsed = scoringConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['config', ...(issue?.path ?? [])]
      .map((key, index) =>
        typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
      )
      .join('');
    throw new CapkitScoringError(path, issue?.message ?? 'invalid scoring config');
  }
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
  return {
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
  };
}
