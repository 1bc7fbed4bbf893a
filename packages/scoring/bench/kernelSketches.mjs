// Not part of `pnpm bench`: sketches of faster kernels for aggregateByGroup, timed against the
// engine and the floor on the same data, each checked against the engine's answer. Evidence for
// optimising src/aggregateByGroup.ts; run with `node bench/kernelSketches.mjs [N]` after a build.
import { compileScoringConfig, aggregateByGroup } from '../dist/index.js';
import { capkit } from './contenders/capkit.mjs';
import {
  COMPETENCIES,
  UNITS,
  firstDifference,
  generateMatrix,
  generatedSurvey,
  scoringConfig,
} from './surveyData.mjs';

const n = Number(process.argv[2] ?? 1_000_000);
const config = compileScoringConfig(scoringConfig);
const survey = generatedSurvey(n);
const { matrix, unitOf, roleOf } = generateMatrix(survey);
const { levels } = survey;

// Item offsets grouped by competency, and the unit-weight value of each byte of each item:
// the rating (reversed where reverse-coded), -1 for missing, -2 off the scale.
function itemLayout(compiled) {
  const order = [];
  const start = new Uint16Array(compiled.competencies + 1);
  for (let c = 0; c < compiled.competencies; c += 1) {
    start[c] = order.length;
    for (let j = 0; j < compiled.items; j += 1)
      if (compiled.competencyOfItem[j] === c) order.push(j);
  }
  start[compiled.competencies] = order.length;
  const byteValue = new Int8Array(compiled.items * 256);
  for (let i = 0; i < byteValue.length; i += 1) {
    const v = compiled.valueTable[i];
    byteValue[i] = Number.isNaN(v) ? -1 : v === Number.NEGATIVE_INFINITY ? -2 : v;
  }
  return { order: Uint16Array.from(order), start, byteValue };
}

/** The engine's kernel with the per-row fill() calls, class and Welford division taken out. */
function sums(m, compiled, groupOf, groups, roleOfRespondent, requiredLevel) {
  const C = compiled.competencies;
  const cells = groups * C;
  const count = new Float64Array(cells);
  const sum = new Float64Array(cells);
  const gapSum = new Float64Array(cells);
  const gapCount = new Float64Array(cells);
  const below = new Float64Array(cells);
  const { order, start, byteValue } = itemLayout(compiled);
  const { minAnswered } = compiled;
  const { ratings, items } = m;
  for (let r = 0; r < m.respondents; r += 1) {
    const base = r * items;
    const cellBase = groupOf[r] * C;
    const roleBase = roleOfRespondent[r] * C;
    for (let c = 0; c < C; c += 1) {
      let s = 0;
      let k = 0;
      for (let i = start[c]; i < start[c + 1]; i += 1) {
        const j = order[i];
        const v = byteValue[(j << 8) | ratings[base + j]];
        if (v >= 0) {
          s += v;
          k += 1;
        } else if (v === -2) throw new RangeError(`off-scale byte at row ${r}, item ${j}`);
      }
      if (k < minAnswered[c]) continue;
      const score = s / k;
      const cell = cellBase + c;
      count[cell] += 1;
      sum[cell] += score;
      const level = requiredLevel[roleBase + c];
      if (level === level) {
        gapCount[cell] += 1;
        if (score < level) {
          gapSum[cell] += level - score;
          below[cell] += 1;
        }
      }
    }
  }
  const mean = sum.map((total, cell) => total / count[cell]);
  return { count, mean, gapSum, gapCount, below };
}

/**
 * Unit weights make a score one of few values, s / k (k answered items, s their integer sum),
 * so the hot loop only tallies (k, s) per group × role × competency; every statistic (mean, M2,
 * min, max, gap, below, exact histograms) is read from the tallies at the end.
 */
