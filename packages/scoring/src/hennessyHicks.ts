import {
  validatePairedResponses,
  type PairedResponses,
  type RatingScale,
} from './pairedResponses.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';
import { suppressSmallGroups, type SuppressionReason } from './suppressSmallGroups.js';

/** Marks an individual need that cannot be read because a rating is missing. */
export const MISSING_NEED = -32768;

/** Options for {@link hennessyHicks}. */
export interface HennessyHicksOptions {
  /**
   * Group index (0, 1, …) of each respondent — team, unit, district — for the group level.
   * Without it, no group level is read.
   */
  readonly groupOfRespondent?: ArrayLike<number>;
  /**
   * Number of groups, when some have no respondents (they are reported with n = 0).
   * @default largest index in `groupOfRespondent` + 1
   */
  readonly groups?: number;
  /**
   * Smallest group whose needs are shown; smaller groups are withheld, and so is one more
   * group (or the organisation level) wherever subtracting from the organisation would reveal them.
   * @default 5
   */
  readonly k?: number;
  /** Must be `true` to set `k` below 2, i.e. to show single people's needs as group needs. */
  readonly allowSmallGroups?: boolean;
}

/** Mean need of one item over some respondents. */
export interface HennessyHicksItemNeed {
  /** Item index (column of the data). */
  readonly item: number;
  /** Mean of (importance − performance) over complete pairs; `null` when there are none. */
  readonly meanNeed: number | null;
  /** Complete pairs the mean rests on. */
  readonly n: number;
  /** Set when the mean is withheld to protect a small group (`meanNeed` is then `null`). */
  readonly suppressed?: SuppressionReason;
}

/** One item at organisation level: the mean need and the two means behind it. */
export interface HennessyHicksOrganisationItem extends HennessyHicksItemNeed {
  /** Mean importance over the same complete pairs. */
  readonly meanImportance: number | null;
  /** Mean performance over the same complete pairs. */
  readonly meanPerformance: number | null;
}

/** Needs of one group. */
export interface HennessyHicksGroup {
  /** Group index, as in `groupOfRespondent`. */
  readonly group: number;
  /** Respondents in the group. */
  readonly respondents: number;
  /** Complete pairs over all items of the group. */
  readonly n: number;
  /** One entry per item, in column order. */
  readonly items: readonly HennessyHicksItemNeed[];
}

/** Result of {@link hennessyHicks}. */
export interface HennessyHicksResult {
  readonly method: 'hennessyHicks';
  /** need = importance − performance: positive means performance falls short. */
  readonly need: 'importanceMinusPerformance';
  /** A respondent missing either rating of an item is left out of that item's means. */
  readonly basis: 'completePairs';
  readonly scale: RatingScale;
  /** Complete pairs used, over all items. */
  readonly n: number;
  /**
   * Individual level: need of respondent `r` on item `j` at `r * items + j`, or
   * {@link MISSING_NEED} when either rating is missing.
   */
  readonly individual: Int16Array;
  /** Group level: one entry per group (empty without `groupOfRespondent`). */
  readonly groups: readonly HennessyHicksGroup[];
  /** Organisation level: one entry per item, over every respondent. */
  readonly organisation: readonly HennessyHicksOrganisationItem[];
  readonly provenance: Provenance;
}

function validateGroups(
  groupOfRespondent: ArrayLike<number>,
  respondents: number,
  groups: number | undefined,
): number {
  if (groupOfRespondent.length !== respondents) {
    throw new CapkitScoringError(
      'options.groupOfRespondent.length',
      `is ${groupOfRespondent.length}, expected one group per respondent (${respondents})`,
    );
  }
  let largest = -1;
  for (let r = 0; r < respondents; r += 1) {
    const g = groupOfRespondent[r];
    if (!(g !== undefined && Number.isInteger(g) && g >= 0)) {
      throw new CapkitScoringError(
        `options.groupOfRespondent[${r}]`,
        `must be a whole number ≥ 0, got ${String(g)}`,
      );
    }
    largest = Math.max(largest, g);
  }
  if (groups === undefined) return largest + 1;
  if (!(Number.isSafeInteger(groups) && groups > largest)) {
    throw new CapkitScoringError(
      'options.groups',
      `must be a whole number above the largest group index (${largest}), got ${String(groups)}`,
    );
  }
  return groups;
}

/**
 * Hennessy-Hicks training needs analysis (Hicks, C., & Hennessy, D., Hennessy-Hicks Training
 * Needs Analysis Questionnaire and Manual, University of Birmingham, licensed to the World Health
 * Organization): each item is rated for importance to the job and for current performance,
 * usually on 7-point scales, and
 *
 *   needᵢⱼ = Iᵢⱼ − Pᵢⱼ
 *
 * is read at three levels:
 * - individual: needᵢⱼ for each respondent and item (`individual`);
 * - group: mean needᵢⱼ over the respondents of each group, per item (`groups`);
 * - organisation: mean needᵢⱼ over every respondent, per item (`organisation`).
 *
 * A respondent missing either rating of an item is left out of that item at every level (their
 * individual need is {@link MISSING_NEED}); their other items still count. Means are exact up to
 * one rounding (sums of whole numbers). Group needs of fewer than `k` people are withheld, with
 * complementary suppression against the organisation level (see `suppressSmallGroups`).
 *
 * @throws {CapkitScoringError} for an invalid scale, wrong array lengths, a byte off the scale,
 *   or a bad group map (`options.groupOfRespondent[r]`, `….length`, `options.groups`).
 */
