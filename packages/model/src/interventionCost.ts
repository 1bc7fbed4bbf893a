import { z } from 'zod';
import { currencyCodeSchema } from './money.js';

/**
 * What an intervention costs, in one ISO 4217 currency: a fixed cost for running it once
 * (venue, design, trainer's fee) and a cost for each participant (materials, travel, licence).
 * One run with n participants costs `fixed + perParticipant × n`.
 */
export const interventionCostSchema = z.strictObject({
  currency: currencyCodeSchema,
  /** Cost of one run, whatever the number of participants. */
  fixed: z.number().nonnegative(),
  /** Cost of each participant. */
  perParticipant: z.number().nonnegative(),
});

/** The cost of an intervention; see {@link interventionCostSchema}. */
export type InterventionCost = z.infer<typeof interventionCostSchema>;

/**
 * What one run costs with `participants` people: `fixed + perParticipant × participants`. With
 * `participants` = the seats, the most the run can cost, which is what a plan's budget must cover.
 */
export function interventionCostFor(cost: InterventionCost, participants: number): number {
  return cost.fixed + cost.perParticipant * participants;
}
