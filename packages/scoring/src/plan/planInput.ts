import { zodIssueError } from '../zodIssue.js';
import { z } from 'zod';
import { CapkitScoringError } from '../scoringError.js';

/**
 * Size limits of a planning input, far above a national programme (the benchmark plans 500
 * interventions for the need groups of 10,000 people) and low enough that a model built from
 * them fits in memory and in HiGHS's WebAssembly heap.
 */
export const planLimits = {
  /** Need groups (unit × competency, say). */
  needs: 20_000,
  /** Catalogue entries. */
  interventions: 2_000,
  /** Competencies one intervention raises, and prerequisites one intervention has. */
  perIntervention: 50,
  /** Runs of one intervention. */
  runs: 10_000,
  /** Need group × intervention pairs the model may hold (one variable each). */
  pairs: 1_000_000,
  /** Length of an id. */
  idLength: 200,
} as const;

const idSchema = z.string().min(1).max(planLimits.idLength);
const amountSchema = z.number().nonnegative();
const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a calendar date YYYY-MM-DD')
  .refine((text) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'is not a day of the calendar');

/** People of one unit below the required level in one competency, planned as one group. */
export const planNeedSchema = z.strictObject({
  /** Id of the group, unique among the needs. */
  id: idSchema,
  /** Unit the people belong to; `null` for a group that is not one unit ("other units"). */
  unitId: idSchema.nullable(),
  competencyId: idSchema,
  /** People below their required level: whole and at least 1. */
  people: z.number().int().positive().max(10_000_000),
  /**
   * Their gap, in proficiency levels: the mean of required − current level over the people
   * below (or the gap level of a group cut by gap level). Above 0.
   */
  gap: z.number().positive().max(1000),
  /** Importance of closing one gap point of this group (Borich's MWDS, say); ≥ 0. */
  weight: amountSchema,
});

/** One intervention of the catalogue, as the planner sees it. */
export const planInterventionSchema = z.strictObject({
  id: idSchema,
  /** Competencies it raises and by how many levels each participant is expected to gain. */
  targets: z
    .array(
      z.strictObject({
        competencyId: idSchema,
        expectedLevelGain: z.number().positive().max(1000),
      }),
    )
    .min(1)
    .max(planLimits.perIntervention),
  /** Cost of one run (`fixed`) and of each participant (`perParticipant`). */
  cost: z.strictObject({ fixed: amountSchema, perParticipant: amountSchema }),
  /** Places in one run. */
  seats: z.number().int().positive().max(1_000_000),
  /**
   * How many times it can run within the plan.
   * @default 1
   */
  maxRuns: z.number().int().positive().max(planLimits.runs).optional(),
  /** Days of each participant's time. */
  durationDays: z.number().nonnegative().max(10_000),
  /** Interventions (ids of this catalogue) a participant must have done first, within the plan. */
  prerequisiteIds: z.array(idSchema).max(planLimits.perIntervention).optional(),
  /** First day it can be run. */
  availableFrom: dateSchema.optional(),
  /** Last day it can be run. */
  availableUntil: dateSchema.optional(),
});

/** The limits a plan keeps to. */
export const planConstraintsSchema = z.strictObject({
  /** Money to spend, in the catalogue's currency. */
  budget: amountSchema,
  /** The plan's period: an intervention not available on any day of it cannot be chosen. */
  window: z.strictObject({ from: dateSchema, to: dateSchema }).optional(),
  /** Most days of one person's time the plan may take for one need (see `recommendPlan`). */
  maxDaysPerPerson: z.number().positive().optional(),
  /** Smallest share of each listed unit's need places (people × competency) the plan serves. */
  minCoverage: z
    .array(z.strictObject({ unitId: idSchema, share: z.number().min(0).max(1) }))
    .max(planLimits.needs)
    .optional(),
});

