import { z } from 'zod';

/**
 * Size limits of the schedule and burn-down, far above a national programme's plan: the model's
 * own list limit for interventions, milestones and spending entries of one intervention, and a
 * cap on the periods of a burn-down (5,000 weeks is about 96 years).
 */
export const scheduleLimits = {
  /** Most interventions in one plan (the model's list limit). @default 10000 */
  interventions: 10_000,
  /** Most milestones of one intervention. @default 10000 */
  milestonesPerIntervention: 10_000,
  /** Most spending entries of one intervention. @default 10000 */
  spendingPerIntervention: 10_000,
  /** Most periods in one burn-down. @default 5000 */
  periods: 5_000,
} as const;

const calendarDate = z.iso.date();
const id = z.string().min(1);
const deliveryStatus = z.enum(['planned', 'inProgress', 'completed', 'cancelled']);
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'Expected an ISO 4217 code such as "EUR"' });
const amount = z.number().nonnegative();

// The plan is a model document, read here for the fields the schedule uses: its other fields
// (titles, owners, targets…) are the model's to check, so these objects are not strict. The
// cost takes both shapes: schemaVersion 2's `{ currency, fixed, perParticipant }` and
// schemaVersion 1's `{ amount, currency }`, read as the migration does (fixed = amount).
const costSchema = z.union([
  z.object({ currency, fixed: amount, perParticipant: amount }),
  z.object({ currency, amount }),
]);

const milestoneSchema = z.object({ id, due: calendarDate, status: deliveryStatus });

const spendingSchema = z.object({
  id,
  on: calendarDate,
  kind: z.enum(['committed', 'spent']),
  amount,
});

const interventionSchema = z.object({
  id,
  startsOn: calendarDate,
  endsOn: calendarDate,
  status: deliveryStatus,
  seats: z.number().int().positive(),
  cost: costSchema,
  milestones: z.array(milestoneSchema).max(scheduleLimits.milestonesPerIntervention),
  participantIds: z.array(id).optional(),
  prerequisiteIds: z.array(id).max(scheduleLimits.interventions).optional(),
  spending: z.array(spendingSchema).max(scheduleLimits.spendingPerIntervention).optional(),
});

/** The fields of a capacity-development plan that the schedule and the burn-down read. */
export const scheduledPlanSchema = z
  .object({
    budget: z.object({ currency, amount }),
    interventions: z.array(interventionSchema).max(scheduleLimits.interventions),
  })
  .superRefine((plan, ctx) => {
    const ids = new Map<string, number>();
    plan.interventions.forEach((intervention, index) => {
      if (ids.has(intervention.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['interventions', index, 'id'],
          message: `duplicate intervention "${intervention.id}"`,
        });
      }
      ids.set(intervention.id, index);
      if (intervention.endsOn < intervention.startsOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['interventions', index, 'endsOn'],
          message: `${intervention.endsOn} is before startsOn ${intervention.startsOn}`,
        });
      }
    });
    plan.interventions.forEach((intervention, index) => {
      intervention.prerequisiteIds?.forEach((prerequisiteId, p) => {
        const path = ['interventions', index, 'prerequisiteIds', p];
        if (prerequisiteId === intervention.id) {
          ctx.addIssue({ code: 'custom', path, message: 'an intervention cannot require itself' });
        } else if (!ids.has(prerequisiteId)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `unknown intervention "${prerequisiteId}"`,
          });
        }
      });
    });
  });

/**
 * What the schedule and the burn-down read of a capacity-development plan: a
 * `CapacityDevelopmentPlan` of `@capkit/model` is one (schemaVersion 2, and schemaVersion 1 whose
 * cost is a plain amount).
 */
export type ScheduledPlan = z.input<typeof scheduledPlanSchema>;

/** One intervention of a {@link ScheduledPlan}. */
export type ScheduledIntervention = ScheduledPlan['interventions'][number];

export { parseAt } from '../zodIssue.js';

/**
 * Digits of the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD), as the runtime's
 * `Intl.NumberFormat` knows it (CLDR data); 2 when the runtime does not know the code.
 */
export function minorUnitDigitsOf(code: string): number {
  try {
    const digits = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: code,
    }).resolvedOptions().maximumFractionDigits;
    return digits ?? 2;
  } catch {
    return 2;
  }
}
