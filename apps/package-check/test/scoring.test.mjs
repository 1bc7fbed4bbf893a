// @capkit/scoring through `import`: one CapkitScoringError class for every entry point, and worker
// scripts that run as the standalone files a Worker loads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { aggregateByGroup, CapkitScoringError, compileScoringConfig } from '@capkit/scoring';
import { AggregatePool, nodeWorkerPort } from '@capkit/scoring/parallel';
import { validateRatingScale } from '@capkit/scoring/tna';
import { selectResponses } from '@capkit/scoring/publication';
import { quoteIdentifier } from '@capkit/scoring/sql';
import { littleBootstrapSample } from '@capkit/scoring/tna';

function thrownBy(action) {
  try {
    action();
  } catch (error) {
    return error;
  }
  assert.fail('expected a throw');
}

// Two items of one competency rated by four people in two groups; one rating (row 3) is out of
// the 1–5 scale, so a worker that reaches it fails.
const config = compileScoringConfig({
  scale: { min: 1, max: 5 },
  competencies: ['A'],
  items: [
    { id: 'a1', competency: 'A' },
    { id: 'a2', competency: 'A' },
  ],
});
const grouping = { groupOf: new Uint8Array([0, 0, 1, 1]), groups: 2 };
const matrix = (last) => ({
  respondents: 4,
  items: 2,
  ratings: new Uint8Array([1, 2, 3, 4, 5, 4, last, 2]),
});

