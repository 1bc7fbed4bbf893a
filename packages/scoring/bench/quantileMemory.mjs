// The memory of quantiles: capkit's sparse score histograms against the dense histograms this
// engine kept before (one Uint32 per bin per cell) and against keeping every score (the exact
// reference), on a survey where dense bins blow up: 100,000 people × 10 competencies of 8 items
// in 5,000 groups. Run by compare.mjs (`BENCH_TABLES=quantiles pnpm bench`); each contender runs
// in a child process of its own (this file, with arguments), as runContender.mjs does, so that
// its peak memory is its own.
//
// Memory method: the survey is generated straight into one Uint8Array (no JS objects), then a
// full GC, then RSS is the baseline. peak MB = process maxRSS − baseline: the query's working
// memory plus its result. structure MB = bytes of the quantile structure itself (typed arrays).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRandom, MISSING } from './surveyData.mjs';

const MB = 1e6;
export const QUANTILE_CASE = {
  n: 100_000,
  competencies: 10,
  itemsPerCompetency: 8,
  groups: 5_000,
  scale: { min: 1, max: 5 },
  minAnsweredShare: 0.5,
  missingRate: 0.05,
  seed: 20_240_611,
};
const PROBABILITIES = [0.25, 0.5, 0.75];
const MAX_RUNS = 3;
export const quantileContenders = ['capkit', 'capkit-no-quantiles', 'dense', 'sorted'];

function scoringConfig({ competencies, itemsPerCompetency, scale, minAnsweredShare }) {
  const ids = Array.from({ length: competencies }, (_, c) => `c${c + 1}`);
  return {
    scale,
    competencies: ids,
    items: Array.from({ length: competencies * itemsPerCompetency }, (_, j) => ({
      id: `q${j + 1}`,
      competency: ids[Math.floor(j / itemsPerCompetency)],
    })),
    minAnsweredShare,
  };
}

function generate({ n, competencies, itemsPerCompetency, groups, missingRate, seed }) {
  const items = competencies * itemsPerCompetency;
  const random = createRandom(seed);
  const ratings = new Uint8Array(n * items);
  const groupOf = new Uint16Array(n);
  for (let r = 0; r < n; r += 1) {
    groupOf[r] = Math.floor(random() * groups);
    for (let j = 0; j < items; j += 1) {
      const u = random();
      ratings[r * items + j] =
        u < missingRate
          ? MISSING
          : 1 + Math.min(4, Math.floor(((u - missingRate) / (1 - missingRate)) * 5));
    }
  }
  return { matrix: { respondents: n, items, ratings }, groupOf };
}

// Unit weights: score = mean of the answered items, given enough are answered; the bench's own
// loop, written apart from the engine, for the two contenders that are not the engine.
function forEachScore(survey, visit) {
  const { n, competencies: C, itemsPerCompetency: K, minAnsweredShare } = QUANTILE_CASE;
  const { ratings, items } = survey.matrix;
  const minAnswered = Math.ceil(minAnsweredShare * K);
  for (let r = 0; r < n; r += 1) {
    const cellBase = survey.groupOf[r] * C;
    for (let c = 0; c < C; c += 1) {
      let sum = 0;
      let answered = 0;
      for (let t = 0; t < K; t += 1) {
        const value = ratings[r * items + c * K + t];
        if (value === MISSING) continue;
        sum += value;
        answered += 1;
      }
      if (answered >= minAnswered) visit(cellBase + c, sum / answered);
    }
  }
}

// Type 7 (R's default) from a cumulative walk: `at(i)` gives the i-th smallest of n values.
function type7(n, p, at) {
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const low = at(lower);
  return h === lower ? low : low + (h - lower) * (at(lower + 1) - low);
}

