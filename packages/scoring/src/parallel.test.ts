import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { bootstrapMeanWeightedDiscrepancy } from './bootstrap.js';
import { AggregatePool, nodeWorkerPort, type WorkerPort } from './parallel.js';
import { aggregatePublication, summarisePublication } from './publication.js';
import { config, figureDifferences, survey } from './__tests__/poolPorts.js';

// The built worker script, as an app loads it (`pnpm test` builds before it tests).
const script = fileURLToPath(new URL('../dist/workerNode.js', import.meta.url));
const scale = { min: 1, max: 5 } as const;
const bootstrapOptions = {
  replicates: 40,
  seed: 5,
  by: 'competency',
  competencyOfItem: [0, 0, 1, 1],
} as const;

let pools: AggregatePool[] = [];
afterEach(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  pools = [];
});

function threadPool(workers: number, wrap = (port: WorkerPort) => port): AggregatePool {
  const pool = new AggregatePool(
    Array.from({ length: workers }, () => wrap(nodeWorkerPort(new Worker(script)))),
  );
  pools.push(pool);
  return pool;
}

describe('AggregatePool on Node worker threads', () => {
  it.each([
    ['shared memory', true],
    ['copied chunks', false],
  ])(
    'runs the training-needs passes over %s: publication and bootstrap equal to one thread',
    async (_, shared) => {
      const pool = threadPool(2);
      const { matrix, paired, publication } = survey(20_001, { shared });
      const [partials, priorities] = await Promise.all([
        pool.aggregatePublication(
          matrix,
          config,
          publication,
          { quantiles: true },
          {
            chunkRows: 3_000,
          },
        ),
        pool.bootstrap(paired, scale, bootstrapOptions),
      ]);
      const single = aggregatePublication(matrix, config, publication, { quantiles: true });
      expect(partials.byUnit.histogram?.entryBin.length).toBeGreaterThan(0);
      expect(figureDifferences(partials, single)).toEqual([]);
      const tables = ['organisation', 'units', 'roles', 'unitRoles'] as const;
      const orderStatistics = { minCount: 10 };
      expect(
        figureDifferences(
          summarisePublication(partials, { tables, orderStatistics }),
          summarisePublication(single, { tables, orderStatistics }),
        ),
      ).toEqual([]);
      expect(priorities).toEqual(bootstrapMeanWeightedDiscrepancy(paired, scale, bootstrapOptions));
    },
  );

  it('names the row of the whole matrix from a copied chunk on a worker thread', async () => {
    const pool = threadPool(2);
    const { matrix, publication } = survey(20_001, { shared: false });
    matrix.ratings[17_345 * 4 + 2] = 0;
    await expect(
      pool.aggregatePublication(matrix, config, publication, {}, { chunkRows: 1_000 }),
    ).rejects.toThrow(/^ratings\[row 17345\]\[item "b1"\]: value 0 is outside the scale 1–5/);
  });

  it('cancels a running bootstrap before its thread answers, and the pool goes on serving', async () => {
    const replied: number[] = [];
    const pool = threadPool(2, (port) => ({
      ...port,
      listen: (handler) =>
        port.listen((reply) => {
          replied.push(performance.now());
          handler(reply);
        }),
    }));
    // Long enough that the cancel lands while the thread resamples (about a second here).
    const long = survey(60_000, { seed: 3 });
    const controller = new AbortController();
    const run = pool.bootstrap(
      long.paired,
      scale,
      { replicates: 3_000 },
      {
        signal: controller.signal,
      },
    );
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const rejectedAt = performance.now();
    expect(replied).toEqual([]);
    const { matrix, publication } = survey(5_001);
    const partials = await pool.aggregatePublication(matrix, config, publication);
    expect(figureDifferences(partials, aggregatePublication(matrix, config, publication))).toEqual(
      [],
    );
    // The other thread served the publication; the bootstrap's late reply came after the cancel.
    expect(replied[0]).toBeGreaterThan(rejectedAt);
  }, 30_000);
});
