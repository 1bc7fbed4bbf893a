import { provenanceWithHash, type Provenance } from '../provenance.js';
import { frameworkHash } from './inputHash.js';
import { createRandom } from '../random.js';
import { CapkitScoringError } from '../scoringError.js';
import { aggregateAll, aggregationScratch, markComplete } from './aggregate.js';
import { buildCompiledIndex, checkCopeland } from './buildIndex.js';
import { compileMaturityInput, type Aggregation, type MaturityInput } from './maturityInput.js';
import { resolveMaturityOptions, type MaturityOptions } from './maturityOptions.js';
import type { Normalisation } from './normalise.js';
import { normalisedColumns, prepareValues, resolvedAvailability } from './prepareColumns.js';
import { quantileOfSorted } from '../stats/quantile.js';
import { ranksInto } from './ranks.js';
import { saltelliDesign, sobolIndices, type SobolIndices } from './sobol.js';
import {
  parseUncertaintyPlan,
  uncertaintyLimits,
  type UncertaintyPlan,
} from './uncertaintyPlan.js';
import { localWeights, normaliseWeightsInto } from './weights.js';

/** One entity's rank under uncertainty. */
export interface EntityRankInterval {
  readonly id: string;
  /** Rank under the nominal choices (unscored entities rank behind all scored ones). */
  readonly nominalRank: number;
  readonly medianRank: number;
  /** 5th and 95th percentiles of the rank (type 7 quantiles). */
  readonly lowerRank: number;
  readonly upperRank: number;
  /** Runs in which this entity had no root score (ranked behind all scored ones there). */
  readonly unscoredRuns: number;
  /** Sobol indices of this entity's rank, per factor (null without sensitivity). */
  readonly sensitivity: SobolIndices | null;
}

/**
 * Every run's parameters, in columns (one entry per run, run r's weights at
 * `weights[r * columns …]`): what was actually varied, to be read back or replayed.
 */
export interface UncertaintyDraws {
  readonly runs: number;
  /** Which base sample each run belongs to. */
  readonly sample: Int32Array;
  /** 0 = matrix A, 1 = B, 2 + i = AB_i (A with factor i from B); all 0 without sensitivity. */
  readonly design: Int16Array;
  /** Index into `normalisations` of each run. */
  readonly normalisation: Uint8Array;
  /** Per run and listed node (run-major), index into that node's alternatives. */
  readonly aggregation: Uint8Array;
  /** 1 where imputation (treatment) was on. */
  readonly imputation: Uint8Array;
  readonly treatment: Uint8Array;
  /**
   * Per run (run-major over `weightColumns`: indicators, then nodes), the weights normalised per
   * node; empty when the weights are not varied (every run then has the nominal ones).
   */
  readonly weights: Float64Array;
  /** Per run (run-major over entities), the rank of each entity. */
  readonly ranks: Uint16Array;
  /** Per run, the mean absolute rank shift from the nominal ranks. */
  readonly meanAbsoluteRankShift: Float64Array;
}

/** The uncertainty and sensitivity analysis of an index. */
export interface UncertaintyResult {
  readonly entities: readonly EntityRankInterval[];
  /** The factors, in the order of every index array: `weights`, `normalisation`, `aggregation:<id>`, `imputation`, `treatment`. */
  readonly factors: readonly string[];
  /** The normalisations drawn from (the nominal one alone if not varied). */
  readonly normalisations: readonly Normalisation[];
  /** The nodes whose aggregation was varied, and their alternatives. */
  readonly aggregations: readonly {
    readonly nodeId: string;
    readonly alternatives: readonly Aggregation[];
  }[];
  /** Ids of the columns of `draws.weights`: the indicators, then the nodes. */
  readonly weightColumns: readonly string[];
  /** Sobol indices of the mean absolute rank shift (null without sensitivity). */
  readonly sensitivity: SobolIndices | null;
  /** The factor with the largest total index of the mean absolute rank shift: the choice that moves ranks most. */
  readonly mostInfluential: string | null;
  readonly draws: UncertaintyDraws;
  readonly restsOn: {
    readonly samples: number;
    readonly runs: number;
    /** Runs the rank intervals rest on (A and B with sensitivity, else all). */
    readonly intervalRuns: number;
    readonly entities: number;
  };
  readonly provenance: Provenance;
}

