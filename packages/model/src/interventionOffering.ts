import { z } from 'zod';
import { interventionKindSchema, interventionTargetSchema } from './capacityDevelopmentPlan.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { interventionCostSchema } from './interventionCost.js';
import { documentLimits } from './limits.js';
import { localizedTextSchema } from './localizedText.js';

/**
 * One entry of the interventions catalogue (workspace collection `catalogue`): something the
 * programme can buy or run — a course, a mentoring scheme, a secondment — with what it raises,
 * what one run costs, how many it takes, how long it keeps each participant, what must come
 * first and when it can be had. The planner chooses plan interventions from it.
 */
export const interventionOfferingSchema = z.strictObject({
  id: idSchema,
  kind: interventionKindSchema,
  title: localizedTextSchema,
  targets: z
    .array(interventionTargetSchema)
    .min(1, 'An intervention targets at least one competency')
    .max(documentLimits.listLength),
  cost: interventionCostSchema,
  /** Places in one run. */
  seats: z.number().int().positive(),
  /** Days of each participant's time one run takes. */
  durationDays: z.number().positive(),
  /** Offerings (ids in the catalogue) a participant must have done first. */
  prerequisiteIds: z.array(idSchema).max(documentLimits.listLength).optional(),
  /** First day it can be run. */
  availableFrom: calendarDateSchema.optional(),
  /** Last day it can be run. */
  availableUntil: calendarDateSchema.optional(),
  /** Capacity asset (training institution, community, centre) that provides it. */
  providerAssetId: idSchema.optional(),
});

/** A catalogue entry; see {@link interventionOfferingSchema}. */
export type InterventionOffering = z.infer<typeof interventionOfferingSchema>;
