import { z } from 'zod';
import { zodIssueError as issueError } from '../zodIssue.js';
import { normalisationSchema, type Normalisation } from './normalise.js';
import type { ImputationMethod } from './impute.js';
import type { OutlierRule } from './treatOutliers.js';
import type { Weighting } from './weights.js';

const outlierRuleSchema = z.strictObject({
  skewness: z.number().positive().optional(),
  kurtosis: z.number().optional(),
  maxWinsorised: z.number().int().min(0).max(1_000).optional(),
});

/** How the index is built from its input: every step's method, strict. */
export const maturityOptionsSchema = z.strictObject({
  /** @default 'none' (missing stays missing; the entity is reported incomplete) */
  imputation: z.enum(['none', 'columnMean', 'columnMedian', 'groupMean', 'groupMedian']).optional(),
  /** COINr's outlier rule (see `treatOutliers`), or false for none. @default false */
  treatment: z.union([z.literal(false), outlierRuleSchema]).optional(),
  /** @default { method: 'minMax', low: 0, high: 100 } */
  normalisation: normalisationSchema.optional(),
  /** @default 'manual' (the given weights, 1 where absent) */
  weighting: z.enum(['equal', 'manual']).optional(),
  /**
   * Smallest share of a node's children an entity must have a score for (a node's own
   * `minAvailability` overrides it). 0: any one present child will do, as COINr's default.
   * @default 0
   */
  minAvailability: z.number().min(0).max(1).optional(),
});

/** How the index is built (see {@link maturityOptionsSchema}). */
export type MaturityOptions = z.input<typeof maturityOptionsSchema>;

/** The options with every default filled in. */
export interface ResolvedMaturityOptions {
  readonly imputation: ImputationMethod;
  readonly treatment: false | OutlierRule;
  readonly normalisation: Normalisation;
  readonly weighting: Weighting;
  readonly minAvailability: number;
}

/** Validates options (errors located under `options`) and fills in the defaults. */
export function resolveMaturityOptions(options: unknown): ResolvedMaturityOptions {
  const parsed = maturityOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw issueError('options', parsed.error.issues);
  const o = parsed.data;
  return {
    imputation: o.imputation ?? 'none',
    treatment: o.treatment ?? false,
    normalisation: o.normalisation ?? { method: 'minMax', low: 0, high: 100 },
    weighting: o.weighting ?? 'manual',
    minAvailability: o.minAvailability ?? 0,
  };
}