function tally(m, compiled, groupOf, groups, roleOfRespondent, requiredLevel) {
  const C = compiled.competencies;
  const roles = requiredLevel.length / C;
  const { order, start, byteValue } = itemLayout(compiled);
  const maxItems = Math.max(...compiled.itemsPerCompetency);
  const maxSum = maxItems * compiled.config.scale.max;
  const codes = (maxItems + 1) * (maxSum + 1);
  const counts = new Uint32Array(groups * roles * C * codes);
  const { minAnswered } = compiled;
  const { ratings, items } = m;
  for (let r = 0; r < m.respondents; r += 1) {
    const base = r * items;
    const slot = (groupOf[r] * roles + roleOfRespondent[r]) * C;
    for (let c = 0; c < C; c += 1) {
      let s = 0;
      let k = 0;
      for (let i = start[c]; i < start[c + 1]; i += 1) {
        const j = order[i];
        const v = byteValue[(j << 8) | ratings[base + j]];
        if (v >= 0) {
          s += v;
          k += 1;
        } else if (v === -2) throw new RangeError(`off-scale byte at row ${r}, item ${j}`);
      }
      if (k >= minAnswered[c]) counts[(slot + c) * codes + k * (maxSum + 1) + s] += 1;
    }
  }
  const cells = groups * C;
  const count = new Float64Array(cells);
  const sum = new Float64Array(cells);
  const gapSum = new Float64Array(cells);
  const gapCount = new Float64Array(cells);
  const below = new Float64Array(cells);
  for (let g = 0; g < groups; g += 1) {
    for (let role = 0; role < roles; role += 1) {
      for (let c = 0; c < C; c += 1) {
        const cell = g * C + c;
        const level = requiredLevel[role * C + c];
        const offset = ((g * roles + role) * C + c) * codes;
        for (let k = 1; k <= maxItems; k += 1) {
          for (let s = 0; s <= maxSum; s += 1) {
            const times = counts[offset + k * (maxSum + 1) + s];
            if (times === 0) continue;
            const score = s / k;
            count[cell] += times;
            sum[cell] += times * score;
            if (level === level) {
              gapCount[cell] += times;
              if (score < level) {
                gapSum[cell] += times * (level - score);
                below[cell] += times;
              }
            }
          }
        }
      }
    }
  }
  const mean = sum.map((total, cell) => total / count[cell]);
  return { count, mean, gapSum, gapCount, below };
}

/**
 * `tally` without branches in the item loop: one lookup per item in a table whose entry packs
 * answered × 32 + value (0 for missing, 4096 off the scale), so a competency's 4 entries add up
 * to its tally code k × 32 + s directly; off-scale bytes are caught once per competency.
 */
function packedTally(m, compiled, groupOf, groups, roleOfRespondent, requiredLevel) {
  const C = compiled.competencies;
  const roles = requiredLevel.length / C;
  const { order, start, byteValue } = itemLayout(compiled);
  const maxItems = Math.max(...compiled.itemsPerCompetency);
  const OFF = 4096;
  const packed = new Uint16Array(byteValue.length);
  for (let i = 0; i < packed.length; i += 1) {
    packed[i] = byteValue[i] === -1 ? 0 : byteValue[i] === -2 ? OFF : 32 + byteValue[i];
  }
  const codes = (maxItems + 1) * 32;
  const counts = new Uint32Array(groups * roles * C * codes);
  const { minAnswered } = compiled;
  const { ratings, items } = m;
  for (let r = 0; r < m.respondents; r += 1) {
    const base = r * items;
    const slot = (groupOf[r] * roles + roleOfRespondent[r]) * C;
    for (let c = 0; c < C; c += 1) {
      let code = 0;
      for (let i = start[c]; i < start[c + 1]; i += 1) {
        const j = order[i];
        code += packed[(j << 8) | ratings[base + j]];
      }
      if (code >= OFF) throw new RangeError(`off-scale byte in row ${r}`);
      if (code >> 5 >= minAnswered[c]) counts[(slot + c) * codes + code] += 1;
    }
  }
  const cells = groups * C;
  const count = new Float64Array(cells);
  const sum = new Float64Array(cells);
  const gapSum = new Float64Array(cells);
  const gapCount = new Float64Array(cells);
  const below = new Float64Array(cells);
  for (let g = 0; g < groups; g += 1) {
    for (let role = 0; role < roles; role += 1) {
      for (let c = 0; c < C; c += 1) {
        const cell = g * C + c;
        const level = requiredLevel[role * C + c];
        const offset = ((g * roles + role) * C + c) * codes;
        for (let code = 32; code < codes; code += 1) {
          const times = counts[offset + code];
          if (times === 0) continue;
          const score = (code & 31) / (code >> 5);
          count[cell] += times;
          sum[cell] += times * score;
          if (level === level) {
            gapCount[cell] += times;
            if (score < level) {
              gapSum[cell] += times * (level - score);
              below[cell] += times;
            }
          }
        }
      }
    }
  }
  const mean = sum.map((total, cell) => total / count[cell]);
  return { count, mean, gapSum, gapCount, below };
}

/**
 * `packedTally` with the item loop unrolled for this config by code generation (item offsets
 * become constants), as arquero does for its expressions. Where `new Function` is barred (a
 * page with a strict Content-Security-Policy) the engine would fall back to the generic loop.
 */
