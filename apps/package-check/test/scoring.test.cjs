// @capkit/scoring through `require`: one CapkitScoringError class for every entry point, and
// worker scripts that run as the standalone files a Worker loads.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { describe, it } = require('node:test');
const { Worker } = require('node:worker_threads');
const { aggregateByGroup, CapkitScoringError, compileScoringConfig } = require('@capkit/scoring');
const { AggregatePool, nodeWorkerPort } = require('@capkit/scoring/parallel');
const { validateRatingScale } = require('@capkit/scoring/tna');
const { selectResponses } = require('@capkit/scoring/publication');

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

describe('@capkit/scoring via require', () => {
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

  it('runs the CommonJS worker-node script as a standalone worker, errors arriving as the root class', async () => {
    const script = require.resolve('@capkit/scoring/worker-node');
    assert.match(script, /\.cjs$/);
    // Standalone: the file requires only packages, no sibling chunk of dist/.
    assert.doesNotMatch(readFileSync(script, 'utf8'), /require\(\s*["']\.\.?\//);
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

describe('@capkit/scoring/plan through require', () => {
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
    const { recommendPlan, explainPlan } = require('@capkit/scoring/plan');
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
    const { recommendPlan } = require('@capkit/scoring/plan');
    const plan = await recommendPlan(input, { method: 'greedy' });
    assert.equal(plan.method, 'greedy');
    assert.equal(plan.objective, 30);
    assert.ok(plan.bound >= 60 - 1e-9, `bound ${plan.bound} is below the optimum 60`);
    assert.ok(Math.abs(plan.objective - plan.bound / (1 + plan.gap)) < 1e-9);
  });
});
