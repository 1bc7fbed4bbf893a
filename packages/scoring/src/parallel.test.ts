import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { aggregateByGroup, type GroupPartials } from './aggregateByGroup.js';
import {
  AggregatePool,
  nodeWorkerPort,
  serveAggregateRequests,
  type AggregateReply,
  type AggregateRequest,
  type WorkerPort,
} from './parallel.js';
import { MISSING } from './responseMatrix.js';
import { compileScoringConfig } from './scoringConfig.js';

const config = compileScoringConfig({
  scale: { min: 1, max: 5 },
  competencies: ['A', 'B'],
  items: [
    { id: 'a1', competency: 'A' },
    { id: 'a2', competency: 'A' },
    { id: 'b1', competency: 'B', reverseCoded: true },
    { id: 'b2', competency: 'B' },
  ],
});

// A seeded survey of 1,001 respondents (odd, so workers get unequal slices) in shared memory.
function survey(respondents = 1001) {
  const ratings = new Uint8Array(new SharedArrayBuffer(respondents * 4));
  const groupOf = new Uint8Array(new SharedArrayBuffer(respondents));
  const roleOf = new Uint8Array(new SharedArrayBuffer(respondents));
  let state = 7;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < ratings.length; i += 1)
    ratings[i] = next() % 10 === 0 ? MISSING : 1 + (next() % 5);
  for (let r = 0; r < respondents; r += 1) {
    groupOf[r] = next() % 3;
    roleOf[r] = next() % 2;
  }
  const levels = new Float64Array([3, 4, 2, Number.NaN]);
  return {
    matrix: { respondents, items: 4, ratings },
    grouping: { groupOf, groups: 3 },
    required: { roleOf, levels },
  };
}

// A worker in this thread: requests and replies pass through microtasks, as messages would.
function inProcessPort(): WorkerPort {
  let serve: ((request: AggregateRequest) => void) | undefined;
  let answer: ((reply: AggregateReply) => void) | undefined;
  serveAggregateRequests(
    (handler) => (serve = handler),
    (reply) => queueMicrotask(() => answer?.(reply)),
  );
  return {
    post: (request) => queueMicrotask(() => serve?.(request)),
    listen: (handler) => (answer = handler),
    terminate: () => undefined,
  };
}

// The histogram as plain arrays, so that a difference prints as numbers.
const histogramOf = ({ histogram }: GroupPartials) =>
  histogram === undefined
    ? undefined
    : {
        bins: histogram.bins,
        binsPerPoint: histogram.binsPerPoint,
        origin: histogram.origin,
        cellStart: [...histogram.cellStart],
        entryBin: [...histogram.entryBin],
        entryCount: [...histogram.entryCount],
      };

function expectSame(actual: GroupPartials, expected: GroupPartials): void {
  expect([...actual.count]).toEqual([...expected.count]);
  expect([...actual.below]).toEqual([...expected.below]);
  expect(histogramOf(actual)).toEqual(histogramOf(expected));
  actual.mean.forEach((mean, i) => expect(mean).toBeCloseTo(expected.mean[i] as number, 10));
  actual.m2.forEach((m2, i) => expect(m2).toBeCloseTo(expected.m2[i] as number, 8));
  expect(actual.provenance).toEqual(expected.provenance);
}

describe('AggregatePool', () => {
  it('gives the single-thread result from three workers', async () => {
    const { matrix, grouping, required } = survey();
    const pool = new AggregatePool([inProcessPort(), inProcessPort(), inProcessPort()]);
    const parallel = await pool.aggregate(matrix, config, grouping, { required, quantiles: true });
    expectSame(parallel, aggregateByGroup(matrix, config, grouping, { required, quantiles: true }));
  });

  it('compiles the plain config in the worker and refuses one that does not match its hash', () => {
    const { matrix, grouping } = survey();
    const replies: AggregateReply[] = [];
    let serve: ((request: AggregateRequest) => void) | undefined;
    serveAggregateRequests(
      (handler) => (serve = handler),
      (reply) => replies.push(reply),
    );
    const request: AggregateRequest = {
      id: 1,
      config: config.config,
      configHash: config.hash,
      respondents: matrix.respondents,
      items: matrix.items,
      ratings: matrix.ratings,
      groupOf: grouping.groupOf,
      groups: grouping.groups,
      quantiles: false,
      start: 0,
      end: matrix.respondents,
    };
    // A structured clone of the request, as a worker receives it: the plain config, no brand.
    serve?.(structuredClone(request));
    serve?.({ ...structuredClone(request), id: 2, configHash: '0000000000000000' });
    expect(replies[0]).toHaveProperty('partials');
    expect(replies[1]).toEqual({
      id: 2,
      error: {
        path: 'request.configHash',
        message: `is 0000000000000000, but the config sent hashes to ${config.hash}`,
      },
    });
  });

  it('refuses a copied config before asking any worker', async () => {
    const { matrix, grouping } = survey();
    let posted = 0;
    const pool = new AggregatePool([
      { post: () => (posted += 1), listen: () => undefined, terminate: () => undefined },
    ]);
    await expect(pool.aggregate(matrix, { ...config }, grouping)).rejects.toThrow(
      /^config: is not a compiled scoring config/,
    );
    expect(posted).toBe(0);
  });

  it('reports a worker’s error with its location in the whole matrix', async () => {
    const { matrix, grouping } = survey();
    matrix.ratings[900 * 4 + 1] = 9;
    const pool = new AggregatePool([inProcessPort(), inProcessPort()]);
    await expect(pool.aggregate(matrix, config, grouping)).rejects.toThrow(
      /ratings\[row 900\]\[item "a2"\]/,
    );
  });

  it('runs on real Node worker threads over shared memory', async () => {
    const script = fileURLToPath(new URL('../dist/workerNode.js', import.meta.url));
    const pool = new AggregatePool([
      nodeWorkerPort(new Worker(script)),
      nodeWorkerPort(new Worker(script)),
    ]);
    try {
      const { matrix, grouping, required } = survey();
      // Quantiles too: the sparse histograms cross the thread boundary and merge exactly.
      const options = { required, quantiles: true } as const;
      const parallel = await pool.aggregate(matrix, config, grouping, options);
      expect(parallel.histogram?.entryBin.length).toBeGreaterThan(0);
      expectSame(parallel, aggregateByGroup(matrix, config, grouping, options));
    } finally {
      await pool.close();
    }
  });
});
