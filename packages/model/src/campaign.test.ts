import { describe, expect, it } from 'vitest';
import { isWithinSchedule } from './campaign.js';
import { campaignPhase } from './vocabulary.js';

const campaign = { opensAt: '2026-03-01T09:00:00Z', closesAt: '2026-03-31T17:00:00+02:00' };

describe('campaignPhase', () => {
  it('is not yet open before the opening instant, open from it, closed from the closing instant', () => {
    expect(campaignPhase(campaign, new Date('2026-03-01T08:59:59Z'))).toBe('notYetOpen');
    expect(campaignPhase(campaign, new Date('2026-03-01T09:00:00Z'))).toBe('open');
    expect(campaignPhase(campaign, new Date('2026-03-31T14:59:59Z'))).toBe('open');
    // 17:00 at +02:00 is 15:00 UTC.
    expect(campaignPhase(campaign, new Date('2026-03-31T15:00:00Z'))).toBe('closed');
  });
});

describe('isWithinSchedule', () => {
  it('accepts submissions from opening to closing, inclusive, across offsets', () => {
    expect(isWithinSchedule(campaign, '2026-03-01T09:00:00Z')).toBe(true);
    expect(isWithinSchedule(campaign, '2026-03-31T17:00:00+02:00')).toBe(true);
    expect(isWithinSchedule(campaign, '2026-03-31T15:00:01Z')).toBe(false);
    expect(isWithinSchedule(campaign, '2026-03-01T10:59:59+02:00')).toBe(false);
  });
});
