import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateByGroup } from './aggregateByGroup.js';
import { AggregatePool } from './aggregatePool.js';
import { copyRange, planChunks, setupRows } from './poolChunks.js';
import { bootstrapMeanWeightedDiscrepancy } from './bootstrap.js';
import { mergePartials } from './mergePartials.js';
import type { PoolRequest } from './poolProtocol.js';
import {
  aggregatePublication,
  mergePublicationPartials,
  summarisePublication,
} from './publication.js';
import {
  config,
  figureDifferences,
  heldPort,
  inProcessPort,
  plainPartials,
  survey,
} from './__tests__/poolPorts.js';

const scale = { min: 1, max: 5 } as const;

// Lets the pool build and post the messages it has queued (building is asynchronous).
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// Serves every held request until none is left (each answer may hand the worker the next chunk).
async function answerAll(ports: readonly ReturnType<typeof heldPort>[]): Promise<void> {
  await settle();
  while (ports.some((p) => p.held.length > 0)) {
    ports.forEach((p) => p.held.length > 0 && p.answerNext());
    await settle();
  }
}

describe('planChunks', () => {
  const sizes = (n: number, workers: number, rows?: number, setup?: number) =>
    planChunks(n, workers, rows, setup).map(({ start, end }) => end - start);

  it('gives one chunk per worker, and up to 4 where the extra setups stay under a quarter of the work', () => {
    // aggregatePublication's setup at 50 units × 8 roles × 10 competencies (see setupRows).
    const setup = 112_604;
    // 1,000,000 rows on 2 workers: 500,000 each; a second chunk each adds 112,604 rows' worth
    // (23%), a third would make it 45%: 2 per worker.
    expect(sizes(1_000_000, 2, undefined, setup)).toEqual([250_000, 250_000, 250_000, 250_000]);
    expect(sizes(100_000, 2, undefined, setup)).toEqual([50_000, 50_000]);
    // No setup (the float kernel): 4 per worker, but never more chunks than rows.
    expect(sizes(1_000_000, 2)).toEqual(Array.from({ length: 8 }, () => 125_000));
    expect(sizes(3, 4)).toEqual([1, 1, 1]);
    expect(planChunks(0, 2)).toEqual([{ start: 0, end: 0 }]);
    expect(sizes(1001, 3, 300, setup)).toEqual([300, 300, 300, 101]);
    expect(() => planChunks(10, 2, 0)).toThrow(/^run\.chunkRows: must be a whole number ≥ 1/);
  });

  it('copies a range in pieces of 4 MB, across piece ends and from a view with an offset', async () => {
    const bytes = new Uint8Array(12 << 20).map((_, i) => (i * 7) % 251);
    const view = bytes.subarray(3, bytes.length - 5);
    const copy = await copyRange(view, 1_000, (9 << 20) + 17);
    expect(copy.buffer).not.toBe(bytes.buffer);
    expect(copy.byteLength).toBe((9 << 20) + 17 - 1_000);
    expect(Buffer.from(copy).equals(Buffer.from(view.subarray(1_000, (9 << 20) + 17)))).toBe(true);
    const roles = Uint32Array.from({ length: 3 << 20 }, (_, i) => i);
    const rolesCopy = await copyRange(roles, 5, roles.length);
    expect(rolesCopy).toBeInstanceOf(Uint32Array);
    expect([rolesCopy[0], rolesCopy[(1 << 20) - 5], rolesCopy.at(-1)]).toEqual([
      5,
      1 << 20,
      (3 << 20) - 1,
    ]);
  });

  it('counts a chunk’s setup as its tallies’ entries, each worth 2.3 rating bytes', () => {
    // Two competencies of two items on 1–5: sums up to 2 × 4 = 8 need 4 bits, codes = 3 << 4 =
    // 48; 3 groups × 2 roles × 2 competencies × 48 = 576 entries; 2.3 × 576 / 4 items = 331.2.
    expect(setupRows(config, [{ groups: 3, roles: 2 }])).toBe(332);
    // Two passes: 576 + 2 × 2 × 2 × 48 = 960 entries over 2 passes × 4 items: 2.3 × 960 / 8 = 276.
    expect(
      setupRows(config, [
        { groups: 3, roles: 2 },
        { groups: 2, roles: 2 },
      ]),
    ).toBe(276);
    // A tally past 2^24 entries is not built (the float kernel runs): no setup.
    expect(setupRows(config, [{ groups: 100_000, roles: 2 }])).toBe(0);
  });
});

