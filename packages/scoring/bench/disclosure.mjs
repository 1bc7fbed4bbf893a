// The publication step from 10,000 to 1,000,000 people: what protecting every table together
// costs. A seeded ministry (units in a hierarchy that grows with the people, 8 roles whose
// sizes are uneven, 10 competencies of one item each, ~5% missing) is aggregated once per size;
// the bench then times, on the same partials:
// - capkit: summarisePublication of the organisation, unit and role tables (the default set),
//   every figure on its own denominator, complementary suppression across the tables;
// - one table at a time: summariseGroups on the rolled units and on the roles apart — the
//   pre-0.1 way, which the tests show can be undone by differencing (shown for its cost only);
// - floor: primary suppression alone (count < k), no differencing check.
// Run by compare.mjs (`BENCH_TABLES=disclosure pnpm bench`), in this process.
import { createRandom } from './surveyData.mjs';

const SIZES = [10_000, 100_000, 1_000_000];
const ROLES = 8;
const COMPETENCIES = 10;

function ministry(people, seed = 11) {
  const random = createRandom(seed);
  // About one unit per 20 people, in a tree of departments → divisions → teams.
  const units = Math.max(3, Math.round(people / 20));
  const parentOf = Int32Array.from({ length: units }, (_, u) =>
    u === 0 ? -1 : Math.floor(random() * Math.min(u, 1 + u / 8)),
  );
  const ratings = new Uint8Array(people * COMPETENCIES).fill(255);
  const groupOf = new Uint32Array(people);
  const roleOf = new Uint8Array(people);
  for (let p = 0; p < people; p += 1) {
    groupOf[p] = Math.floor(random() * units);
    // Uneven roles: role r is about twice as common as role r + 1.
    let role = 0;
    while (role < ROLES - 1 && random() < 0.5) role += 1;
    roleOf[p] = role;
    for (let c = 0; c < COMPETENCIES; c += 1)
      if (random() > 0.05) ratings[p * COMPETENCIES + c] = 1 + Math.floor(random() * 5);
  }
  const levels = Float64Array.from({ length: ROLES * COMPETENCIES }, (_, i) =>
    i % 3 === 0 ? Number.NaN : 1 + (i % 5),
  );
  return { people, units, parentOf, ratings, groupOf, roleOf, levels };
}

function time(run, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], min: times[0] };
}

/** Times the three at each size; prints one table with ratios to capkit. */
export async function disclosureTable() {
  const scoring = await import('../dist/index.js');
  const config = scoring.compileScoringConfig({
    scale: { min: 1, max: 5 },
    competencies: Array.from({ length: COMPETENCIES }, (_, c) => `c${c}`),
    items: Array.from({ length: COMPETENCIES }, (_, c) => ({ id: `i${c}`, competency: `c${c}` })),
  });
  console.log(
    '\nPublication step: organisation, units (about 20 people each, in a hierarchy) and 8 roles, 10 competencies, k = 5',
  );
  const rows = [];
  for (const n of SIZES) {
    const m = ministry(n);
    const matrix = { respondents: n, items: COMPETENCIES, ratings: m.ratings };
    const units = { groupOf: m.groupOf, groups: m.units, parentOf: m.parentOf };
    const roles = { roleOf: m.roleOf, levels: m.levels };
    const partials = scoring.aggregatePublication(matrix, config, { units, roles });
    const byUnit = scoring.rollUpHierarchy(
      scoring.aggregateByGroup(matrix, config, units, { required: roles }),
      m.parentOf,
    );
    const byRole = scoring.aggregateByGroup(
      matrix,
      config,
      { groupOf: m.roleOf, groups: ROLES },
      { required: roles },
    );
    const runs = n >= 1_000_000 ? 3 : 5;
    const capkit = time(() => scoring.summarisePublication(partials), runs);
    const apart = time(() => {
      scoring.summariseGroups(byUnit);
      scoring.summariseGroups(byRole);
    }, runs);
    const floor = time(() => {
      let withheld = 0;
      for (const count of byUnit.count) if (count > 0 && count < 5) withheld += 1;
      for (const count of byRole.count) if (count > 0 && count < 5) withheld += 1;
      return withheld;
    }, runs);
    const published = scoring.summarisePublication(partials);
    const withheld = (published.units?.cells ?? []).filter((c) => c.status === 'suppressed').length;
    rows.push({ n, units: m.units, capkit, apart, floor, withheld });
  }
  console.log(
    '|         N | units | contender          | median ms | min ms | vs capkit | unit cells withheld |',
  );
  console.log(
    '| --------: | ----: | ------------------ | --------: | -----: | --------: | ------------------: |',
  );
  for (const row of rows) {
    for (const [name, t] of [
      ['capkit (together)', row.capkit],
      ['one table at a time', row.apart],
      ['floor (primary)', row.floor],
    ]) {
      console.log(
        `| ${row.n.toLocaleString('en').padStart(9)} | ${String(row.units).padStart(5)} | ${name.padEnd(18)} | ${t.median.toFixed(1).padStart(9)} | ${t.min.toFixed(1).padStart(6)} | ${(t.median / row.capkit.median).toFixed(2).padStart(8)}× | ${name.startsWith('capkit') ? String(row.withheld).padStart(19) : ''.padStart(19)} |`,
      );
    }
  }
  return rows.map((row) => ({
    n: row.n,
    units: row.units,
    capkitMs: row.capkit.median,
    oneTableAtATimeMs: row.apart.median,
    floorMs: row.floor.median,
    unitCellsWithheld: row.withheld,
  }));
}
