import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import { analyseTrainingNeeds } from '../tna.js';
import { explainPlan, needsFromAnalysis, recommendPlan } from './index.js';

describe('README: a plan under a budget, explained', () => {
  it('plans the sample ministry’s department needs under 20,000 EUR and explains it', async () => {
    const workspace = generateSampleWorkspace({ people: 300, seed: 1 });
    // --- README example starts
    const analysis = analyseTrainingNeeds(workspace, {
      campaignId: 'tna-2026-ministry',
      perspective: 'self',
    });
    // Need groups from the published tables only: one per department × competency.
    const { needs, leftOut } = needsFromAnalysis(analysis, {
      units: workspace.units,
      unitDepth: 1,
    });
    const input = {
      needs,
      interventions: [
        {
          id: 'data-basics',
          targets: [{ competencyId: 'dg-data-analysis', expectedLevelGain: 1 }],
          cost: { fixed: 2000, perParticipant: 150 },
          seats: 20,
          maxRuns: 3,
          durationDays: 2,
        },
        {
          id: 'data-advanced',
          targets: [{ competencyId: 'dg-data-analysis', expectedLevelGain: 1 }],
          cost: { fixed: 3000, perParticipant: 300 },
          seats: 12,
          durationDays: 3,
          prerequisiteIds: ['data-basics'],
        },
        {
          id: 'secure-by-design',
          targets: [{ competencyId: 'dg-cybersecurity', expectedLevelGain: 1.5 }],
          cost: { fixed: 2500, perParticipant: 100 },
          seats: 25,
          maxRuns: 2,
          durationDays: 2,
          availableUntil: '2027-06-30',
        },
        {
          id: 'user-research-lab',
          targets: [{ competencyId: 'dg-user-research', expectedLevelGain: 1 }],
          cost: { fixed: 1500, perParticipant: 50 },
          seats: 15,
          durationDays: 1,
          availableFrom: '2028-01-01',
        },
      ],
      constraints: {
        budget: 10_000,
        window: { from: '2027-01-01', to: '2027-12-31' },
        maxDaysPerPerson: 5,
      },
      currency: 'EUR',
    };
    const plan = await recommendPlan(input); // exact: HiGHS, loaded on first use
    const { lines } = explainPlan(plan); // plain-English lines; the same as data in the rest

    // --- README example ends
    expect(leftOut).toEqual([]);
    expect(needs).toHaveLength(42);
    expect(plan.method).toBe('highs');
    expect(plan.status).toBe('optimal');
    expect(plan.cost).toBe(8800);
    // The lines shown in the README.
    expect(lines.slice(0, 5)).toEqual([
      'HiGHS (exact): optimal; closes 16.69 weighted gap points (at most 16.69 possible, gap 0 %) for 8800 of 10000 EUR.',
      'Run data-basics 2 times: 5 people of unit-MDS in dg-data-analysis; 5 people of unit-MDS-DA in dg-data-analysis; 10 people of unit-MDS-CX in dg-data-analysis; 6 people of unit-MDS-PS in dg-data-analysis; 6 people of unit-MDS-CS in dg-data-analysis — 16.42 gap points, 536.04 per point.',
      'Not run: data-advanced (needsMet: the groups it could serve are served).',
      'Not run: secure-by-design (budget: a run for one participant costs 2600, 1200 is left).',
      'Not run: user-research-lab (dateWindow: not available on any day of the plan’s window).',
    ]);
    expect(lines.filter((line) => line.includes('dg-cybersecurity')).slice(0, 1)).toEqual([
      'Left: 2 people of unit-MDS-DS in dg-cybersecurity, 1.42 gap points (budget: one more place costs at least 2600, 1200 is left).',
    ]);
    // The greedy makes the same plan here, and proves it within its bound.
    const greedy = await recommendPlan(input, { method: 'greedy' });
    expect(greedy.objective).toBeCloseTo(plan.objective, 9);
  });
});
