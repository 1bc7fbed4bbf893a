// Priority intervals at national scale: the Borich bootstrap by competency (40 paired items, 4 per
// competency, ~6% missing, respondents with a level of their own), B = 1,000 replicates, from
// 10,000 to 1,000,000 respondents, on one core in this process:
// - capkit little bootstraps: method 'bagOfLittleBootstraps' (s = 10 subsets of ⌈n^0.6⌉), the
//   whole call — validation, the per-item sums, the bottom-k sample and the replicates;
// - percentile bootstrap: method 'percentileBootstrap', every replicate resampling all n. Past
//   10,000 people it is timed on BENCH_BOOTSTRAP_FULL_REPLICATES (default 20) replicates and
//   scaled to 1,000 (its cost is linear in B after one pass that builds the contributions),
//   and the table says so.
// At 10,000 and 100,000 the two results are compared: the largest gap between their interval
// ends, as a share of the interval's width, and between their rank probabilities.
// Run by compare.mjs (`BENCH_TABLES=bootstrap pnpm bench`).
import { createRandom } from './surveyData.mjs';

const SIZES = (process.env.BENCH_BOOTSTRAP_N ?? '10000,100000,1000000').split(',').map(Number);
const ITEMS = 40;
const REPLICATES = 1000;
const FULL_REPLICATES = Number(process.env.BENCH_BOOTSTRAP_FULL_REPLICATES ?? 20);
const scale = { min: 1, max: 5 };
const competencyOfItem = Array.from({ length: ITEMS }, (_, j) => j % 10);

function survey(respondents, seed = 21) {
  const random = createRandom(seed);
  const importance = new Uint8Array(respondents * ITEMS);
  const performance = new Uint8Array(respondents * ITEMS);
  const rating = (x) => Math.max(1, Math.min(5, Math.round(x)));
  for (let r = 0; r < respondents; r += 1) {
    const level = random() * 2 - 1;
    for (let j = 0; j < ITEMS; j += 1) {
      const k = r * ITEMS + j;
      importance[k] =
        random() < 0.06 ? 255 : rating(3.6 + (j % 10) * 0.01 + level * 0.5 + random() * 2 - 1);
      performance[k] = random() < 0.06 ? 255 : rating(2.9 + level + random() * 2.4 - 1.2);
    }
  }
  return { respondents, items: ITEMS, importance, performance };
}

function timed(run, times) {
  const ms = [];
  let result;
  for (let t = 0; t < times; t += 1) {
    const start = performance.now();
    result = run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { result, min: ms[0], median: ms[ms.length >> 1] };
}

function agreement(full, little) {
  let ends = 0;
  let probabilities = 0;
  full.units.forEach((unit, u) => {
    const other = little.units[u];
    const width = unit.upper - unit.lower;
    ends = Math.max(ends, Math.abs(other.lower - unit.lower) / width);
    ends = Math.max(ends, Math.abs(other.upper - unit.upper) / width);
    probabilities = Math.max(
      probabilities,
      Math.abs(other.rankHoldsProbability - unit.rankHoldsProbability),
      Math.abs(other.topKProbability - unit.topKProbability),
    );
  });
  return { ends, probabilities };
}

export async function bootstrapTable() {
  const { bootstrapMeanWeightedDiscrepancy } = await import('../dist/tna.js');
  const options = { by: 'competency', competencyOfItem, replicates: REPLICATES, seed: 1 };
  const rows = [];
  for (const n of SIZES) {
    const data = survey(n);
    const little = timed(
      () =>
        bootstrapMeanWeightedDiscrepancy(data, scale, {
          ...options,
          method: 'bagOfLittleBootstraps',
        }),
      n >= 1_000_000 ? 3 : 5,
    );
    const exact = n <= 10_000;
    const fullReplicates = exact ? REPLICATES : FULL_REPLICATES;
    const full = timed(
      () =>
        bootstrapMeanWeightedDiscrepancy(data, scale, {
          ...options,
          replicates: fullReplicates,
          method: 'percentileBootstrap',
        }),
      exact ? 3 : 1,
    );
    const scaleTo = REPLICATES / fullReplicates;
    let compared = null;
    if (n <= 100_000) {
      const reference = exact
        ? full.result
        : bootstrapMeanWeightedDiscrepancy(data, scale, {
            ...options,
            method: 'percentileBootstrap',
          });
      compared = agreement(reference, little.result);
    }
    rows.push({
      n,
      subsetSize: little.result.littleBootstraps.subsetSize,
      little: { min: little.min, median: little.median },
      full: { min: full.min * scaleTo, median: full.median * scaleTo, scaledFrom: fullReplicates },
      compared,
    });
  }
  console.log(
    `\nPriority intervals, ${ITEMS} items (10 competencies), B = ${REPLICATES}, one core (ms; percentile bootstrap past 10,000 timed on ${FULL_REPLICATES} replicates × ${REPLICATES / FULL_REPLICATES})\n`,
  );
  console.log(
    '|         N |     b | little bootstraps median | min | percentile bootstrap median | min | percentile / little | worst interval end gap (share of width) | worst probability gap |',
  );
  console.log('| --------: | ----: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const scaled = row.full.scaledFrom === REPLICATES ? '' : ' (scaled)';
    console.log(
      `| ${row.n.toLocaleString('en').padStart(9)} | ${String(row.subsetSize).padStart(5)} | ${row.little.median.toFixed(0)} | ${row.little.min.toFixed(0)} | ${row.full.median.toFixed(0)}${scaled} | ${row.full.min.toFixed(0)} | ${(row.full.median / row.little.median).toFixed(0)}× | ${row.compared === null ? '—' : `${(row.compared.ends * 100).toFixed(1)} %`} | ${row.compared === null ? '—' : row.compared.probabilities.toFixed(3)} |`,
    );
  }
  return rows;
}