/** Everything the planner needs: grouped needs, the catalogue and the constraints. */
export const planInputSchema = z.strictObject({
  needs: z.array(planNeedSchema).max(planLimits.needs),
  interventions: z.array(planInterventionSchema).max(planLimits.interventions),
  constraints: planConstraintsSchema,
  /** ISO 4217 code the costs and budget are in, carried into the plan. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

/** A need group; see {@link planNeedSchema}. */
export type PlanNeed = z.infer<typeof planNeedSchema>;
/** A catalogue entry; see {@link planInterventionSchema}. */
export type PlanIntervention = z.infer<typeof planInterventionSchema>;
/** Constraints of a plan; see {@link planConstraintsSchema}. */
export type PlanConstraints = z.infer<typeof planConstraintsSchema>;
/** Input of `recommendPlan`; see {@link planInputSchema}. */
export type PlanInput = z.infer<typeof planInputSchema>;

/**
 * Validates a planning input: the schema (strict, capped), unique ids, known prerequisites and
 * minimum-coverage units, prerequisites without cycles, and windows that end after they begin.
 *
 * @throws {CapkitScoringError} located at the first bad value (`input.interventions[3].prerequisiteIds[0]`).
 */
export function parsePlanInput(input: unknown): PlanInput {
  const parsed = planInputSchema.safeParse(input);
  if (!parsed.success) throw zodIssueError('input', parsed.error.issues);
  const data = parsed.data;
  const needIds = new Set<string>();
  data.needs.forEach((need, index) => {
    if (needIds.has(need.id))
      throw new CapkitScoringError(`input.needs[${index}].id`, `"${need.id}" is used twice`);
    needIds.add(need.id);
  });
  const index = new Map<string, number>();
  data.interventions.forEach((intervention, i) => {
    if (index.has(intervention.id)) {
      throw new CapkitScoringError(
        `input.interventions[${i}].id`,
        `"${intervention.id}" is used twice`,
      );
    }
    index.set(intervention.id, i);
    const { availableFrom, availableUntil } = intervention;
    if (
      availableFrom !== undefined &&
      availableUntil !== undefined &&
      availableUntil < availableFrom
    )
      throw new CapkitScoringError(
        `input.interventions[${i}].availableUntil`,
        'is before availableFrom',
      );
  });
  data.interventions.forEach((intervention, i) => {
    intervention.prerequisiteIds?.forEach((id, p) => {
      if (!index.has(id) || id === intervention.id) {
        throw new CapkitScoringError(
          `input.interventions[${i}].prerequisiteIds[${p}]`,
          id === intervention.id
            ? 'an intervention cannot be its own prerequisite'
            : `"${id}" is not in the catalogue`,
        );
      }
    });
  });
  refuseCycles(data.interventions, index);
  const window = data.constraints.window;
  if (window !== undefined && window.to < window.from) {
    throw new CapkitScoringError('input.constraints.window.to', 'is before window.from');
  }
  const units = new Set(data.needs.map((need) => need.unitId));
  data.constraints.minCoverage?.forEach((entry, c) => {
    if (!units.has(entry.unitId)) {
      throw new CapkitScoringError(
        `input.constraints.minCoverage[${c}].unitId`,
        `"${entry.unitId}" has no need group`,
      );
    }
  });
  return data;
}

// Depth-first search with three colours; iterative so a long chain cannot overflow the stack.
function refuseCycles(
  interventions: readonly PlanIntervention[],
  index: ReadonlyMap<string, number>,
): void {
  const state = new Uint8Array(interventions.length);
  for (let start = 0; start < interventions.length; start += 1) {
    if (state[start] !== 0) continue;
    const stack: [number, number][] = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [node, next] = top;
      const prerequisites = interventions[node]?.prerequisiteIds ?? [];
      if (next >= prerequisites.length) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      top[1] = next + 1;
      const child = index.get(prerequisites[next] as string) as number;
      if (state[child] === 1) {
        throw new CapkitScoringError(
          `input.interventions[${node}].prerequisiteIds[${next}]`,
          `prerequisites form a cycle through "${interventions[child]?.id ?? ''}"`,
        );
      }
      if (state[child] === 0) {
        state[child] = 1;
        stack.push([child, 0]);
      }
    }
  }
}
