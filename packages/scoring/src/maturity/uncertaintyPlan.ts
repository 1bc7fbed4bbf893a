import { z } from 'zod';
import { aggregationSchema } from './maturityInput.js';
import { normalisationSchema } from './normalise.js';
import { zodIssueError as issueError } from '../zodIssue.js';

/** Limits of one analysis, so memory stays bounded: ranks are kept for every run. */
export const uncertaintyLimits = {
  /** Base samples N (runs are N, or N × (factors + 2) with sensitivity). */
  maxSamples: 100_000,
  /** Runs × entities, the size of the rank record (2 bytes each). */
  maxRankCells: 50_000_000,
} as const;

/**
 * What the Monte Carlo varies. Each listed choice is one factor of the sensitivity analysis:
 * `weights` (all weights together), `normalisation`, `aggregation:<nodeId>` for each node
 * listed, `imputation`, `treatment`.
 */
export const uncertaintyPlanSchema = z.strictObject({
  /** Base sample size N. */
  samples: z.number().int().min(2).max(uncertaintyLimits.maxSamples),
  /** Seed of the generator (`createRandom`): the same seed, the same runs. */
  seed: z.number().int(),
  /**
   * Each weight is multiplied by 1 + noise·(2u − 1), u uniform on [0, 1) (so uniform within
   * ±noise of its nominal value), then renormalised per node.
   */
  weightNoise: z.number().gt(0).lt(1).optional(),
  /** Normalisations drawn with equal probability (list the nominal one to include it). */
  normalisations: z.array(normalisationSchema).min(2).max(16).optional(),
  /** Per node, the aggregations drawn with equal probability. */
  aggregations: z
    .array(
      z.strictObject({
        nodeId: z.string().min(1),
        alternatives: z.array(aggregationSchema).min(2).max(16),
      }),
    )
    .max(64)
    .optional(),
  /** Switch imputation between the nominal method and none, with equal probability. */
  imputation: z.boolean().optional(),
  /** Switch outlier treatment between on (nominal rule, or COINr's defaults) and off. */
  treatment: z.boolean().optional(),
  /**
   * Sobol indices (Saltelli's design: N × (factors + 2) runs); false gives the rank
   * intervals from N runs alone.
   * @default true
   */
  sensitivity: z.boolean().optional(),
});

/** What the Monte Carlo varies (see {@link uncertaintyPlanSchema}). */
export type UncertaintyPlan = z.input<typeof uncertaintyPlanSchema>;

/** Validates a plan, errors located under `plan`. */
export function parseUncertaintyPlan(plan: unknown): z.infer<typeof uncertaintyPlanSchema> {
  const parsed = uncertaintyPlanSchema.safeParse(plan);
  if (!parsed.success) throw issueError('plan', parsed.error.issues);
  return parsed.data;
}
