import type { Campaign } from '../campaign.js';
import { shiftInstant } from './sampleDates.js';

/** Id of the round-1 assessment campaign, the one with responses. */
export const sampleTnaCampaignId = 'tna-2026-ministry';

/**
 * The assessment campaigns: the round-1 training-needs assessment of the whole ministry (open
 * four weeks from 2 February 2026, now closed) and the same instrument scheduled for round 2.
 */
export function sampleCampaigns(instrumentId: string, ministryUnitId: string): Campaign[] {
  const firstOpens = '2026-02-02T08:00:00.000Z';
  const secondOpens = '2027-02-01T08:00:00.000Z';
  return [
    {
      id: sampleTnaCampaignId,
      round: 1,
      title: {
        en: 'Training needs assessment 2026',
        fr: 'Évaluation des besoins de formation 2026',
      },
      instrumentId,
      population: { unitIds: [ministryUnitId] },
      opensAt: firstOpens,
      closesAt: shiftInstant(firstOpens, { weeks: 4 }),
      status: 'closed',
    },
    {
      id: 'tna-2027-ministry',
      round: 2,
      title: {
        en: 'Training needs follow-up 2027',
        fr: 'Suivi des besoins de formation 2027',
      },
      instrumentId,
      population: { unitIds: [ministryUnitId] },
      opensAt: secondOpens,
      closesAt: shiftInstant(secondOpens, { weeks: 4 }),
      status: 'scheduled',
    },
  ];
}
