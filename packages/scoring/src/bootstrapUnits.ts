// What the two bootstrap methods share: their options, their result, the point estimates they
// resample around and the way a unit's figures are reported.
import type {
  BorichCompetencyResult,
  BorichOptions,
  BorichResult,
  ImportanceBasis,
} from './borich.js';
import { isBelowMinimum, rejectUnknownOptions, type MinimumRespondentsRule } from './disclosure.js';
import type { RatingScale } from './pairedResponses.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { CapkitScoringError } from './scoringError.js';
import type { SuppressionReason } from './suppressSmallGroups.js';

/**
 * Options for {@link bootstrapMeanWeightedDiscrepancy}: the Borich options (`k`,
 * `allowSmallGroups`, `importanceBasis`) and the resampling settings.
 */
export interface BootstrapOptions extends BorichOptions {
  /**
   * Number of bootstrap replicates B, a whole number ≥ 1.
   * @default 1000
   */
  readonly replicates?: number;
  /**
   * Confidence level of the percentile intervals, in (0, 1).
   * @default 0.95
   */
  readonly level?: number;
  /**
   * Seed of the resampling generator; the same seed gives the same result, bit for bit.
   * @default 1
   */
  readonly seed?: number;
  /**
   * k of the "in the top k" probability, a whole number ≥ 1.
   * @default 3
   */
  readonly topK?: number;
  /**
   * Score items, or competencies (mean of their items' MWDS; needs `competencyOfItem`).
   * @default 'item'
   */
  readonly by?: 'item' | 'competency';
  /**
   * How the replicates are drawn:
   * - `'percentileBootstrap'`: every replicate resamples all n respondents (Efron & Tibshirani
   *   1993); its cost grows as n × items × B.
   * - `'bagOfLittleBootstraps'`: Kleiner, Talwalkar, Sarkar & Jordan (2014): `subsets` disjoint
   *   random subsets of `subsetSize` respondents, each resampled to size n by Poisson weights;
   *   its cost grows as subsets × subsetSize × items × B / subsets, nearly flat in n.
   * - `'auto'`: the percentile bootstrap while respondents × items × replicates ≤ 4 × 10⁸
   *   (about 10,000 people × 40 items × 1,000 replicates, a second or two on one core), the
   *   bag of little bootstraps above.
   * @default 'percentileBootstrap'
   */
  readonly method?: BootstrapMethod | 'auto';
  /**
   * Bag of little bootstraps: the number s of disjoint subsets; `replicates` are shared out
   * between them (B / s each, the first B mod s getting one more).
   * @default 10
   */
  readonly subsets?: number;
  /**
   * Bag of little bootstraps: respondents b in each subset.
   * @default ⌈n^0.6⌉ (Kleiner et al.'s γ = 0.6), at most ⌊n / subsets⌋
   */
  readonly subsetSize?: number;
  /** Competency index of each item, in column order; required when `by` is `'competency'`. */
  readonly competencyOfItem?: ArrayLike<number>;
  /**
   * Number of competencies, when some have no items.
   * @default largest index in `competencyOfItem` + 1
   */
  readonly competencies?: number;
}

/** Bootstrap summary of one item (or competency). */
export interface BootstrapUnit {
  /** Item index, or competency index when `by` is `'competency'`. */
  readonly unit: number;
  /** Point estimate: the Borich MWDS of the full sample; `null` when unscored or withheld. */
  readonly meanWeightedDiscrepancy: number | null;
  /** Point-estimate competition rank among the published units (1 = highest MWDS). */
  readonly rank: number | null;
  /**
   * Lower end of the percentile interval; `null` when no replicate scored the unit, or when
   * the unit is withheld.
   */
  readonly lower: number | null;
  /** Upper end of the percentile interval; `null` likewise. */
  readonly upper: number | null;
  /**
   * Share of the B replicates in which the unit has exactly its point-estimate rank; `null`
   * when unscored or withheld.
   */
  readonly rankHoldsProbability: number | null;
  /**
   * Share of the B replicates in which the unit's rank is at most `topK` (ties included);
   * `null` when unscored or withheld.
   */
  readonly topKProbability: number | null;
  /** Replicates in which the unit had a complete pair and so a score; `null` when withheld. */
  readonly replicatesScored: number | null;
  /** Complete pairs behind the point estimate; `null` when withheld (its size is not shown). */
  readonly n: number | null;
  /**
   * With `by: 'competency'`: the published, scored items whose MWDS make the competency's
   * score (withheld items never enter it, in the point estimate or in any replicate).
   */
  readonly itemsUsed?: readonly number[];
  /**
   * Set when the unit is withheld by the disclosure rule (it rests on 1 to k − 1
   * respondents); it then has no score, no interval and no probabilities.
   */
  readonly withheld?: SuppressionReason;
}

