// The planner at 500 interventions × 10,000 people: recommendPlan exact (HiGHS on the grouped
// model) and greedy (lazy, with its certified bound) from the built package, against two naive
// implementations in the same run — the per-person model given to HiGHS with a time limit, and
// the same greedy rescanning every step. Run by compare.mjs (`BENCH_TABLES=plan pnpm bench`),
// in this process: no memory is measured.
//
// Data: the seeded sample ministry of 10,000 people (@capkit/model/sample), analysed with
// analyseTrainingNeeds; need groups by needsFromAnalysis (published unit tables only) down to
// BENCH_PLAN_DEPTH (default 1: the ministry and its departments; 2 adds their teams, 814 groups
// of mostly one to three people, close to a per-person model); a seeded
// catalogue of 500 interventions over the instrument's competencies.
import { generateSampleWorkspace } from '@capkit/model/sample';
import { createRandom } from './surveyData.mjs';

const PEOPLE = 10_000;
const INTERVENTIONS = 500;
const PER_PERSON_LIMIT_S = Number(process.env.BENCH_PLAN_PER_PERSON_S ?? 20);
const EXACT_LIMIT_S = Number(process.env.BENCH_PLAN_EXACT_S ?? 4.5);
const targets = { exactSeconds: 5, greedySeconds: 0.2 };

export function catalogue(competencyIds, seed = 11) {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  const month = (m) => `2027-${String(m).padStart(2, '0')}-01`;
  const interventions = [];
  for (let i = 0; i < INTERVENTIONS; i += 1) {
    const first = pick(competencyIds);
    const second = random() < 0.3 ? pick(competencyIds.filter((id) => id !== first)) : undefined;
    const targets = [first, ...(second === undefined ? [] : [second])].map((competencyId) => ({
      competencyId,
      expectedLevelGain: pick([0.5, 1, 1, 1.5, 2]),
    }));
    const earlier = interventions.filter((it) => it.targets[0].competencyId === first);
    const prerequisite = earlier.length > 0 && random() < 0.15 ? pick(earlier).id : undefined;
    const dated = random() < 0.2;
    const from = between(1, 12);
    interventions.push({
      id: `course-${i}`,
      targets,
      cost: { fixed: 100 * between(5, 50), perParticipant: 10 * between(5, 50) },
      seats: between(8, 30),
      maxRuns: between(1, 4),
      durationDays: between(1, 5),
      ...(prerequisite === undefined ? {} : { prerequisiteIds: [prerequisite] }),
      ...(dated ? { availableFrom: month(from), availableUntil: month(between(from, 12)) } : {}),
    });
  }
  // A few outside the plan's year, so the window is exercised.
  for (let i = 0; i < 10; i += 1) {
    interventions[i * 37].availableFrom = '2028-02-01';
    delete interventions[i * 37].availableUntil;
  }
  return interventions;
}

function timed(run, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    result = run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { result, min: times[0], median: times[Math.floor(runs / 2)] };
}

async function timedAsync(run, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    result = await run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { result, min: times[0], median: times[Math.floor(runs / 2)] };
}

// The pairs the model holds, computed here from the input (pathway gain and cost, availability
// by the plan's year and days): shared by the two naive contenders.
function pairsOf(input) {
  const byId = new Map(input.interventions.map((it) => [it.id, it]));
  const pathway = (it) => [
    ...(it.prerequisiteIds ?? []).flatMap((id) => pathway(byId.get(id))),
    it,
  ];
  const { window, maxDaysPerPerson } = input.constraints;
  const later = (a, b) => (a > b ? a : b);
  const sooner = (a, b) => (a < b ? a : b);
  const available = (it) => {
    const lastDay = sooner(it.availableUntil ?? window.to, window.to);
    const steps = pathway(it);
    return (
      steps.every((step) => {
        const start = later(step.availableFrom ?? window.from, window.from);
        return start <= sooner(step.availableUntil ?? window.to, window.to) && start <= lastDay;
      }) && steps.reduce((sum, step) => sum + step.durationDays, 0) <= maxDaysPerPerson
    );
  };
  const usable = input.interventions.filter(available);
  return input.needs.flatMap((need, g) =>
    usable
      .filter((it) => it.targets.some((t) => t.competencyId === need.competencyId))
      .map((it) => {
        const path = pathway(it);
        const gain = path.reduce(
          (sum, step) =>
            sum +
            step.targets
              .filter((t) => t.competencyId === need.competencyId)
              .reduce((s, t) => s + t.expectedLevelGain, 0),
          0,
        );
        return {
          g,
          path: path.map((step) => input.interventions.indexOf(step)),
          value: need.weight * Math.min(need.gap, gain),
          each: path.reduce((sum, step) => sum + step.cost.perParticipant, 0),
        };
      }),
  );
}