interface Factor {
  readonly name: string;
  readonly first: number;
  readonly width: number;
}

/**
 * Monte Carlo uncertainty and variance-based sensitivity analysis of an index's ranks (Saisana,
 * Saltelli & Tarantola 2005, J. R. Stat. Soc. A 168(2); COINr's `get_sensitivity`). Every run
 * draws the weights (uniform noise around the nominal ones, renormalised per node), the
 * normalisation, each listed node's aggregation, and imputation and treatment on or off, then
 * rebuilds the index and ranks the entities. Returns each entity's nominal rank, median and
 * 5–95 % interval, and with `sensitivity` the Sobol first-order and total indices (Saltelli 2010
 * design, Jansen's total-effect estimator; see `sobolIndices`) of the mean absolute rank shift
 * (as COINr) and of each entity's rank.
 *
 * Everything that does not change between runs is computed once: the normalised indicator
 * columns of each (imputation, treatment, normalisation) combination; each run then only
 * aggregates and ranks, in typed arrays allocated once.
 *
 * @throws {CapkitScoringError} naming the first bad value of input, options or plan, or a run
 *   whose choices cannot apply (a geometric mean meeting a 0, with the run's number).
 */
export function analyseUncertainty(
  input: MaturityInput,
  options: MaturityOptions,
  plan: UncertaintyPlan,
): UncertaintyResult {
  const framework = compileMaturityInput(input);
  const nominal = resolveMaturityOptions(options);
  const settings = parseUncertaintyPlan(plan);
  const E = framework.entityIds.length;
  const I = framework.indicatorIds.length;
  const N = framework.nodeIds.length;
  const C = I + N;

  const nodeIndex = new Map(framework.nodeIds.map((id, n) => [id, n]));
  const varied = (settings.aggregations ?? []).map((entry, k) => {
    const n = nodeIndex.get(entry.nodeId);
    if (n === undefined)
      throw new CapkitScoringError(
        `plan.aggregations[${k}].nodeId`,
        `"${entry.nodeId}" is not a node`,
      );
    return { n, nodeId: entry.nodeId, alternatives: entry.alternatives };
  });
  if (new Set(varied.map((v) => v.n)).size !== varied.length)
    throw new CapkitScoringError('plan.aggregations', 'a node is listed twice');
  if (settings.imputation === true && nominal.imputation === 'none')
    throw new CapkitScoringError(
      'plan.imputation',
      'the nominal imputation is none, so there is nothing to switch on: choose a method in options.imputation',
    );
  const normalisations = settings.normalisations ?? [nominal.normalisation];
  const treatmentRule = nominal.treatment === false ? {} : nominal.treatment;

  const factors: Factor[] = [];
  let columns = 0;
  const addFactor = (name: string, width: number) => {
    factors.push({ name, first: columns, width });
    columns += width;
  };
  if (settings.weightNoise !== undefined) addFactor('weights', C);
  if (normalisations.length > 1) addFactor('normalisation', 1);
  for (const v of varied) addFactor(`aggregation:${v.nodeId}`, 1);
  if (settings.imputation === true) addFactor('imputation', 1);
  if (settings.treatment === true) addFactor('treatment', 1);
  if (factors.length === 0)
    throw new CapkitScoringError(
      'plan',
      'nothing is varied: give weightNoise, normalisations, aggregations, imputation or treatment',
    );
  const d = factors.length;
  const sensitivity = settings.sensitivity ?? true;
  const samples = settings.samples;
  const stride = sensitivity ? d + 2 : 1;
  const runs = samples * stride;
  if (runs * E > uncertaintyLimits.maxRankCells)
    throw new CapkitScoringError(
      'plan.samples',
      `${runs} runs × ${E} entities pass the limit of ${uncertaintyLimits.maxRankCells} ranks kept`,
    );
  checkCopeland(framework, framework.aggregation);
  for (const v of varied) {
    const all = [...framework.aggregation];
    for (const alternative of v.alternatives) all[v.n] = alternative;
    checkCopeland(framework, all);
  }

  // Column matrices per (imputation on/off, treatment on/off, normalisation), built once.
  const imputationStates =
    settings.imputation === true ? [true, false] : [nominal.imputation !== 'none'];
  const treatmentStates =
    settings.treatment === true ? [true, false] : [nominal.treatment !== false];
  const matrices: Float64Array[] = [];
  for (const imputed of imputationStates)
    for (const treated of treatmentStates) {
      const prepared = prepareValues(
        framework,
        imputed ? nominal.imputation : 'none',
        treated ? treatmentRule : false,
      );
      for (const normalisation of normalisations)
        matrices.push(normalisedColumns(framework, prepared.values, normalisation));
    }
  const K = normalisations.length;
  const rootViews = matrices.map((m) =>
    m.subarray((I + framework.root) * E, (I + framework.root + 1) * E),
  );

  const nominalIndex = buildCompiledIndex(framework, nominal);
  const nominalScores = Float64Array.from(
    nominalIndex.entities,
    (entity) => entity.score ?? Number.NaN,
  );
  const nominalRanks = new Float64Array(E);
  const sortScratch = new Float64Array(E);
  ranksInto(nominalScores, nominalRanks, sortScratch);

  const baseWeights =
    nominal.weighting === 'equal'
      ? new Float64Array(C).fill(1)
      : Float64Array.from(framework.weight);
  const availability = resolvedAvailability(framework, nominal.minAvailability);
  const scratch = aggregationScratch(E, C);
  // Which indicator columns of each matrix have no gap: fixed, so marked once, copied per run.
  const completeByMatrix = matrices.map((m) => {
    markComplete(m, framework, scratch);
    return scratch.complete.slice(0, I);
  });
  const aggregations: Aggregation[] = [...framework.aggregation];
  const noisy = new Float64Array(C);
  const rankRow = new Float64Array(E);

  const draws: UncertaintyDraws = {
    runs,
    sample: new Int32Array(runs),
    design: new Int16Array(runs),
    normalisation: new Uint8Array(runs),
    aggregation: new Uint8Array(runs * varied.length),
    imputation: new Uint8Array(runs),
    treatment: new Uint8Array(runs),
    weights: new Float64Array(settings.weightNoise === undefined ? 0 : runs * C),
    ranks: new Uint16Array(runs * E),
    meanAbsoluteRankShift: new Float64Array(runs),
  };
  const { a, b } = saltelliDesign(samples, columns, createRandom(settings.seed));
  const pick = (u: number, count: number) => Math.min(count - 1, Math.floor(u * count));
  const nominalWeights = localWeights(framework, 'manual', baseWeights);

  const unscored = new Int32Array(E);
  // The uniform of column c in the current run: from B for design B, and for AB_i within
  // factor i's columns; from A otherwise. Kept outside the loop so that no run allocates.
  let row = 0;
  let fromB = false;
  let swapFirst = 0;
  let swapEnd = 0;
  const u = (c: number): number =>
    (fromB || (c >= swapFirst && c < swapEnd) ? b : a)[row + c] as number;
  for (let j = 0; j < samples; j += 1) {
    row = j * columns;
    for (let k = 0; k < stride; k += 1) {
      const run = j * stride + k;
      fromB = k === 1;
      const swap = k >= 2 ? (factors[k - 2] as Factor) : undefined;
      swapFirst = swap === undefined ? 0 : swap.first;
      swapEnd = swap === undefined ? 0 : swap.first + swap.width;
      draws.sample[run] = j;
      draws.design[run] = k;
      let f = 0;
      let weights = nominalWeights;
      if (settings.weightNoise !== undefined) {
        const noise = settings.weightNoise;
        const first = (factors[f] as Factor).first;
        for (let c = 0; c < C; c += 1)
          noisy[c] = (baseWeights[c] as number) * (1 + noise * (2 * u(first + c) - 1));
        weights = draws.weights.subarray(run * C, (run + 1) * C);
        normaliseWeightsInto(framework, noisy, weights);
        f += 1;
      }
      let normalisation = 0;
      if (K > 1) {
        normalisation = pick(u((factors[f] as Factor).first), K);
        f += 1;
      }
      draws.normalisation[run] = normalisation;
      for (let index = 0; index < varied.length; index += 1) {
        const v = varied[index] as (typeof varied)[number];
        const choice = pick(u((factors[f] as Factor).first), v.alternatives.length);
        f += 1;
        draws.aggregation[run * varied.length + index] = choice;
        aggregations[v.n] = v.alternatives[choice] as Aggregation;
      }
      let imputationOff = 0;
      if (settings.imputation === true) {
        imputationOff = pick(u((factors[f] as Factor).first), 2);
        f += 1;
      }
      let treatmentOff = 0;
      if (settings.treatment === true) treatmentOff = pick(u((factors[f] as Factor).first), 2);
      draws.imputation[run] = imputationStates[imputationOff] === true ? 1 : 0;
      draws.treatment[run] = treatmentStates[treatmentOff] === true ? 1 : 0;
      const m = (imputationOff * treatmentStates.length + treatmentOff) * K + normalisation;
      scratch.complete.set(completeByMatrix[m] as Uint8Array);
      aggregateAll(
        matrices[m] as Float64Array,
        framework,
        aggregations,
        weights,
        availability,
        scratch,
        run,
      );
      const root = rootViews[m] as Float64Array;
      ranksInto(root, rankRow, sortScratch);
      let shift = 0;
      for (let e = 0; e < E; e += 1) {
        const rank = rankRow[e] as number;
        draws.ranks[run * E + e] = rank;
        shift += Math.abs(rank - (nominalRanks[e] as number));
        if ((root[e] as number) !== (root[e] as number)) unscored[e] = (unscored[e] as number) + 1;
      }
      draws.meanAbsoluteRankShift[run] = shift / E;
    }
  }

  // The intervals rest on the independent samples: A and B (every run without sensitivity).
  const intervalRuns = sensitivity ? 2 * samples : runs;
  // Entity-major copy of the ranks, so that each entity's runs are contiguous below.
  const byEntity = new Uint16Array(runs * E);
  for (let run = 0; run < runs; run += 1)
    for (let e = 0; e < E; e += 1) byEntity[e * runs + run] = draws.ranks[run * E + e] as number;
  const column = new Float64Array(intervalRuns);
  const entities = framework.entityIds.map((id, e): EntityRankInterval => {
    const own = byEntity.subarray(e * runs, (e + 1) * runs);
    for (let r = 0; r < intervalRuns; r += 1)
      column[r] = own[sensitivity ? (r >> 1) * stride + (r & 1) : r] as number;
    column.sort();
    return {
      id,
      nominalRank: nominalRanks[e] as number,
      medianRank: quantileOfSorted(column, 0.5),
      lowerRank: quantileOfSorted(column, 0.05),
      upperRank: quantileOfSorted(column, 0.95),
      unscoredRuns: unscored[e] as number,
      sensitivity: sensitivity ? sobolIndices((run) => own[run] as number, samples, d) : null,
    };
  });
  const overall = sensitivity
    ? sobolIndices((run) => draws.meanAbsoluteRankShift[run] as number, samples, d)
    : null;
  let mostInfluential: string | null = null;
  if (overall !== null) {
    let best = -Infinity;
    overall.totalRaw.forEach((total, i) => {
      if (total !== null && total > best) {
        best = total;
        mostInfluential = (factors[i] as Factor).name;
      }
    });
  }
  return {
    entities,
    factors: factors.map((factor) => factor.name),
    normalisations,
    aggregations: varied.map((v) => ({ nodeId: v.nodeId, alternatives: v.alternatives })),
    weightColumns: [...framework.indicatorIds, ...framework.nodeIds],
    sensitivity: overall,
    mostInfluential,
    draws,
    restsOn: { samples, runs, intervalRuns, entities: E },
    provenance: provenanceWithHash(frameworkHash(framework, { options: nominal, plan: settings })),
  };
}
