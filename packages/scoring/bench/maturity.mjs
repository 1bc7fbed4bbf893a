// The maturity index's uncertainty analysis at 1,000 draws × 200 entities × 30 indicators (the
// issue's target: ≤ 1 s), against a naive implementation in the same run. A seeded framework:
// 200 entities, 30 indicators in 5 pillars of 6 (one lower-is-better per pillar, ~3% missing),
// weights 1–3. Each draw varies the weights (±30 %), the normalisation (min–max 1–100 or a
// z-score around 100), the index's and the first pillar's aggregation (arithmetic or geometric).
// - capkit: analyseUncertainty without sensitivity (1,000 runs), then with Sobol indices
//   (Saltelli's design: 1,000 base samples × (3 factors + 2) = 5,000 runs);
// - naive: the same 1,000 draws (read back from capkit's record) the way a spreadsheet port is
//   written: per draw, objects and Maps of entity → indicator → value, normalised from the raw
//   values again, aggregated pillar by pillar, ranked by sorting objects. It must give the same
//   ranks in every draw, or the bench fails.
// Run by compare.mjs (`BENCH_TABLES=maturity pnpm bench`), in this process.
import { createRandom } from './surveyData.mjs';

const ENTITIES = 200;
const INDICATORS = 30;
const PILLARS = 5;
const DRAWS = 1_000;
const RUNS = 5;

function framework(seed = 5) {
  const random = createRandom(seed);
  const indicators = Array.from({ length: INDICATORS }, (_, i) => ({
    id: `i${i}`,
    parentId: `p${i % PILLARS}`,
    direction: i < PILLARS ? 'lowerIsBetter' : 'higherIsBetter',
    weight: 1 + Math.floor(random() * 3),
  }));
  const values = [];
  for (let e = 0; e < ENTITIES; e += 1)
    for (let i = 0; i < INDICATORS; i += 1)
      if (random() > 0.03)
        values.push({ entityId: `e${e}`, indicatorId: `i${i}`, value: 10 + 90 * random() ** 2 });
  return {
    nodes: [
      { id: 'index' },
      ...Array.from({ length: PILLARS }, (_, p) => ({ id: `p${p}`, parentId: 'index' })),
    ],
    indicators,
    entities: Array.from({ length: ENTITIES }, (_, e) => ({ id: `e${e}` })),
    values,
  };
}

const normalisations = [
  { method: 'minMax', low: 1, high: 100 },
  { method: 'zScore', mean: 100, sd: 15 },
];
const alternatives = [{ method: 'arithmetic' }, { method: 'geometric' }];
const plan = (sensitivity) => ({
  samples: DRAWS,
  seed: 2026,
  weightNoise: 0.3,
  normalisations,
  aggregations: [
    { nodeId: 'index', alternatives },
    { nodeId: 'p0', alternatives },
  ],
  sensitivity,
});

