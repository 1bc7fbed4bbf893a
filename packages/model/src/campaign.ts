import { isAfter, isBefore, parseISO } from 'date-fns';
import { z } from 'zod';
import { documentLimits } from './limits.js';
import { dateTimeSchema } from './dates.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';
import { roundNumberSchema } from './programme.js';

/** Who is asked: everyone in the listed units (and their sub-units), roles or people. Empty lists mean "no restriction on that axis". */
export const populationSchema = z.strictObject({
  unitIds: z.array(idSchema).max(documentLimits.collectionLength).optional(),
  roleIds: z.array(idSchema).max(documentLimits.collectionLength).optional(),
  personIds: z.array(idSchema).max(documentLimits.collectionLength).optional(),
});

/** Who a campaign asks; see {@link populationSchema}. */
export type Population = z.infer<typeof populationSchema>;

/** Lifecycle of a campaign as its managers set it. */
export const campaignStatusSchema = z.enum(['draft', 'scheduled', 'open', 'closed', 'archived']);

/** Lifecycle of a campaign; see {@link campaignStatusSchema}. */
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

/** An assessment campaign: one instrument put to one population over a schedule. */
export const campaignSchema = z.strictObject({
  id: idSchema,
  round: roundNumberSchema,
  title: localizedTextSchema,
  instrumentId: idSchema,
  population: populationSchema,
  opensAt: dateTimeSchema,
  closesAt: dateTimeSchema,
  status: campaignStatusSchema,
});

/** An assessment campaign; see {@link campaignSchema}. */
export type Campaign = z.infer<typeof campaignSchema>;

/** Whether a response submitted at `submittedAt` falls within the campaign's schedule. */
export function isWithinSchedule(
  campaign: Pick<Campaign, 'opensAt' | 'closesAt'>,
  submittedAt: string,
): boolean {
  const at = parseISO(submittedAt);
  return !isBefore(at, parseISO(campaign.opensAt)) && !isAfter(at, parseISO(campaign.closesAt));
}
