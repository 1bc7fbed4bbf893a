import type { Workspace } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';

/** The sample ministry: 4,000 staff, the same for every visitor and every test. */
const sampleOptions = { people: 4000, seed: 2026, personalData: true } as const;

/**
 * When the demo's round-1 campaign closes: the sample's ended on 2 March 2026, but the demo lets a
 * visitor answer it as one of the staff who have not yet responded, so it stays open until the
 * day before round 2 opens (1 February 2027). Every sample response falls within both schedules.
 */
export const demoRoundOneClosesAt = '2027-01-31T17:00:00.000Z';

/**
 * The demo's sample ministry: the 4,000-person sample with its round-1 training-needs campaign
 * still `open`, so the questionnaire can be answered and the campaign closed from the overview.
 */
export function demoSampleWorkspace(): Workspace {
  const sample = generateSampleWorkspace(sampleOptions);
  return {
    ...sample,
    campaigns: sample.campaigns.map((campaign) =>
      campaign.round === 1
        ? { ...campaign, status: 'open', closesAt: demoRoundOneClosesAt }
        : campaign,
    ),
  };
}