// The greedy's rule (see greedyPlan.ts) without the heap: every step scores every pair again.
function naiveGreedy(input, pairs) {
  const { interventions } = input;
  const runs = interventions.map(() => 0);
  const used = interventions.map(() => 0);
  const remaining = input.needs.map((need) => need.people);
  let left = input.constraints.budget;
  let objective = 0;
  for (;;) {
    let best = null;
    for (const pair of pairs) {
      let cap = remaining[pair.g];
      if (cap <= 0 || pair.value <= 0) continue;
      let fixed = 0;
      let open = true;
      for (const j of pair.path) {
        const free = runs[j] * interventions[j].seats - used[j];
        if (free > 0) cap = Math.min(cap, free);
        else if (runs[j] >= (interventions[j].maxRuns ?? 1)) open = false;
        else {
          cap = Math.min(cap, interventions[j].seats);
          fixed += interventions[j].cost.fixed;
        }
      }
      if (!open || fixed + pair.each > left) continue;
      const q = pair.each > 0 ? Math.min(cap, Math.floor((left - fixed) / pair.each)) : cap;
      if (q < 1) continue;
      const cost = fixed + q * pair.each;
      const key = cost > 0 ? (q * pair.value) / cost : Infinity;
      if (best === null || key > best.key) best = { pair, q, cost, key };
    }
    if (best === null) return objective;
    for (const j of best.pair.path) {
      if (runs[j] * interventions[j].seats - used[j] <= 0) runs[j] += 1;
      used[j] += best.q;
    }
    remaining[best.pair.g] -= best.q;
    left -= best.cost;
    objective += best.q * best.pair.value;
  }
}

// The per-person model: one binary per person × pathway, one row per person; HiGHS as is.
function perPersonLp(input, pairs) {
  const lines = ['Maximize', ' obj:'];
  const columns = [];
  const personRows = [];
  const seatTerms = input.interventions.map(() => []);
  const budgetTerms = [];
  let person = 0;
  const byNeed = new Map();
  for (const pair of pairs) byNeed.set(pair.g, [...(byNeed.get(pair.g) ?? []), pair]);
  input.needs.forEach((need, g) => {
    for (let k = 0; k < need.people; k += 1, person += 1) {
      const mine = [];
      for (const pair of byNeed.get(g) ?? []) {
        const name = `z${columns.length}`;
        columns.push(name);
        mine.push(name);
        lines.push(` + ${pair.value} ${name}`);
        budgetTerms.push(` + ${pair.each} ${name}`);
        for (const j of pair.path) seatTerms[j].push(` + ${name}`);
      }
      if (mine.length > 0) personRows.push(` p${person}: ${mine.join(' + ')} <= 1`);
    }
  });
  lines.push('Subject To', ' budget:');
  input.interventions.forEach((it, j) => {
    if (seatTerms[j].length > 0) budgetTerms.push(` + ${it.cost.fixed} y${j}`);
  });
  const append = (list) => {
    for (const line of list) lines.push(line);
  };
  append(budgetTerms);
  lines.push(` <= ${input.constraints.budget}`);
  append(personRows);
  input.interventions.forEach((it, j) => {
    if (seatTerms[j].length === 0) return;
    lines.push(` s${j}:`);
    append(seatTerms[j]);
    lines.push(` - ${it.seats} y${j} <= 0`);
  });
  lines.push('Bounds');
  input.interventions.forEach((it, j) => {
    if (seatTerms[j].length > 0) lines.push(` 0 <= y${j} <= ${it.maxRuns ?? 1}`);
  });
  lines.push('Binary');
  append(columns.map((name) => ` ${name}`));
  lines.push('General');
  input.interventions.forEach((_, j) => {
    if (seatTerms[j].length > 0) lines.push(` y${j}`);
  });
  lines.push('End', '');
  return { text: lines.join('\n'), variables: columns.length, people: person };
}