function compileUnrolledTally(compiled, roles) {
  const { order, start, byteValue } = itemLayout(compiled);
  const C = compiled.competencies;
  const OFF = 4096;
  const packed = new Uint16Array(byteValue.length);
  for (let i = 0; i < packed.length; i += 1) {
    packed[i] = byteValue[i] === -1 ? 0 : byteValue[i] === -2 ? OFF : 32 + byteValue[i];
  }
  const maxItems = Math.max(...compiled.itemsPerCompetency);
  const codes = (maxItems + 1) * 32;
  const lines = [];
  for (let c = 0; c < C; c += 1) {
    const terms = [];
    for (let i = start[c]; i < start[c + 1]; i += 1)
      terms.push(`packed[${order[i] << 8} | ratings[base + ${order[i]}]]`);
    lines.push(`code = ${terms.join(' + ')};`);
    lines.push(`if (code >= ${OFF}) throw new RangeError('off-scale byte in row ' + r);`);
    lines.push(
      `if (code >= ${compiled.minAnswered[c] * 32}) counts[(slot + ${c}) * ${codes} + code] += 1;`,
    );
  }
  const loop = new Function(
    'ratings',
    'items',
    'respondents',
    'groupOf',
    'roleOf',
    'packed',
    'counts',
    `for (let r = 0; r < respondents; r += 1) {
      const base = r * items;
      const slot = (groupOf[r] * ${roles} + roleOf[r]) * ${C};
      let code = 0;
      ${lines.join('\n      ')}
    }`,
  );
  return { loop, packed, codes };
}

function unrolledTally(m, compiled, groupOf, groups, roleOfRespondent, requiredLevel, kernel) {
  const C = compiled.competencies;
  const roles = requiredLevel.length / C;
  const { loop, packed, codes } = kernel;
  const counts = new Uint32Array(groups * roles * C * codes);
  loop(m.ratings, m.items, m.respondents, groupOf, roleOfRespondent, packed, counts);
  const cells = groups * C;
  const count = new Float64Array(cells);
  const sum = new Float64Array(cells);
  const gapSum = new Float64Array(cells);
  const gapCount = new Float64Array(cells);
  const below = new Float64Array(cells);
  for (let g = 0; g < groups; g += 1) {
    for (let role = 0; role < roles; role += 1) {
      for (let c = 0; c < C; c += 1) {
        const cell = g * C + c;
        const level = requiredLevel[role * C + c];
        const offset = ((g * roles + role) * C + c) * codes;
        for (let code = 32; code < codes; code += 1) {
          const times = counts[offset + code];
          if (times === 0) continue;
          const score = (code & 31) / (code >> 5);
          count[cell] += times;
          sum[cell] += times * score;
          if (level === level) {
            gapCount[cell] += times;
            if (score < level) {
              gapSum[cell] += times * (level - score);
              below[cell] += times;
            }
          }
        }
      }
    }
  }
  const mean = sum.map((total, cell) => total / count[cell]);
  return { count, mean, gapSum, gapCount, below };
}

function floor(ratings) {
  let total = 0;
  for (let i = 0; i < ratings.length; i += 1) total += ratings[i];
  return total;
}

const unrolledKernel = compileUnrolledTally(config, levels.length / COMPETENCIES);
const engine = () =>
  aggregateByGroup(
    matrix,
    config,
    { groupOf: unitOf, groups: UNITS },
    { required: { roleOf, levels } },
  );
const contenders = {
  engine,
  sums: () => sums(matrix, config, unitOf, UNITS, roleOf, levels),
  tally: () => tally(matrix, config, unitOf, UNITS, roleOf, levels),
  packedTally: () => packedTally(matrix, config, unitOf, UNITS, roleOf, levels),
  unrolledTally: () => unrolledTally(matrix, config, unitOf, UNITS, roleOf, levels, unrolledKernel),
  floor: () => floor(matrix.ratings),
};
const expected = capkit.toAggregates(engine());
for (const name of ['sums', 'tally', 'packedTally', 'unrolledTally']) {
  const difference = firstDifference(expected, capkit.toAggregates(contenders[name]()));
  if (difference !== null) throw new Error(`${name} disagrees with the engine: ${difference}`);
}
const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
// Interleaved rounds, so that load from other users of the machine hits every kernel alike.
for (let round = 0; round < 7; round += 1) {
  for (const [name, run] of Object.entries(contenders)) {
    const t0 = performance.now();
    run();
    times[name].push(performance.now() - t0);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const floorMedian = median(times.floor);
console.log(
  `N = ${n} × ${COMPETENCIES * 4} items, 7 interleaved rounds (first is warm-up-inclusive)`,
);
for (const [name, values] of Object.entries(times)) {
  const m = median(values);
  console.log(
    `${name.padEnd(14)} median ${m.toFixed(1).padStart(7)} ms  min ${Math.min(...values)
      .toFixed(1)
      .padStart(7)} ms  ${(m / floorMedian).toFixed(1)}× floor`,
  );
}
