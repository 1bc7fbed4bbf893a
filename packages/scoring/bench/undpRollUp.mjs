// undpRollUp at 1,000 to 16,000 questions: the built engine's one-pass roll-up against the
// group-then-average version it replaced (each push copied the group's array, so the work grew
// with the square of a group's questions). Same answers, checked before timing. Run by
// compare.mjs (`BENCH_TABLES=undp pnpm bench`), in this process: no memory is measured.
import { isDeepStrictEqual } from 'node:util';
import { createRandom } from './surveyData.mjs';

const SIZES = [1_000, 4_000, 16_000];
const pointsOfEntry = ['enablingEnvironment', 'organisation', 'individual'];
const coreIssues = ['institutionalArrangements', 'leadership', 'knowledge', 'accountability'];
const functionalCapacities = [
  'engageStakeholders',
  'assessAndEnvision',
  'formulatePolicyAndStrategy',
  'budgetManageAndImplement',
  'monitorAndEvaluate',
];

function assessment(questions, seed = 7) {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rating = () => (random() < 0.1 ? undefined : 1 + Math.floor(random() * 5));
  return {
    id: 'bench',
    round: 1,
    title: { en: 'Bench' },
    conductedOn: '2026-01-01',
    ratingRange: { min: 1, max: 5 },
    questions: Array.from({ length: questions }, (_, i) => {
      const desired = rating();
      const existing = rating();
      return {
        id: `q${i}`,
        cell: {
          pointOfEntry: pick(pointsOfEntry),
          coreIssue: pick(coreIssues),
          functionalCapacity: pick(functionalCapacities),
        },
        question: { en: `q${i}` },
        ...(desired === undefined ? {} : { desired }),
        ...(existing === undefined ? {} : { existing }),
      };
    }),
  };
}

// The roll-up before this release, verbatim in behaviour.
function quadraticRollUp({ questions }) {
  const key = (...parts) => parts.join('/');
  const mean = (values) =>
    values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  const average = (pairs) => ({
    n: pairs.length,
    desired: mean(pairs.flatMap((p) => (p.desired === undefined ? [] : [p.desired]))),
    existing: mean(pairs.flatMap((p) => (p.existing === undefined ? [] : [p.existing]))),
    gap: mean(
      pairs.flatMap((p) =>
        p.desired === undefined || p.existing === undefined ? [] : [p.desired - p.existing],
      ),
    ),
  });
  const meanOf = (values) => mean(values.filter((value) => typeof value === 'number'));
  const groupBy = (items, by) => {
    const groups = new Map();
    for (const item of items) groups.set(by(item), [...(groups.get(by(item)) ?? []), item]);
    return groups;
  };
  const mapValues = (groups, f) => new Map([...groups].map(([k, items]) => [k, f(items)]));
  const byCell = groupBy(questions, ({ cell }) =>
    key(cell.pointOfEntry, cell.coreIssue, cell.functionalCapacity),
  );
  const cells = mapValues(byCell, average);
  const crossSections = new Map(
    [...groupBy([...byCell.keys()], (k) => k.split('/').slice(0, 2).join('/'))].map(
      ([k, cellKeys]) => {
        const levels = cellKeys.map((cellKey) => cells.get(cellKey));
        return [
          k,
          {
            n: levels.length,
            desired: meanOf(levels.map((l) => l?.desired)),
            existing: meanOf(levels.map((l) => l?.existing)),
            gap: meanOf(levels.map((l) => l?.gap)),
          },
        ];
      },
    ),
  );
  return {
    cells,
    crossSections,
    byFunctionalCapacity: mapValues(
      groupBy(questions, ({ cell }) => cell.functionalCapacity),
      average,
    ),
    byCoreIssue: mapValues(
      groupBy(questions, ({ cell }) => cell.coreIssue),
      average,
    ),
    byPointOfEntry: mapValues(
      groupBy(questions, ({ cell }) => cell.pointOfEntry),
      average,
    ),
  };
}

function median(run, runs = 5) {
  run();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    run();
    times.push(performance.now() - began);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Times both roll-ups at each size after checking they agree; prints one table. */
export async function undpTable() {
  const { undpRollUp } = await import('../dist/undp.js');
  console.log('\nundpRollUp: questions spread over the 60 cells of the UNDP cube');
  const rows = [];
  for (const questions of SIZES) {
    const input = assessment(questions);
    const linear = undpRollUp(input);
    const reference = quadraticRollUp(input);
    for (const level of Object.keys(reference)) {
      if (!isDeepStrictEqual([...linear[level]], [...reference[level]]))
        throw new Error(`undpRollUp ${level} differs from the reference at ${questions} questions`);
    }
    rows.push({
      questions,
      capkitMs: median(() => undpRollUp(input)),
      quadraticMs: median(() => quadraticRollUp(input), 3),
    });
  }
  console.log('| questions | capkit ms | before (quadratic) ms | before vs capkit |');
  console.log('| --------: | --------: | --------------------: | ---------------: |');
  for (const row of rows) {
    console.log(
      `| ${row.questions.toLocaleString('en').padStart(9)} | ${row.capkitMs.toFixed(2).padStart(9)} | ${row.quadraticMs.toFixed(1).padStart(21)} | ${`${(row.quadraticMs / row.capkitMs).toFixed(0)}×`.padStart(16)} |`,
    );
  }
  console.log(
    'verified: the same cells, cross-sections and margins as the reference at every size.',
  );
  return rows;
}