/** How a bootstrap result's replicates were drawn (see {@link BootstrapOptions.method}). */
export type BootstrapMethod = 'percentileBootstrap' | 'bagOfLittleBootstraps';

/** The subsets of a bag-of-little-bootstraps result. */
export interface LittleBootstrapDesign {
  /** Disjoint subsets s. */
  readonly subsets: number;
  /** Respondents b per subset. */
  readonly subsetSize: number;
  /** Replicates per subset (the first `replicates mod subsets` subsets draw one more). */
  readonly resamplesPerSubset: number;
  /** Each subset respondent's weight in a replicate: an independent Poisson(n / b) count. */
  readonly resampleWeights: 'poisson';
  /**
   * How the subsets' estimates are combined: each subset's replicates are recentred on the
   * full-sample estimate (θ̂ₙ + θ* − θ̂_subset), the interval ends and probabilities are taken
   * per subset, and the subsets' figures are averaged.
   */
  readonly combination: 'meanOfRecentredSubsetEstimates';
}

/** Result of {@link bootstrapMeanWeightedDiscrepancy}. */
export interface BootstrapResult {
  readonly method: BootstrapMethod;
  /** Set when `method` is `'bagOfLittleBootstraps'`. */
  readonly littleBootstraps?: LittleBootstrapDesign;
  /** The statistic resampled: Borich MWDS. */
  readonly statistic: 'borich1980';
  /** Whose importance ratings make the weight Īⱼ (see `ImportanceBasis`). */
  readonly importanceBasis: ImportanceBasis;
  /** Whole respondents are resampled, keeping each person's ratings together. */
  readonly resamplingUnit: 'respondent';
  /** Interval ends are Hyndman & Fan type 7 quantiles (linear interpolation). */
  readonly quantileRule: 'hyndmanFan7';
  readonly by: 'item' | 'competency';
  readonly replicates: number;
  readonly level: number;
  readonly seed: number;
  readonly topK: number;
  readonly scale: RatingScale;
  /**
   * The disclosure rule applied: units resting on 1 to k − 1 respondents on the full sample are
   * withheld, in the point estimate and in every replicate.
   */
  readonly disclosure: MinimumRespondentsRule;
  /** Respondents resampled; `null` when fewer than k (then every unit is withheld too). */
  readonly respondents: number | null;
  /** Complete pairs behind the published point estimates. */
  readonly n: number;
  /** One entry per item (or competency), in index order. */
  readonly units: readonly BootstrapUnit[];
  readonly provenance: Provenance;
}

const bootstrapOptionKeys = [
  'method',
  'subsets',
  'subsetSize',
  'replicates',
  'level',
  'seed',
  'topK',
  'by',
  'competencyOfItem',
  'competencies',
  'k',
  'allowSmallGroups',
  'importanceBasis',
] as const;

/** The resampling settings once checked. */
export interface BootstrapSettings {
  readonly method: BootstrapMethod | 'auto';
  readonly subsets: number;
  readonly replicates: number;
  readonly level: number;
  readonly seed: number;
  readonly topK: number;
  readonly by: 'item' | 'competency';
}

/**
 * Checks the resampling options.
 *
 * @throws {CapkitScoringError} naming the option.
 */
