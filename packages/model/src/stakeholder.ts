import { z } from 'zod';
import { documentLimits } from './limits.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';
import { roundNumberSchema } from './programme.js';
import { engagementStrategies } from './vocabulary.js';

/** How strongly a stakeholder can affect, or cares about, the programme: 1 (low) to 5 (high). */
export const ratingOneToFiveSchema = z.number().int().min(1).max(5);

/** A stakeholder's stance towards the programme. */
export const stakeholderAttitudeSchema = z.enum([
  'champion',
  'supporter',
  'neutral',
  'critic',
  'blocker',
]);

/** How a stakeholder is engaged; see {@link engagementStrategies}. */
export const engagementStrategySchema = z.enum(engagementStrategies);

/** One engagement activity with a stakeholder: a meeting, a workshop, a briefing… */
export const engagementActivitySchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['meeting', 'workshop', 'briefing', 'consultation', 'report', 'other']),
  date: calendarDateSchema,
  summary: localizedTextSchema,
  /** Person (pseudonymous id) who leads the activity. */
  ownerId: idSchema.optional(),
});

/** One engagement activity; see {@link engagementActivitySchema}. */
export type EngagementActivity = z.infer<typeof engagementActivitySchema>;

/** An entry of the stakeholder register (step 2 of the cycle). */
export const stakeholderSchema = z.strictObject({
  id: idSchema,
  round: roundNumberSchema,
  name: localizedTextSchema,
  category: z.enum([
    'government',
    'agency',
    'developmentPartner',
    'civilSociety',
    'privateSector',
    'academia',
    'union',
    'other',
  ]),
  power: ratingOneToFiveSchema,
  interest: ratingOneToFiveSchema,
  attitude: stakeholderAttitudeSchema,
  strategy: engagementStrategySchema,
  activities: z.array(engagementActivitySchema).max(documentLimits.listLength),
});

/** A stakeholder register entry; see {@link stakeholderSchema}. */
export type Stakeholder = z.infer<typeof stakeholderSchema>;