const contenders = {
  capkit: {
    layout: 'sparse histogram: (bin, count) per non-empty bin of a cell',
    open: async () => {
      const engine = await import('../dist/index.js');
      return { engine, compiled: engine.compileScoringConfig(scoringConfig(QUANTILE_CASE)) };
    },
    compute({ engine, compiled }, survey) {
      const partials = engine.aggregateByGroup(
        survey.matrix,
        compiled,
        { groupOf: survey.groupOf, groups: QUANTILE_CASE.groups },
        { quantiles: true },
      );
      const { binsPerPoint, origin, cellStart, entryBin, entryCount } = partials.histogram;
      const quantiles = (cell, p) =>
        type7(partials.count[cell], p, (i) => {
          let seen = 0;
          for (let e = cellStart[cell]; e < cellStart[cell + 1]; e += 1) {
            seen += entryCount[e];
            if (seen > i) return origin + entryBin[e] / binsPerPoint;
          }
          return Number.NaN;
        });
      return {
        quantiles,
        structureBytes: cellStart.byteLength + entryBin.byteLength + entryCount.byteLength,
        kept: partials,
      };
    },
  },
  // The same call without histograms: what the quantiles add is the difference.
  'capkit-no-quantiles': {
    layout: 'no histogram: aggregateByGroup without quantiles (no quartiles)',
    open: async () => contenders.capkit.open(),
    compute({ engine, compiled }, survey) {
      const partials = engine.aggregateByGroup(
        survey.matrix,
        compiled,
        { groupOf: survey.groupOf, groups: QUANTILE_CASE.groups },
        { quantiles: false },
      );
      return { quantiles: () => Number.NaN, structureBytes: 0, kept: partials };
    },
  },
  dense: {
    layout: 'dense histogram: one Uint32 per bin per cell (capkit before 0.1)',
    open: () => ({}),
    compute(context, survey) {
      const { groups, competencies, scale, itemsPerCompetency } = QUANTILE_CASE;
      // lcm(1…8) bins per point, as the engine uses: every unit-weight score on a bin.
      const binsPerPoint = itemsPerCompetency >= 8 ? 840 : 1;
      const bins = (scale.max - scale.min) * binsPerPoint + 1;
      const counts = new Uint32Array(groups * competencies * bins);
      const n = new Float64Array(groups * competencies);
      forEachScore(survey, (cell, score) => {
        counts[cell * bins + Math.round((score - scale.min) * binsPerPoint)] += 1;
        n[cell] += 1;
      });
      const quantiles = (cell, p) =>
        type7(n[cell], p, (i) => {
          let seen = 0;
          for (let b = 0; b < bins; b += 1) {
            seen += counts[cell * bins + b];
            if (seen > i) return scale.min + b / binsPerPoint;
          }
          return Number.NaN;
        });
      return { quantiles, structureBytes: counts.byteLength, kept: counts };
    },
  },
  sorted: {
    layout: 'every score kept, sorted per cell (exact reference)',
    open: () => ({}),
    compute(context, survey) {
      const cells = QUANTILE_CASE.groups * QUANTILE_CASE.competencies;
      const start = new Uint32Array(cells + 1);
      forEachScore(survey, (cell) => (start[cell + 1] += 1));
      for (let cell = 0; cell < cells; cell += 1) start[cell + 1] += start[cell];
      const scores = new Float64Array(start[cells]);
      const filled = start.slice(0, cells);
      forEachScore(survey, (cell, score) => (scores[filled[cell]++] = score));
      for (let cell = 0; cell < cells; cell += 1)
        scores.subarray(start[cell], start[cell + 1]).sort();
      const quantiles = (cell, p) =>
        type7(start[cell + 1] - start[cell], p, (i) => scores[start[cell] + i]);
      return { quantiles, structureBytes: start.byteLength + scores.byteLength, kept: scores };
    },
  },
};

function collectGarbage() {
  globalThis.gc();
  globalThis.gc();
}

// In the child: one contender, timed MAX_RUNS times after a warm-up; sends its quartiles back.
async function child(name) {
  const contender = contenders[name];
  const context = await contender.open();
  const survey = generate(QUANTILE_CASE);
  collectGarbage();
  const baselineRss = process.memoryUsage().rss;
  let result = contender.compute(context, survey);
  const times = [];
  for (let run = 0; run < MAX_RUNS; run += 1) {
    result = undefined;
    collectGarbage();
    const began = performance.now();
    result = contender.compute(context, survey);
    times.push(performance.now() - began);
  }
  const peakMB = (process.resourceUsage().maxRSS * 1024 - baselineRss) / MB;
  const cells = QUANTILE_CASE.groups * QUANTILE_CASE.competencies;
  const quartiles = new Float64Array(cells * PROBABILITIES.length);
  for (let cell = 0; cell < cells; cell += 1)
    PROBABILITIES.forEach(
      (p, i) => (quartiles[cell * PROBABILITIES.length + i] = result.quantiles(cell, p)),
    );
  times.sort((a, b) => a - b);
  return {
    name,
    layout: contender.layout,
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    runs: times.length,
    peakMB,
    structureMB: result.structureBytes / MB,
    quartiles,
  };
}