export function validateBootstrapOptions(options: BootstrapOptions): BootstrapSettings {
  rejectUnknownOptions(options, bootstrapOptionKeys);
  const {
    method = 'percentileBootstrap',
    subsets = 10,
    replicates = 1000,
    level = 0.95,
    seed = 1,
    topK = 3,
    by = 'item',
  } = options;
  const methods: readonly string[] = ['percentileBootstrap', 'bagOfLittleBootstraps', 'auto'];
  if (!methods.includes(method)) {
    throw new CapkitScoringError(
      'options.method',
      `must be 'percentileBootstrap', 'bagOfLittleBootstraps' or 'auto', got ${JSON.stringify(method)}`,
    );
  }
  if (!(Number.isSafeInteger(subsets) && subsets >= 2)) {
    throw new CapkitScoringError(
      'options.subsets',
      `must be a whole number ≥ 2, got ${String(subsets)}`,
    );
  }
  const { subsetSize } = options;
  if (subsetSize !== undefined && !(Number.isSafeInteger(subsetSize) && subsetSize >= 2)) {
    throw new CapkitScoringError(
      'options.subsetSize',
      `must be a whole number ≥ 2, got ${String(subsetSize)}`,
    );
  }
  if (!(Number.isSafeInteger(replicates) && replicates >= 1)) {
    throw new CapkitScoringError(
      'options.replicates',
      `must be a whole number ≥ 1, got ${String(replicates)}`,
    );
  }
  if (!(level > 0 && level < 1)) {
    throw new CapkitScoringError(
      'options.level',
      `must be between 0 and 1 (exclusive), got ${String(level)}`,
    );
  }
  if (!Number.isSafeInteger(seed)) {
    throw new CapkitScoringError('options.seed', `must be a whole number, got ${String(seed)}`);
  }
  if (!(Number.isSafeInteger(topK) && topK >= 1)) {
    throw new CapkitScoringError('options.topK', `must be a whole number ≥ 1, got ${String(topK)}`);
  }
  const known: readonly string[] = ['item', 'competency'];
  if (!known.includes(by)) {
    throw new CapkitScoringError(
      'options.by',
      `must be 'item' or 'competency', got ${JSON.stringify(by)}`,
    );
  }
  if (by === 'competency' && options.competencyOfItem === undefined) {
    throw new CapkitScoringError(
      'options.competencyOfItem',
      "is required when options.by is 'competency'",
    );
  }
  if (method === 'bagOfLittleBootstraps' && replicates < subsets) {
    throw new CapkitScoringError(
      'options.replicates',
      `must be at least options.subsets (${subsets}) for the bag of little bootstraps, got ${replicates}`,
    );
  }
  return { method, subsets, replicates, level, seed, topK, by };
}

/** What the bootstrap needs of a point estimate, for items and competencies alike. */
export interface PointEstimate {
  readonly unit: number;
  readonly meanWeightedDiscrepancy: number | null;
  readonly rank: number | null;
  readonly n: number | null;
  /** Items whose MWDS enter the unit in every replicate: published on the full sample. */
  readonly members: readonly number[];
  readonly withheld?: SuppressionReason;
}

/** The point estimates of items (or competencies) as the bootstrap resamples them. */
export function pointEstimatesOf(
  result: BorichResult | BorichCompetencyResult,
): readonly PointEstimate[] {
  if ('items' in result) {
    return result.items.map((item) => ({
      ...item,
      unit: item.item,
      members: item.withheld === undefined ? [item.item] : [],
    }));
  }
  return result.competencies.map((c) => ({ ...c, unit: c.competency, members: c.itemsUsed }));
}

/** The published items of each unit, flattened: withheld items never enter a replicate. */
export function flattenMembers(
  points: readonly PointEstimate[],
  items: number,
): { readonly memberStart: Int32Array; readonly members: Int32Array } {
  const memberStart = new Int32Array(points.length + 1);
  const members = new Int32Array(items);
  points.forEach((point, u) => {
    const start = memberStart[u] ?? 0;
    point.members.forEach((j, m) => {
      members[start + m] = j;
    });
    memberStart[u + 1] = start + point.members.length;
  });
  return { memberStart, members };
}