// The spreadsheet port: every draw rebuilt from the raw records with objects and Maps.
function naiveDraws(input, draws) {
  const nodeIds = input.nodes.map((node) => node.id);
  const columns = input.indicators.length + nodeIds.length;
  const ranks = [];
  for (let run = 0; run < draws.runs; run += 1) {
    const table = new Map();
    for (const entity of input.entities) table.set(entity.id, new Map());
    for (const v of input.values) table.get(v.entityId).set(v.indicatorId, v.value);
    const weightOf = new Map();
    [...input.indicators.map((i) => i.id), ...nodeIds].forEach((id, c) =>
      weightOf.set(id, draws.weights[run * columns + c]),
    );
    const normalisation = normalisations[draws.normalisation[run]];
    const normalised = new Map();
    for (const indicator of input.indicators) {
      const sign = indicator.direction === 'higherIsBetter' ? 1 : -1;
      const present = [];
      for (const [id, row] of table)
        if (row.has(indicator.id)) present.push({ id, value: sign * row.get(indicator.id) });
      const min = Math.min(...present.map((p) => p.value));
      const max = Math.max(...present.map((p) => p.value));
      const mean = present.reduce((s, p) => s + p.value, 0) / present.length;
      const sd = Math.sqrt(
        present.reduce((s, p) => s + (p.value - mean) ** 2, 0) / (present.length - 1),
      );
      const column = new Map();
      for (const p of present)
        column.set(
          p.id,
          normalisation.method === 'minMax'
            ? ((p.value - min) / (max - min)) * (normalisation.high - normalisation.low) +
                normalisation.low
            : ((p.value - mean) / sd) * normalisation.sd + normalisation.mean,
        );
      normalised.set(indicator.id, column);
    }
    const aggregationOf = new Map([
      ['index', alternatives[draws.aggregation[run * 2]].method],
      ['p0', alternatives[draws.aggregation[run * 2 + 1]].method],
    ]);
    const mean = (entries, method) => {
      const present = entries.filter((entry) => entry.value !== undefined);
      if (present.length === 0) return undefined;
      const total = present.reduce((s, entry) => s + entry.weight, 0);
      return method === 'geometric'
        ? Math.exp(present.reduce((s, x) => s + x.weight * Math.log(x.value), 0) / total)
        : present.reduce((s, x) => s + x.weight * x.value, 0) / total;
    };
    const scores = input.entities.map((entity) => {
      const pillars = nodeIds.slice(1).map((pillar) => ({
        weight: weightOf.get(pillar),
        value: mean(
          input.indicators
            .filter((indicator) => indicator.parentId === pillar)
            .map((indicator) => ({
              weight: weightOf.get(indicator.id),
              value: normalised.get(indicator.id).get(entity.id),
            })),
          aggregationOf.get(pillar) ?? 'arithmetic',
        ),
      }));
      return { id: entity.id, score: mean(pillars, aggregationOf.get('index')) };
    });
    const sorted = [...scores].sort((a, b) => b.score - a.score);
    const rankOf = new Map();
    sorted.forEach((row, position) => {
      const previous = sorted[position - 1];
      rankOf.set(
        row.id,
        previous !== undefined && previous.score === row.score
          ? rankOf.get(previous.id)
          : position + 1,
      );
    });
    ranks.push(scores.map((row) => rankOf.get(row.id)));
  }
  return ranks;
}

function time(run, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    result = run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], min: times[0], result };
}

/** Times capkit (with and without Sobol) and the naive port; prints one table with ratios. */
export async function maturityTable() {
  const { analyseUncertainty } = await import('../dist/maturity.js');
  const input = framework();
  const options = { normalisation: normalisations[0] };
  console.log(
    `\nMaturity index uncertainty: ${DRAWS.toLocaleString('en')} draws × ${ENTITIES} entities × ${INDICATORS} indicators (weights ±30 %, 2 normalisations, 2 nodes' aggregation)`,
  );
  analyseUncertainty(input, options, plan(false)); // warm-up
  const capkit = time(() => analyseUncertainty(input, options, plan(false)), RUNS);
  const sobol = time(() => analyseUncertainty(input, options, plan(true)), 3);
  const naive = time(() => naiveDraws(input, capkit.result.draws), 3);
  const draws = capkit.result.draws;
  naive.result.forEach((ranks, run) => {
    ranks.forEach((rank, e) => {
      if (rank !== draws.ranks[run * ENTITIES + e])
        throw new Error(`naive disagrees with capkit in draw ${run}, entity ${e}`);
    });
  });
  console.log(`verified: naive gives capkit's ranks in all ${DRAWS} draws`);
  const rows = [
    {
      contender: 'capkit',
      runs: capkit.result.restsOn.runs,
      medianMs: capkit.median,
      minMs: capkit.min,
    },
    {
      contender: 'capkit + Sobol indices',
      runs: sobol.result.restsOn.runs,
      medianMs: sobol.median,
      minMs: sobol.min,
    },
    {
      contender: 'naive (objects and Maps per draw)',
      runs: DRAWS,
      medianMs: naive.median,
      minMs: naive.min,
    },
  ];
  const header = ['contender', 'model runs', 'median ms', 'min ms', 'vs capkit'];
  const lines = rows.map((row) => [
    row.contender,
    row.runs.toLocaleString('en'),
    row.medianMs.toFixed(1),
    row.minMs.toFixed(1),
    `${(row.medianMs / capkit.median).toFixed(2)}×`,
  ]);
  const widths = header.map((title, c) =>
    Math.max(title.length, ...lines.map((line) => line[c].length)),
  );
  const render = (cells) =>
    `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(render(header));
  console.log(
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const line of lines) console.log(render(line));
  const met = capkit.median <= 1000;
  console.log(
    `\ntarget: ${met ? 'MET    ' : 'NOT MET'}  ${DRAWS.toLocaleString('en')} draws ≤ 1 s: ${capkit.median.toFixed(1)} ms median (${capkit.min.toFixed(1)} min); with Sobol indices (${sobol.result.restsOn.runs.toLocaleString('en')} runs) ${sobol.median.toFixed(1)} ms`,
  );
  return rows;
}
