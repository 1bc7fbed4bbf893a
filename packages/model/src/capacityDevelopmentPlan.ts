import { z } from 'zod';
import { documentLimits } from './limits.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { interventionCostSchema } from './interventionCost.js';
import { localizedTextSchema } from './localizedText.js';
import { moneySchema } from './money.js';
import { roundNumberSchema } from './programme.js';

/** Kinds of capacity-development intervention. */
export const interventionKindSchema = z.enum([
  'course',
  'eLearning',
  'mentoring',
  'coaching',
  'communityOfPractice',
  'secondment',
  'onTheJob',
  'workshop',
  'other',
]);

/** Kind of intervention; see {@link interventionKindSchema}. */
export type InterventionKind = z.infer<typeof interventionKindSchema>;

/** A competency an intervention raises and by how much (in levels of the competency's scale). */
export const interventionTargetSchema = z.strictObject({
  competencyId: idSchema,
  /** Levels of the competency's scale a participant is expected to gain. */
  expectedLevelGain: z.number().positive(),
});

/** A target of an intervention; see {@link interventionTargetSchema}. */
export type InterventionTarget = z.infer<typeof interventionTargetSchema>;

/** Lifecycle of an intervention or milestone. */
export const deliveryStatusSchema = z.enum(['planned', 'inProgress', 'completed', 'cancelled']);

/** A checkpoint of an intervention. */
export const milestoneSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  due: calendarDateSchema,
  status: deliveryStatusSchema,
});

/** A milestone; see {@link milestoneSchema}. */
export type Milestone = z.infer<typeof milestoneSchema>;

/**
 * Money committed to or spent on an intervention on one day, in the currency of its cost.
 * `committed` is a contract or order signed; `spent` is money paid out.
 */
export const spendingEntrySchema = z.strictObject({
  id: idSchema,
  on: calendarDateSchema,
  kind: z.enum(['committed', 'spent']),
  /** In the currency of the intervention's `cost`. */
  amount: z.number().nonnegative(),
  description: localizedTextSchema.optional(),
});

/** A spending entry; see {@link spendingEntrySchema}. */
export type SpendingEntry = z.infer<typeof spendingEntrySchema>;

/** One intervention of the plan: what it builds, for how many, at what cost, when, led by whom. */
export const interventionSchema = z.strictObject({
  id: idSchema,
  kind: interventionKindSchema,
  title: localizedTextSchema,
  /** Competencies it builds and the level gain it is expected to bring (in scale levels). */
  targets: z
    .array(interventionTargetSchema)
    .min(1, 'An intervention targets at least one competency')
    .max(documentLimits.listLength),
  /** Fixed and per-participant cost (schemaVersion 1 had one amount; it became `fixed`). */
  cost: interventionCostSchema,
  /** Places available. */
  seats: z.number().int().positive(),
  /** Length of the intervention in days of participants' time. */
  durationDays: z.number().positive(),
  /** Person (pseudonymous id) accountable for delivery. */
  ownerId: idSchema,
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  milestones: z.array(milestoneSchema).max(documentLimits.listLength),
  status: deliveryStatusSchema,
  /** People enrolled; never more than `seats`. */
  participantIds: z.array(idSchema).max(documentLimits.collectionLength).optional(),
  /** Capacity assets it builds on (trainers, institutions, materials). */
  assetIds: z.array(idSchema).max(documentLimits.listLength).optional(),
  /** The catalogue entry (workspace `catalogue`) it runs. */
  offeringId: idSchema.optional(),
  /** Interventions of the same plan its participants must have done first. */
  prerequisiteIds: z.array(idSchema).max(documentLimits.listLength).optional(),
  /** Money committed and spent so far, for progress and burn-down against the cost. */
  spending: z.array(spendingEntrySchema).max(documentLimits.listLength).optional(),
});

/** An intervention; see {@link interventionSchema}. */
export type Intervention = z.infer<typeof interventionSchema>;

/** The share of one unit's people a plan must reach, e.g. at least 60 % of the data team. */
export const unitCoverageSchema = z.strictObject({
  unitId: idSchema,
  /** Share (0–1) of the unit's people with a need that the plan must serve. */
  share: z.number().min(0).max(1),
});

/** A minimum coverage of one unit; see {@link unitCoverageSchema}. */
export type UnitCoverage = z.infer<typeof unitCoverageSchema>;

/** Limits a plan must keep to besides its budget: when, how much of each person's time, whom. */
export const planConstraintsSchema = z.strictObject({
  /** Interventions run within these dates (inclusive). */
  window: z.strictObject({ from: calendarDateSchema, to: calendarDateSchema }).optional(),
  /** Most days of interventions one person can take. */
  maxDaysPerPerson: z.number().positive().optional(),
  /** Units that must be reached, each to a share of its people. */
  minCoverage: z.array(unitCoverageSchema).max(documentLimits.listLength).optional(),
});

/** A plan's constraints; see {@link planConstraintsSchema}. */
export type PlanConstraints = z.infer<typeof planConstraintsSchema>;

/** The capacity-development response (step 4 of the cycle): a costed plan of interventions. */
export const capacityDevelopmentPlanSchema = z.strictObject({
  id: idSchema,
  round: roundNumberSchema,
  title: localizedTextSchema,
  /** Campaign whose results the plan answers. */
  basedOnCampaignId: idSchema.optional(),
  budget: moneySchema,
  /** Limits besides the budget that the plan keeps to. */
  constraints: planConstraintsSchema.optional(),
  interventions: z.array(interventionSchema).max(documentLimits.listLength),
});

/** A capacity-development plan; see {@link capacityDevelopmentPlanSchema}. */
export type CapacityDevelopmentPlan = z.infer<typeof capacityDevelopmentPlanSchema>;