/** What a method measured of one published unit over its replicates. */
export interface UnitSummary {
  readonly lower: number | null;
  readonly upper: number | null;
  readonly rankHolds: number;
  readonly inTopK: number;
  readonly replicatesScored: number;
}

/** One unit of a bootstrap result: nothing but the reason when it is withheld. */
export function bootstrapUnit(
  point: PointEstimate,
  by: 'item' | 'competency',
  summary: UnitSummary,
): BootstrapUnit {
  const itemsUsed = by === 'competency' ? { itemsUsed: point.members } : {};
  if (point.withheld !== undefined) {
    return {
      unit: point.unit,
      meanWeightedDiscrepancy: null,
      rank: null,
      lower: null,
      upper: null,
      rankHoldsProbability: null,
      topKProbability: null,
      replicatesScored: null,
      n: null,
      ...itemsUsed,
      withheld: point.withheld,
    };
  }
  const unscored = point.meanWeightedDiscrepancy === null;
  return {
    unit: point.unit,
    meanWeightedDiscrepancy: point.meanWeightedDiscrepancy,
    rank: point.rank,
    lower: summary.lower,
    upper: summary.upper,
    rankHoldsProbability: unscored ? null : summary.rankHolds,
    topKProbability: unscored ? null : summary.inTopK,
    replicatesScored: summary.replicatesScored,
    n: point.n,
    ...itemsUsed,
  };
}

/**
 * Each unit's score in one replicate: the Neumaier-compensated mean of its members' item
 * scores that are not `NaN` (one item when scoring items), `NaN` when none is; `magnitudes`
 * gets the mean of their absolute values, the rounding scale `competitionRanks` needs.
 */
export function meanOfMembers(
  itemValues: Float64Array,
  memberStart: Int32Array,
  members: Int32Array,
  values: Float64Array,
  magnitudes: Float64Array,
): void {
  for (let u = 0; u < values.length; u += 1) {
    let sum = 0;
    let compensation = 0;
    let absolute = 0;
    let scored = 0;
    for (let m = memberStart[u] ?? 0; m < (memberStart[u + 1] ?? 0); m += 1) {
      const v = itemValues[members[m] ?? 0] ?? Number.NaN;
      if (Number.isNaN(v)) continue;
      const t = sum + v;
      compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
      sum = t;
      absolute += Math.abs(v);
      scored += 1;
    }
    values[u] = scored === 0 ? Number.NaN : (sum + compensation) / scored;
    magnitudes[u] = scored === 0 ? 0 : absolute / scored;
  }
}

/**
 * Told how far a bootstrap has got: replicates done and the total. Called about 20 times in a
 * run (after each subset of the little bootstraps), the last time with `done === total`.
 */
export type BootstrapProgress = (done: number, total: number) => void;

/** What each method states of its run, before the figures. */
export type BootstrapConfig = Omit<BootstrapResult, 'respondents' | 'n' | 'units' | 'provenance'>;

/**
 * A bootstrap result from a method's configuration and its units' summaries: the respondent
 * count withheld below k, the published pairs, and the provenance of the configuration (with the
 * competency map when scoring competencies).
 */
export function bootstrapResultOf(
  config: BootstrapConfig,
  respondents: number,
  points: readonly PointEstimate[],
  summaries: readonly UnitSummary[],
  competencyOfItem: ArrayLike<number> | undefined,
): BootstrapResult {
  const { by, disclosure } = config;
  return {
    ...config,
    respondents: isBelowMinimum(respondents, disclosure) ? null : respondents,
    n: points.reduce((sum, u) => sum + (u.n ?? 0), 0),
    units: points.map((point, u) => bootstrapUnit(point, by, summaries[u] as UnitSummary)),
    provenance: provenanceOf(
      by === 'item'
        ? config
        : {
            ...config,
            competencyOfItem: Array.from(competencyOfItem ?? []),
            units: points.length,
          },
    ),
  };
}