export function hennessyHicks(
  data: PairedResponses,
  scale: RatingScale,
  options: HennessyHicksOptions = {},
): HennessyHicksResult {
  validatePairedResponses(data, scale);
  const { respondents, items, importance, performance } = data;
  const { groupOfRespondent } = options;
  const groups =
    groupOfRespondent === undefined
      ? 0
      : validateGroups(groupOfRespondent, respondents, options.groups);
  const individual = new Int16Array(respondents * items);
  const groupNeed = new Float64Array(groups * items);
  const groupCount = new Float64Array(groups * items);
  const groupRespondents = new Float64Array(groups);
  const sumImportance = new Float64Array(items);
  const sumPerformance = new Float64Array(items);
  const counts = new Float64Array(items);
  for (let r = 0, k = 0; r < respondents; r += 1) {
    const g = groupOfRespondent?.[r] ?? -1;
    if (g >= 0) groupRespondents[g] = (groupRespondents[g] ?? 0) + 1;
    for (let j = 0; j < items; j += 1, k += 1) {
      const i = importance[k] ?? MISSING;
      const p = performance[k] ?? MISSING;
      if (i === MISSING || p === MISSING) {
        individual[k] = MISSING_NEED;
        continue;
      }
      individual[k] = i - p;
      sumImportance[j] = (sumImportance[j] ?? 0) + i;
      sumPerformance[j] = (sumPerformance[j] ?? 0) + p;
      counts[j] = (counts[j] ?? 0) + 1;
      if (g >= 0) {
        const cell = g * items + j;
        groupNeed[cell] = (groupNeed[cell] ?? 0) + i - p;
        groupCount[cell] = (groupCount[cell] ?? 0) + 1;
      }
    }
  }
  const config = {
    method: 'hennessyHicks',
    need: 'importanceMinusPerformance',
    basis: 'completePairs',
    scale: { min: scale.min, max: scale.max },
  } as const;
  // The organisation level is the sum of the groups: protect small groups from differencing
  // against it by treating it as their parent (cell 0; group g is cell g + 1).
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 1)
    throw new CapkitScoringError('options.k', `must be a whole number ≥ 1, got ${k}`);
  if (k < 2 && options.allowSmallGroups !== true) {
    throw new CapkitScoringError(
      'options.k',
      'below 2 shows single people’s needs; pass allowSmallGroups: true to do so',
    );
  }
  const withheld = Array.from({ length: items }, (_, item) => {
    if (groups === 0) return [] as (SuppressionReason | undefined)[];
    const cellCounts = [
      counts[item] ?? 0,
      ...Array.from({ length: groups }, (__, g) => groupCount[g * items + item] ?? 0),
    ];
    return suppressSmallGroups(
      cellCounts,
      Int32Array.from(cellCounts, (_c, cell) => (cell === 0 ? -1 : 0)),
      k,
    );
  });
  return {
    ...config,
    n: counts.reduce((sum, n) => sum + n, 0),
    individual,
    groups: Array.from({ length: groups }, (_, group): HennessyHicksGroup => {
      let n = 0;
      const groupItems = Array.from({ length: items }, (__, item): HennessyHicksItemNeed => {
        const count = groupCount[group * items + item] ?? 0;
        n += count;
        const suppressed = withheld[item]?.[group + 1];
        if (suppressed !== undefined) return { item, meanNeed: null, n: count, suppressed };
        const sum = groupNeed[group * items + item] ?? 0;
        return { item, meanNeed: count === 0 ? null : sum / count, n: count };
      });
      return { group, respondents: groupRespondents[group] ?? 0, n, items: groupItems };
    }),
    organisation: Array.from(counts, (n, item): HennessyHicksOrganisationItem => {
      if (n === 0) return { item, meanNeed: null, meanImportance: null, meanPerformance: null, n };
      const suppressed = withheld[item]?.[0];
      if (suppressed !== undefined) {
        return { item, meanNeed: null, meanImportance: null, meanPerformance: null, n, suppressed };
      }
      const si = sumImportance[item] ?? 0;
      const sp = sumPerformance[item] ?? 0;
      return { item, meanNeed: (si - sp) / n, meanImportance: si / n, meanPerformance: sp / n, n };
    }),
    provenance: provenanceOf(groupOfRespondent === undefined ? config : { ...config, groups, k }),
  };
}