/** Builds the instance, times the four contenders and prints one table. */
export async function planTable() {
  const { analyseTrainingNeeds } = await import('../dist/tna.js');
  const { needsFromAnalysis, recommendPlan, loadHighs } = await import('../dist/plan.js');
  const depth = Number(process.env.BENCH_PLAN_DEPTH ?? 1);
  const workspace = generateSampleWorkspace({ people: PEOPLE, seed: 10 });
  const analysis = analyseTrainingNeeds(workspace, {
    campaignId: workspace.campaigns[0].id,
    perspective: 'self',
    bootstrap: { replicates: 20 },
  });
  const grouped = needsFromAnalysis(analysis, { units: workspace.units, unitDepth: depth });
  const input = {
    needs: grouped.needs,
    interventions: catalogue(analysis.groups.competencyIds),
    constraints: {
      budget: 800_000,
      window: { from: '2027-01-01', to: '2027-12-31' },
      maxDaysPerPerson: 8,
    },
    currency: 'EUR',
  };
  const peopleBelow = input.needs.reduce((sum, need) => sum + need.people, 0);
  const highs = await loadHighs();
  // The target is 5 s: HiGHS gets 4.5 s of search and returns its plan with its gap.
  const exact = await timedAsync(
    () => recommendPlan(input, { timeLimitSeconds: EXACT_LIMIT_S }),
    3,
  );
  const greedy = await timedAsync(() => recommendPlan(input, { method: 'greedy' }), 7);
  const pairs = pairsOf(input);
  if (pairs.length !== exact.result.model.pairs) {
    throw new Error(
      `the naive pairs (${pairs.length}) differ from the model's (${exact.result.model.pairs})`,
    );
  }
  const naive = timed(() => naiveGreedy(input, pairs), 3);
  const lp = perPersonLp(input, pairs);
  const perPerson = timed(() => {
    const model = highs.createModel();
    try {
      model.readModel({ format: 'lp', data: lp.text });
      model.options.set({ output_flag: false, time_limit: PER_PERSON_LIMIT_S });
      model.run();
      const solved = Number(model.info.get('primal_solution_status')) === 2;
      return {
        objective: solved ? model.getObjectiveValue() : null,
        bound: Number(model.info.get('mip_dual_bound')),
        gap: solved ? Number(model.info.get('mip_gap')) : null,
      };
    } finally {
      model.dispose();
    }
  }, 1);
  const rows = [
    {
      contender: `capkit exact (HiGHS, grouped, ${EXACT_LIMIT_S} s limit)`,
      model: `${exact.result.model.pairs} pairs`,
      objective: exact.result.objective,
      bound: exact.result.bound,
      gap: exact.result.gap,
      minMs: exact.min,
      medianMs: exact.median,
      ratio: 1,
    },
    {
      contender: `naive exact (HiGHS, per person, ${PER_PERSON_LIMIT_S} s limit)`,
      model: `${lp.variables} binaries`,
      objective: perPerson.result.objective,
      bound: perPerson.result.bound,
      gap: perPerson.result.gap,
      minMs: perPerson.min,
      medianMs: perPerson.median,
      ratio: perPerson.median / exact.median,
    },
    {
      contender: 'capkit greedy (lazy) + bound',
      model: `${greedy.result.model.pairs} pairs`,
      objective: greedy.result.objective,
      bound: greedy.result.bound,
      gap: greedy.result.gap,
      minMs: greedy.min,
      medianMs: greedy.median,
      ratio: 1,
    },
    {
      contender: 'naive greedy (rescans every step)',
      model: `${pairs.length} pairs`,
      objective: naive.result,
      bound: null,
      gap: null,
      minMs: naive.min,
      medianMs: naive.median,
      ratio: naive.median / greedy.median,
    },
  ];
  const fmt = (value, digits = 1) =>
    value === null ? '—' : Number.isFinite(value) ? value.toFixed(digits) : '∞';
  console.log(
    `\nPlanner: ${INTERVENTIONS} interventions × ${PEOPLE} people → ${input.needs.length} need groups (unit depth ≤ ${depth}) of ${peopleBelow} people below required; ` +
      `${exact.result.model.interventionsAvailable} interventions available; budget ${input.constraints.budget} EUR`,
  );
  console.log(
    '| contender | model | objective | bound | gap % | min ms | median ms | ratio (to capkit of its kind) |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    console.log(
      `| ${row.contender} | ${row.model} | ${fmt(row.objective, 2)} | ${fmt(row.bound, 2)} | ${row.gap === null ? '—' : (row.gap * 100).toFixed(3)} | ${fmt(row.minMs)} | ${fmt(row.medianMs)} | ${row.ratio.toFixed(2)} |`,
    );
  }
  const exactOk = exact.median / 1000 <= targets.exactSeconds;
  const greedyOk = greedy.median / 1000 <= targets.greedySeconds;
  console.log(
    `Targets: exact ≤ ${targets.exactSeconds} s: ${exactOk ? 'met' : 'MISSED'} (${fmt(exact.median / 1000, 2)} s, ${exact.result.status}, gap ${(exact.result.gap * 100).toFixed(3)} %); ` +
      `greedy ≤ ${targets.greedySeconds} s: ${greedyOk ? 'met' : 'MISSED'} (${fmt(greedy.median / 1000, 3)} s, within ${(greedy.result.gap * 100).toFixed(2)} % of its bound; ${((1 - greedy.result.objective / exact.result.objective) * 100).toFixed(2)} % below the exact plan).`,
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await planTable();