describe('AggregatePool', () => {
  it('merges the chunks in row order: exactly the engine run chunk by chunk, within rounding of one pass', async () => {
    const { matrix, grouping, required } = survey();
    const pool = new AggregatePool([inProcessPort(), inProcessPort(), inProcessPort()]);
    const options = { required, quantiles: true } as const;
    const parallel = await pool.aggregate(matrix, config, grouping, options, { chunkRows: 128 });
    const byChunk = planChunks(matrix.respondents, 3, 128).map((rows) =>
      aggregateByGroup(matrix, config, grouping, { ...options, rows }),
    );
    expect(plainPartials(parallel)).toEqual(plainPartials(mergePartials(byChunk)));
    const onePass = aggregateByGroup(matrix, config, grouping, options);
    expect(figureDifferences(plainPartials(parallel), plainPartials(onePass))).toEqual([]);
    // Counts, shares below required and histograms are whole numbers: equal, not close.
    expect([...parallel.count]).toEqual([...onePass.count]);
    expect([...parallel.below]).toEqual([...onePass.below]);
  });

  it('aggregates a publication set: the same tables as aggregatePublication, and the same publication', async () => {
    const { matrix, publication } = survey();
    const pool = new AggregatePool([inProcessPort(), inProcessPort()]);
    const parallel = await pool.aggregatePublication(
      matrix,
      config,
      publication,
      {},
      {
        chunkRows: 200,
      },
    );
    const byChunk = planChunks(matrix.respondents, 2, 200).map((rows) =>
      aggregatePublication(matrix, config, publication, { rows }),
    );
    const inOrder = mergePublicationPartials(byChunk);
    for (const table of ['byUnit', 'byRole', 'byUnitRole'] as const)
      expect(plainPartials(parallel[table])).toEqual(plainPartials(inOrder[table]));
    const single = aggregatePublication(matrix, config, publication);
    expect(figureDifferences(parallel, single)).toEqual([]);
    const tables = ['organisation', 'units', 'roles', 'unitRoles'] as const;
    expect(
      figureDifferences(
        summarisePublication(parallel, { tables }),
        summarisePublication(single, { tables }),
      ),
    ).toEqual([]);
  });

  it('sends each worker only its chunk’s rows when the buffers are not shared, and transfers the copies', async () => {
    const { matrix, publication } = survey(1001, { shared: false });
    const sent: {
      start: number;
      end: number;
      firstRow: number;
      bytes: number;
      transferred: number;
    }[] = [];
    const log = (request: PoolRequest, transfer: readonly ArrayBuffer[]) => {
      if (request.kind !== 'publication') throw new Error(`unexpected ${request.kind}`);
      const { start, end, firstRow, ratings, unitOf, roleOf } = request;
      expect(unitOf).toHaveLength(end - start);
      expect(roleOf).toHaveLength(end - start);
      expect(transfer).toEqual([ratings.buffer, unitOf.buffer, roleOf.buffer]);
      sent.push({ start, end, firstRow, bytes: ratings.length, transferred: transfer.length });
    };
    const pool = new AggregatePool([inProcessPort(log), inProcessPort(log)]);
    const parallel = await pool.aggregatePublication(
      matrix,
      config,
      publication,
      {},
      {
        chunkRows: 300,
      },
    );
    expect(sent.sort((a, b) => a.start - b.start)).toEqual(
      [0, 300, 600, 900].map((start) => {
        const end = Math.min(1001, start + 300);
        return { start, end, firstRow: start, bytes: (end - start) * 4, transferred: 3 };
      }),
    );
    // The caller's buffers are left whole.
    expect(matrix.ratings.byteLength).toBe(1001 * 4);
    expect(figureDifferences(parallel, aggregatePublication(matrix, config, publication))).toEqual(
      [],
    );
  });

  it('shares the whole matrix, copying nothing, when every column is in a SharedArrayBuffer', async () => {
    const { matrix, grouping, required } = survey();
    const sent: PoolRequest[] = [];
    const pool = new AggregatePool([
      inProcessPort((request, transfer) => {
        expect(transfer).toEqual([]);
        sent.push(request);
      }),
    ]);
    await pool.aggregate(matrix, config, grouping, { required }, { chunkRows: 500 });
    expect(sent).toHaveLength(3);
    for (const request of sent) {
      if (request.kind !== 'aggregate') throw new Error(request.kind);
      expect(request.ratings).toBe(matrix.ratings);
      expect(request.groupOf).toBe(grouping.groupOf);
      expect(request.firstRow).toBe(0);
    }
  });

  it.each([true, false])(
    'names the row of the whole matrix in a worker’s error (shared: %s), and sends no more chunks',
    async (shared) => {
      const { matrix, publication } = survey(1001, { shared });
      matrix.ratings[900 * 4 + 1] = 9;
      const sent: number[] = [];
      const pool = new AggregatePool([inProcessPort((request) => sent.push(request.id))]);
      await expect(
        pool.aggregatePublication(matrix, config, publication, {}, { chunkRows: 100 }),
      ).rejects.toThrow(/^ratings\[row 900\]\[item "a2"\]: value 9 is outside the scale 1–5/);
      expect(sent).toHaveLength(10);
      publication.units.groupOf[777] = 3;
      publication.roles.roleOf[777] = 0;
      matrix.ratings[900 * 4 + 1] = 1;
      // aggregatePublication's unit pass allows the organisation's slot; the unit × role pass does not.
      await expect(
        pool.aggregatePublication(matrix, config, publication, {}, { chunkRows: 100 }),
      ).rejects.toThrow(/^grouping\.groupOf\[777\]: is 6, but there are only 6/);
      expect(() => aggregatePublication(matrix, config, publication)).toThrow(
        /^grouping\.groupOf\[777\]: is 6, but there are only 6/,
      );
    },
  );

  it('checks the shapes against the whole matrix before any worker is asked', async () => {
    const { matrix, grouping, publication } = survey();
    let posted = 0;
    const pool = new AggregatePool([
      { post: () => (posted += 1), listen: () => undefined, terminate: () => undefined },
    ]);
    await expect(pool.aggregate(matrix, { ...config }, grouping)).rejects.toThrow(
      /^config: is not a compiled scoring config/,
    );
    await expect(
      pool.aggregate(matrix, config, { groupOf: grouping.groupOf.subarray(1), groups: 3 }),
    ).rejects.toThrow('grouping.groupOf: has 1000 entries, expected one per respondent (1001)');
    await expect(
      pool.aggregatePublication(matrix, config, {
        ...publication,
        units: { ...publication.units, parentOf: new Int32Array([1, 0, 0]) },
      }),
    ).rejects.toThrow(/^parentOf\[\d\]: the group is its own ancestor/);
    await expect(pool.aggregate(matrix, config, grouping, {}, { chunkRows: 1.5 })).rejects.toThrow(
      /^run\.chunkRows/,
    );
    expect(posted).toBe(0);
  });

  it('reports progress in rows after each chunk, ending at the total', async () => {
    const { matrix, grouping } = survey();
    const progress: { done: number; total: number }[] = [];
    const pool = new AggregatePool([inProcessPort(), inProcessPort()]);
    await pool.aggregate(
      matrix,
      config,
      grouping,
      {},
      {
        chunkRows: 250,
        onProgress: (step) => progress.push(step),
      },
    );
    expect(progress.map(({ total }) => total)).toEqual([1001, 1001, 1001, 1001, 1001]);
    // Chunks of 250, 250, 250, 250 and 1 rows, finishing in any order.
    const steps = progress.map(({ done }, i) => done - (progress[i - 1]?.done ?? 0));
    expect(steps.sort((a, b) => a - b)).toEqual([1, 250, 250, 250, 250]);
    expect(progress.at(-1)?.done).toBe(1001);
  });

  it('cancels at once: rejects with an AbortError before the busy workers answer, ignores their late replies, and serves again', async () => {
    const { matrix, grouping, required } = survey();
    const workers = [heldPort(), heldPort()];
    const pool = new AggregatePool(workers.map((w) => w.port));
    const controller = new AbortController();
    const progress: number[] = [];
    const run = pool.aggregate(
      matrix,
      config,
      grouping,
      { required },
      {
        chunkRows: 100,
        signal: controller.signal,
        onProgress: ({ done }) => progress.push(done),
      },
    );
    await settle();
    workers[0]?.answerNext();
    await settle();
    expect(progress).toEqual([100]);
    expect(workers.map((w) => w.held.length)).toEqual([1, 1]);
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // A new run waits for the workers still busy with the cancelled chunks.
    const next = pool.aggregate(matrix, config, grouping, { required }, { chunkRows: 400 });
    await settle();
    expect(workers.map((w) => w.held.length)).toEqual([1, 1]);
    workers.forEach((w) => w.answerNext());
    await settle();
    expect(progress).toEqual([100]);
    // Only the new run's three chunks were sent after the cancel.
    expect(workers.reduce((sum, w) => sum + w.held.length, 0)).toBe(2);
    await answerAll(workers);
    expect(plainPartials(await next)).toEqual(
      plainPartials(
        mergePartials(
          planChunks(1001, 2, 400).map((rows) =>
            aggregateByGroup(matrix, config, grouping, { required, rows }),
          ),
        ),
      ),
    );
  });

  it('refuses to start when the signal is already aborted, and keeps a reason that is not an AbortError as the cause', async () => {
    const { matrix, grouping, paired } = survey();
    const worker = heldPort();
    const pool = new AggregatePool([worker.port]);
    const reason = new Error('the reader closed the page');
    const aborted = AbortSignal.abort(reason);
    await expect(
      pool.aggregate(matrix, config, grouping, {}, { signal: aborted }),
    ).rejects.toMatchObject({ name: 'AbortError', cause: reason });
    await expect(pool.bootstrap(paired, scale, {}, { signal: aborted })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(worker.held).toHaveLength(0);
  });

  it('runs the bootstrap in one worker with its options untouched: the same result, bit for bit', async () => {
    const { paired } = survey(400, { shared: false });
    const pool = new AggregatePool([inProcessPort(), inProcessPort()]);
    const options = {
      replicates: 60,
      seed: 9,
      by: 'competency',
      competencyOfItem: [0, 0, 1, 1],
      topK: 1,
    } as const;
    expect(await pool.bootstrap(paired, scale, options)).toEqual(
      bootstrapMeanWeightedDiscrepancy(paired, scale, options),
    );
    // An option the bootstrap does not know reaches it, and is refused there.
    await expect(
      pool.bootstrap(paired, scale, { replicates: 10, resamples: 5 } as never),
    ).rejects.toThrow(/^options\.resamples: is not an option here/);
  });

  it("reports the bootstrap's progress in replicates, for both methods, up to B", async () => {
    const { paired } = survey(400, { shared: false });
    const pool = new AggregatePool([inProcessPort()]);
    for (const method of ['percentileBootstrap', 'bagOfLittleBootstraps'] as const) {
      const seen: { done: number; total: number }[] = [];
      const options = { replicates: 60, method, subsets: 4 };
      const result = await pool.bootstrap(paired, scale, options, {
        onProgress: (progress) => seen.push(progress),
      });
      expect(result).toEqual(bootstrapMeanWeightedDiscrepancy(paired, scale, options));
      expect(seen.length).toBeGreaterThanOrEqual(4);
      expect(seen.at(-1)).toEqual({ done: 60, total: 60 });
      seen.forEach((step, i) => {
        expect(step.total).toBe(60);
        if (i > 0) expect(step.done).toBeGreaterThan((seen[i - 1] as { done: number }).done);
      });
    }
  });

  it('rejects a cancelled bootstrap at once; its worker serves again once the resampling ends', async () => {
    const { paired, matrix, grouping } = survey();
    const worker = heldPort();
    const pool = new AggregatePool([worker.port]);
    const controller = new AbortController();
    const run = pool.bootstrap(paired, scale, { replicates: 20 }, { signal: controller.signal });
    await settle();
    expect(worker.held.map((request) => request.kind)).toEqual(['bootstrap']);
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const next = pool.aggregate(matrix, config, grouping);
    await settle();
    expect(worker.held.map((request) => request.kind)).toEqual(['bootstrap']);
    await answerAll([worker]);
    expect(
      figureDifferences(
        plainPartials(await next),
        plainPartials(aggregateByGroup(matrix, config, grouping)),
      ),
    ).toEqual([]);
  });

  it('sends nothing for a run cancelled while its copies are being made', async () => {
    const { paired } = survey(1001, { shared: false });
    const worker = heldPort();
    const pool = new AggregatePool([worker.port]);
    const controller = new AbortController();
    const run = pool.bootstrap(paired, scale, {}, { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await settle();
    expect(worker.held).toHaveLength(0);
  });

  it('rejects the runs still going when it is closed', async () => {
    const { matrix, grouping } = survey();
    const pool = new AggregatePool([heldPort().port]);
    const run = pool.aggregate(matrix, config, grouping);
    await pool.close();
    await expect(run).rejects.toThrow('pool: was closed before the run finished');
    await expect(pool.aggregate(matrix, config, grouping)).rejects.toThrow('pool: is closed');
  });

  it('property: any workers, chunk size and buffers give the in-order merge exactly and the one-pass counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
        fc.boolean(),
        fc.integer({ min: 1, max: 1000 }),
        async (respondents, workers, chunkRows, shared, seed) => {
          const { matrix, publication } = survey(respondents, { shared, seed });
          const pool = new AggregatePool(Array.from({ length: workers }, () => inProcessPort()));
          const progress: number[] = [];
          const parallel = await pool.aggregatePublication(
            matrix,
            config,
            publication,
            { quantiles: true },
            {
              ...(chunkRows === undefined ? {} : { chunkRows }),
              onProgress: ({ done }) => progress.push(done),
            },
          );
          const setup = setupRows(config, [
            { groups: 4, roles: 2 },
            { groups: 2, roles: 2 },
            { groups: 6, roles: 2 },
          ]);
          const chunks = planChunks(respondents, workers, chunkRows, setup);
          const inOrder = mergePublicationPartials(
            chunks.map((rows) =>
              aggregatePublication(matrix, config, publication, { rows, quantiles: true }),
            ),
          );
          const single = aggregatePublication(matrix, config, publication, { quantiles: true });
          for (const table of ['byUnit', 'byRole', 'byUnitRole'] as const) {
            expect(plainPartials(parallel[table])).toEqual(plainPartials(inOrder[table]));
            expect([...parallel[table].count]).toEqual([...single[table].count]);
            expect([...parallel[table].gapCount]).toEqual([...single[table].gapCount]);
          }
          expect(progress).toHaveLength(chunks.length);
          expect(progress.every((done, i) => i === 0 || done > (progress[i - 1] as number))).toBe(
            true,
          );
          expect(progress.at(-1)).toBe(respondents);
        },
      ),
      { numRuns: 40 },
    );
  });
});
