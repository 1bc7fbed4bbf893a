import { validateWorkspace } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import { demoRoundOneClosesAt, demoSampleWorkspace } from './demoSample.js';

// The worker stores the sample marked as checked without checking it (workspaceStore.ts): this
// is the check it relies on.
describe('the demo sample', () => {
  it('passes validateWorkspace, with round 1 open until the day before round 2', () => {
    const sample = demoSampleWorkspace();
    const result = validateWorkspace(sample);
    expect(result.success ? [] : result.issues.slice(0, 3)).toEqual([]);
    expect(sample.people).toHaveLength(4000);
    expect(sample.campaigns.find((campaign) => campaign.round === 1)).toMatchObject({
      status: 'open',
      closesAt: demoRoundOneClosesAt,
    });
  });
});
