import { z } from 'zod';
import { documentLimits } from './limits.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
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

/** One intervention of the plan: what it builds, for how many, at what cost, when, led by whom. */
export const interventionSchema = z.strictObject({
  id: idSchema,
  kind: interventionKindSchema,
  title: localizedTextSchema,
  /** Competencies it builds and the level gain it is expected to bring (in scale levels). */
  targets: z
    .array(z.strictObject({ competencyId: idSchema, expectedLevelGain: z.number().positive() }))
    .min(1, 'An intervention targets at least one competency'),
  cost: moneySchema,
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
});

/** An intervention; see {@link interventionSchema}. */
export type Intervention = z.infer<typeof interventionSchema>;

/** The capacity-development response (step 4 of the cycle): a costed plan of interventions. */
export const capacityDevelopmentPlanSchema = z.strictObject({
  id: idSchema,
  round: roundNumberSchema,
  title: localizedTextSchema,
  /** Campaign whose results the plan answers. */
  basedOnCampaignId: idSchema.optional(),
  budget: moneySchema,
  interventions: z.array(interventionSchema).max(documentLimits.listLength),
});

/** A capacity-development plan; see {@link capacityDevelopmentPlanSchema}. */
export type CapacityDevelopmentPlan = z.infer<typeof capacityDevelopmentPlanSchema>;