function runChild(name) {
  return new Promise((resolve, reject) => {
    const process_ = fork(fileURLToPath(import.meta.url), ['child', name], {
      execArgv: ['--expose-gc'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let message;
    process_.on('message', (received) => (message = received));
    process_.on('error', reject);
    process_.on('exit', (code) => {
      if (message?.error !== undefined) reject(new Error(`${name} failed:\n${message.error}`));
      else if (message === undefined)
        reject(new Error(`${name} exited (${code}) without a result`));
      else resolve(message);
    });
  });
}

const format = (value, digits = 1) => value.toFixed(digits);
const times = (ratio) => (ratio >= 10 ? `${ratio.toFixed(0)}×` : `${ratio.toFixed(2)}×`);

/** Runs every contender in its own process, checks their quartiles agree, prints one table. */
export async function quantileTable() {
  const { n, competencies, itemsPerCompetency, groups } = QUANTILE_CASE;
  console.log(
    `\nquantile memory: N = ${n.toLocaleString('en')} × ${competencies} competencies of ${itemsPerCompetency} items, ${groups.toLocaleString('en')} groups (${(groups * competencies).toLocaleString('en')} cells); quartiles of every cell`,
  );
  const rows = [];
  for (const name of quantileContenders) {
    process.stdout.write(`  ${name} …`);
    const row = await runChild(name);
    rows.push(row);
    console.log(` ${format(row.medianMs)} ms, peak ${format(row.peakMB)} MB`);
  }
  // Every contender must give the exact reference's quartiles (8 unit-weight items: exact).
  const reference = rows.find((row) => row.name === 'sorted');
  for (const row of rows.filter((other) => other.name !== 'capkit-no-quantiles')) {
    for (let i = 0; i < reference.quartiles.length; i += 1) {
      const a = reference.quartiles[i];
      const b = row.quartiles[i];
      if (!((Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-12)) {
        throw new Error(
          `${row.name} quartile ${i % 3} of cell ${Math.floor(i / 3)}: expected ${a}, got ${b}`,
        );
      }
    }
  }
  const capkit = rows.find((row) => row.name === 'capkit');
  const header = [
    'contender',
    'layout',
    'structure MB',
    'peak MB',
    'memory vs capkit',
    'median ms',
    'min ms',
    'runs',
    'time vs capkit',
  ];
  const lines = rows.map((row) => [
    row.name,
    row.layout,
    format(row.structureMB),
    format(row.peakMB),
    times(row.peakMB / capkit.peakMB),
    format(row.medianMs),
    format(row.minMs),
    String(row.runs),
    times(row.medianMs / capkit.medianMs),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8]);
  const render = (cells) =>
    `| ${cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  console.log('');
  console.log(render(header));
  console.log(
    `|${widths.map((width, column) => (numeric.has(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`,
  );
  for (const line of lines) console.log(render(line));
  console.log(`
verified: the quartiles of all ${(groups * competencies).toLocaleString('en')} cells agree with the sorted scores (exact, 1e-12).
structure MB: the bytes of the quantile structure (typed arrays). peak MB: process maxRSS − RSS
  after generating the survey (${format((n * competencies * itemsPerCompetency) / MB)} MB of ratings) and a full GC, in a process of its own.
memory vs capkit / time vs capkit: the contender's peak / median over capkit's (above 1 = more).
capkit's median includes all its other statistics (count, mean, SD, min, max); with 5,000 groups ×
  10 competencies × 576 codes its tally would pass 2²⁴ entries, so it runs the float kernel.`);
  return rows.map(({ quartiles, ...row }) => row);
}

if (process.argv[2] === 'child') {
  const name = process.argv[3];
  child(name).then(
    (message) => process.send(message, () => process.exit(0)),
    (error) => process.send({ name, error: String(error?.stack ?? error) }, () => process.exit(1)),
  );
}
