// The page: a training-needs analysis of the survey the runner wrote, in Web Workers — the
// publication partials and the bootstrap priorities over the pool, the publication step on the
// main thread — with a progress bar, a run cancelled part-way first, and every long task seen
// by a PerformanceObserver. The outcome is left on `window.outcome` as JSON for the runner.
import { AggregatePool, browserWorkerPort, type PoolProgress } from '../../src/parallel.js';
import { summarisePublication } from '../../src/publication.js';
import { compileScoringConfig, type ScoringConfig } from '../../src/scoringConfig.js';

declare global {
  interface Window {
    outcome?: string;
  }
}

interface Meta {
  readonly respondents: number;
  readonly items: number;
  readonly units: number;
  readonly config: ScoringConfig & { readonly scale: { min: number; max: number } };
  readonly levels: number[];
  readonly parentOf: number[];
  readonly bootstrapOptions: {
    readonly method: 'auto';
    readonly by: 'competency';
    readonly competencyOfItem: number[];
  };
}

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

const encode = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? `__number:${v}` : v,
  );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function bytes(name: string): Promise<Uint8Array> {
  const response = await fetch(new URL(name, location.href));
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Where the page is cross-origin isolated the columns go in shared memory, read by every
// worker in place; elsewhere SharedArrayBuffer does not exist and the pool copies chunks.
function place(column: Uint8Array): Uint8Array {
  if (!crossOriginIsolated) return column;
  const shared = new Uint8Array(new SharedArrayBuffer(column.length));
  shared.set(column);
  return shared;
}

async function analyse() {
  const params = new URLSearchParams(location.search);
  const runs = Number(params.get('runs') ?? '1');
  const cancel = params.get('cancel') !== '0';
  const meta = (await (await fetch(new URL('meta.json', location.href))).json()) as Meta;
  const columns = await Promise.all(
    ['performance.bin', 'importance.bin', 'units.bin', 'roles.bin'].map(bytes),
  );
  const [performanceRatings, importance, units, roles] = columns.map(place) as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  const { respondents, items } = meta;
  const config = compileScoringConfig(meta.config);
  const scale = meta.config.scale;
  const matrix = { respondents, items, ratings: performanceRatings };
  const paired = { respondents, items, importance, performance: performanceRatings };
  const groups = {
    units: { groupOf: units, groups: meta.units, parentOf: Int32Array.from(meta.parentOf) },
    roles: { roleOf: roles, levels: Float64Array.from(meta.levels) },
  };
  const { competencyOfItem } = meta.bootstrapOptions;

  // A deliberate 80 ms task before the analysis: the observer must report it, or a run with
  // no long task would prove nothing. It runs in a timer task: Chromium (150) reports no long
  // task for script run on from a fetch body's promise, but does for timers and worker
  // messages, which is where the pool's results arrive (the runner also reads a trace).
  const probeStart = await new Promise<number>((resolve) =>
    setTimeout(() => {
      const began = performance.now();
      while (performance.now() - began < 80);
      resolve(began);
    }),
  );
  await pause(100);
  performance.mark('analysis-start');
  const windowStart = performance.now();

  // The README's example, as it runs here (the bundle's worker file stands for the package's).
  // --- README example starts
  const pool = new AggregatePool(
    Array.from({ length: navigator.hardwareConcurrency }, () =>
      browserWorkerPort(
        new Worker(new URL('./workerBrowser.js', import.meta.url), { type: 'module' }),
      ),
    ),
  );
  const bar = document.querySelector('progress');
  const controller = new AbortController(); // a Cancel button calls controller.abort()
  const partials = await pool.aggregatePublication(
    matrix,
    config,
    groups,
    {},
    {
      signal: controller.signal,
      onProgress: ({ done, total }) => bar && Object.assign(bar, { max: total, value: done }),
    },
  );
  const priorities = await pool.bootstrap(
    paired,
    scale,
    { method: 'auto', by: 'competency', competencyOfItem },
    { signal: controller.signal },
  );
  const publication = summarisePublication(partials); // on the main thread: a few ms
  // --- README example ends
  const barAfterExample = bar === null ? null : { value: bar.value, max: bar.max };

  // A run cancelled after its first chunk, on the same pool.
  let cancelled: Record<string, unknown> | undefined;
  if (cancel) {
    const canceller = new AbortController();
    const steps: number[] = [];
    let abortedAt = 0;
    const error = await pool
      .aggregatePublication(
        matrix,
        config,
        groups,
        {},
        {
          chunkRows: Math.ceil(respondents / 20),
          signal: canceller.signal,
          onProgress: ({ done }) => {
            steps.push(done);
            if (steps.length > 1) return;
            abortedAt = performance.now();
            canceller.abort();
          },
        },
      )
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    cancelled = {
      name: error instanceof Error ? error.name : String(error),
      rejectedAfterMs: performance.now() - abortedAt,
      progressSteps: steps.length,
    };
  }

  // Then timed runs, stage by stage, on the same pool.
  const runOnce = async (progress: PoolProgress[]) => {
    const began = performance.now();
    const timedPartials = await pool.aggregatePublication(
      matrix,
      config,
      groups,
      {},
      { onProgress: (step) => progress.push(step) },
    );
    const aggregated = performance.now();
    const timedPriorities = await pool.bootstrap(paired, scale, meta.bootstrapOptions);
    const resampled = performance.now();
    const timedPublication = summarisePublication(timedPartials);
    const published = performance.now();
    return {
      same: encode(timedPublication) === encode(publication),
      samePriorities: encode(timedPriorities) === encode(priorities),
      stages: {
        publicationPartials: aggregated - began,
        bootstrap: resampled - aggregated,
        summarise: published - resampled,
        total: published - began,
      },
    };
  };
  const progress: PoolProgress[] = [];
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await runOnce(run === 0 ? progress : []));
  const windowEnd = performance.now();
  performance.mark('analysis-end');
  await pause(200);
  await pool.close();
  return {
    isolated: crossOriginIsolated,
    sharedArrayBufferGlobal: typeof SharedArrayBuffer !== 'undefined',
    shared: typeof SharedArrayBuffer !== 'undefined' && units.buffer instanceof SharedArrayBuffer,
    workers: pool.size,
    cancelled,
    progress,
    bar: barAfterExample,
    stages: results.map((result) => result.stages),
    // Every timed run gives the example's results, bit for bit (chunks merge in row order).
    repeatable: results.every((result) => result.same && result.samePriorities),
    publication,
    priorities,
    probeSeen: longTasks.some(
      (task) => task.start <= probeStart + 1 && task.start + task.duration >= probeStart + 75,
    ),
    longTasks: longTasks.filter(
      (task) => task.start + task.duration > windowStart && task.start < windowEnd,
    ),
  };
}

analyse().then(
  (outcome) => (window.outcome = encode(outcome)),
  (error: unknown) =>
    (window.outcome = encode({ error: error instanceof Error ? error.stack : String(error) })),
);