describe('@capkit/scoring via import', () => {
  it('throws the root CapkitScoringError from @capkit/scoring/sql', () => {
    const error = thrownBy(() => quoteIdentifier(''));
    assert.ok(
      error instanceof CapkitScoringError,
      `${String(error)} should be an instance of the root CapkitScoringError`,
    );
    assert.equal(error.path, 'identifier');
  });

  it('throws the root CapkitScoringError from the little bootstraps of @capkit/scoring/tna', () => {
    const data = {
      respondents: 1,
      items: 1,
      importance: new Uint8Array([3]),
      performance: new Uint8Array([2]),
    };
    const error = thrownBy(() => littleBootstrapSample(data, { min: 1, max: 5 }, { capacity: 0 }));
    assert.ok(
      error instanceof CapkitScoringError,
      `${String(error)} should be an instance of the root CapkitScoringError`,
    );
    assert.equal(error.path, 'options.capacity');
  });

  it('throws the root CapkitScoringError from @capkit/scoring/tna', () => {
    const error = thrownBy(() => validateRatingScale({ min: -1, max: 5 }));
    assert.ok(
      error instanceof CapkitScoringError,
      `${String(error)} should be an instance of the root CapkitScoringError`,
    );
    assert.equal(error.path, 'scale.min');
  });

  it('throws the root CapkitScoringError from @capkit/scoring/publication', () => {
    const workspace = { campaigns: [], instruments: [], responses: [] };
    const error = thrownBy(() =>
      selectResponses(workspace, { campaignId: 'nope', perspective: 'self' }),
    );
    assert.ok(
      error instanceof CapkitScoringError,
      `${String(error)} should be an instance of the root CapkitScoringError`,
    );
    assert.equal(error.path, 'options.campaignId');
  });

  it('throws the root CapkitScoringError from @capkit/scoring/parallel', () => {
    const error = thrownBy(() => new AggregatePool([]));
    assert.ok(
      error instanceof CapkitScoringError,
      `${String(error)} should be an instance of the root CapkitScoringError`,
    );
    assert.equal(error.path, 'ports');
  });

  it('ships the ESM worker-browser script as one standalone file', () => {
    const script = fileURLToPath(import.meta.resolve('@capkit/scoring/worker-browser'));
    assert.match(script, /workerBrowser\.js$/);
    const code = readFileSync(script, 'utf8');
    assert.match(code, /serveAggregateRequests/);
    // A Web Worker loads this one URL: no sibling chunk of dist/ may be imported.
    assert.doesNotMatch(code, /(?:from|import)\s*["']\.\.?\//);
  });

  it('runs the ESM worker-node script as a standalone worker, errors arriving as the root class', async () => {
    const script = fileURLToPath(import.meta.resolve('@capkit/scoring/worker-node'));
    assert.match(script, /\.js$/);
    // Standalone: the file imports only packages, no sibling chunk of dist/.
    assert.doesNotMatch(readFileSync(script, 'utf8'), /from\s*["']\.\.?\//);
    const pool = new AggregatePool([
      nodeWorkerPort(new Worker(script)),
      nodeWorkerPort(new Worker(script)),
    ]);
    try {
      const parallel = await pool.aggregate(matrix(3), config, grouping);
      assert.deepEqual(
        [...parallel.count],
        [...aggregateByGroup(matrix(3), config, grouping).count],
      );
      await assert.rejects(pool.aggregate(matrix(9), config, grouping), (error) => {
        assert.ok(
          error instanceof CapkitScoringError,
          `${String(error)} should be an instance of the root CapkitScoringError`,
        );
        return true;
      });
    } finally {
      await pool.close();
    }
  });
});

describe('@capkit/scoring/plan through import', () => {
  // One group of 10 people (gap 2, weight 3) and two courses under 500: one run of the
  // 2-level course for all ten (300 + 10 × 20 = 500) closes 20 points, worth 60; the greedy's
  // cheaper course first gives 30 (10 × 3, for 200) and leaves too little for the other.
  const input = {
    needs: [{ id: 'A', unitId: 'u1', competencyId: 'c1', people: 10, gap: 2, weight: 3 }],
    interventions: [
      {
        id: 'T1',
        targets: [{ competencyId: 'c1', expectedLevelGain: 1 }],
        cost: { fixed: 100, perParticipant: 10 },
        seats: 10,
        durationDays: 1,
      },
      {
        id: 'T2',
        targets: [{ competencyId: 'c1', expectedLevelGain: 2 }],
        cost: { fixed: 300, perParticipant: 20 },
        seats: 10,
        durationDays: 2,
      },
    ],
    constraints: { budget: 500 },
  };

  it('solves exactly with HiGHS, loaded on first use, and explains the plan', async () => {
    const { recommendPlan, explainPlan } = await import('@capkit/scoring/plan');
    const plan = await recommendPlan(input);
    assert.equal(plan.method, 'highs');
    assert.equal(plan.status, 'optimal');
    assert.equal(plan.objective, 60);
    assert.equal(plan.cost, 500);
    assert.deepEqual(
      explainPlan(plan).interventions.map((it) => [it.interventionId, it.costPerGapPoint]),
      [['T2', 25]],
    );
  });

  it('plans by the greedy with its certified bound', async () => {
    const { recommendPlan } = await import('@capkit/scoring/plan');
    const plan = await recommendPlan(input, { method: 'greedy' });
    assert.equal(plan.method, 'greedy');
    assert.equal(plan.objective, 30);
    assert.ok(plan.bound >= 60 - 1e-9, `bound ${plan.bound} is below the optimum 60`);
    assert.ok(Math.abs(plan.objective - plan.bound / (1 + plan.gap)) < 1e-9);
  });
});

describe('@capkit/scoring/plan schedule and burn-down through import', () => {
  // Two 10-day interventions, the second due to start the day its prerequisite ends; read on
  // 5 March: the first is half planned done with 1 of 2 milestones completed.
  const plan = {
    budget: { amount: 2000, currency: 'EUR' },
    interventions: [
      {
        id: 'A',
        startsOn: '2026-03-01',
        endsOn: '2026-03-10',
        status: 'inProgress',
        seats: 4,
        cost: { currency: 'EUR', fixed: 100, perParticipant: 50.25 },
        milestones: [
          { id: 'a1', due: '2026-03-03', status: 'completed' },
          { id: 'a2', due: '2026-03-04', status: 'planned' },
        ],
        spending: [{ id: 's1', on: '2026-03-02', kind: 'spent', amount: 301 }],
      },
      {
        id: 'B',
        startsOn: '2026-03-10',
        endsOn: '2026-03-19',
        status: 'planned',
        seats: 2,
        cost: { currency: 'EUR', fixed: 500, perParticipant: 0 },
        milestones: [],
        prerequisiteIds: ['A'],
      },
    ],
  };

  it('reads statuses, progress and prerequisite order', async () => {
    const { planSchedule } = await import('@capkit/scoring/schedule');
    const schedule = planSchedule(plan, { today: '2026-03-05', atRiskWithinDays: 3 });
    assert.deepEqual(
      schedule.items.map((item) => [item.id, item.status, item.daysLate]),
      [
        ['A', 'onTrack', 0],
        ['a1', 'done', 0],
        ['a2', 'overdue', 1],
        ['B', 'notStarted', 0],
      ],
    );
    assert.equal(schedule.progress.interventions[0].plannedShare, 0.5);
    assert.equal(schedule.prerequisiteViolations[0].overlapDays, 1);
  });

  it('burns the budget down in whole cents and refuses an unknown option with the root error class', async () => {
    const { budgetBurnDown } = await import('@capkit/scoring/schedule');
    // 100 + 4 × 50.25 = 301 and 500: 801 planned, 301 spent, 1699 left.
    const burnDown = budgetBurnDown(plan, { today: '2026-03-05', by: 'week' });
    assert.equal(burnDown.totals.planned, 801);
    assert.equal(burnDown.periods.at(-1).plannedCumulative, 801);
    assert.equal(burnDown.totals.remaining, 1699);
    const error = thrownBy(() => budgetBurnDown(plan, { today: '2026-03-05', by: 'week', per: 1 }));
    assert.ok(error instanceof CapkitScoringError, `${String(error)} should be the root class`);
    assert.equal(error.path, 'options.per');
  });
});

describe('@capkit/scoring/maturity through import', () => {
  // Three ministries, x higher and y lower is better, equal weights, min–max 0–100: a is worst
  // on both (0), c best on both (100), b between (50 and 55.6).
  const input = {
    nodes: [{ id: 'index' }],
    indicators: [
      { id: 'x', parentId: 'index', direction: 'higherIsBetter' },
      { id: 'y', parentId: 'index', direction: 'lowerIsBetter' },
    ],
    entities: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    values: [
      { entityId: 'a', indicatorId: 'x', value: 1 },
      { entityId: 'b', indicatorId: 'x', value: 2 },
      { entityId: 'c', indicatorId: 'x', value: 3 },
      { entityId: 'a', indicatorId: 'y', value: 10 },
      { entityId: 'b', indicatorId: 'y', value: 5 },
      { entityId: 'c', indicatorId: 'y', value: 1 },
    ],
  };

  it('builds the index, its rank intervals, and refuses with the root error class', async () => {
    const { analyseUncertainty, buildIndex } = await import('@capkit/scoring/maturity');
    const index = buildIndex(input);
    assert.deepEqual(
      index.entities.map((entity) => entity.rank),
      [3, 2, 1],
    );
    assert.ok(Math.abs(index.entities[1].score - (50 + 500 / 9) / 2) < 1e-12);
    const uncertainty = analyseUncertainty(input, {}, { samples: 20, seed: 1, weightNoise: 0.2 });
    assert.equal(uncertainty.restsOn.runs, 60);
    assert.equal(uncertainty.entities[2].medianRank, 1);
    const error = thrownBy(() => buildIndex({ ...input, nodes: [{ id: 'index', wieght: 1 }] }));
    assert.ok(error instanceof CapkitScoringError, `${String(error)} should be the root class`);
    assert.equal(error.path, 'nodes[0].wieght');
  });
});

describe('@capkit/scoring/evaluation through import', () => {
  it('gives a paired change with scipy’s p, a Welch DiD, an ROI, and refuses with the root error class', async () => {
    const { pairedChange, phillipsRoi, studentTQuantile, treatedVsUntreated } =
      await import('@capkit/scoring/evaluation');
    // Changes 1, 1, 0, 1, 2: t = √10 on 4 df; scipy.stats.ttest_rel gives p 0.03410942316740963.
    const pairs = [2, 3, 3, 4, 5].map((round1, i) => ({
      personId: `p${i}`,
      round1,
      round2: [3, 4, 3, 5, 7][i],
    }));
    const change = pairedChange(pairs);
    assert.ok(Math.abs(change.statistics.test.p - 0.03410942316740963) < 1e-15);
    assert.equal(change.conclusion, 'improved');
    assert.ok(Math.abs(studentTQuantile(0.975, 10) / 2.2281388519862744 - 1) < 1e-15);
    const untreated = pairs.map((pair) => ({
      ...pair,
      personId: `u${pair.personId}`,
      round2: pair.round1,
    }));
    const did = treatedVsUntreated({ treated: pairs, untreated }).differenceInDifferences;
    assert.ok(Math.abs(did.test.estimate - 1) < 1e-15);
    const roi = phillipsRoi({
      currency: 'EUR',
      benefits: [{ description: 'hours saved', amount: 9000 }],
      costs: [{ description: 'course', amount: 6000 }],
      isolationFactor: 0.5,
    });
    assert.equal(roi.roiPercent, -25);
    assert.equal(pairedChange(pairs.slice(0, 4)).statistics, null, '4 people < k 5: withheld');
    const refused = thrownBy(() => pairedChange(pairs, { confidnce: 0.9 }));
    assert.ok(refused instanceof CapkitScoringError, `${String(refused)} should be the root class`);
    assert.equal(refused.path, 'options.confidnce');
  });
});
