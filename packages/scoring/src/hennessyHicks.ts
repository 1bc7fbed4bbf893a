import {
  validatePairedResponses,
  type PairedResponses,
  type RatingScale,
} from './pairedResponses.js';
import {
  isBelowMinimum,
  minimumRespondentsRule,
  rejectUnknownOptions,
  type DisclosureOptions,
  type MinimumRespondentsRule,
} from './disclosure.js';
import { provenanceOf, type Provenance } from './provenance.js';
import { MISSING } from './responseMatrix.js';
import { CapkitScoringError } from './scoringError.js';
import { suppressSmallGroups, type SuppressionReason } from './suppressSmallGroups.js';

/** Marks an individual need that cannot be read because a rating is missing. */
export const MISSING_NEED = -32768;

/** Options for {@link hennessyHicks}. */
export interface HennessyHicksOptions extends DisclosureOptions {
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
   * Return every person's need on every item (`individual`). **For feedback to each person
   * about themself only — never for publication, nor for showing one person's needs to
   * anyone else**: an individual need is one person's answers, and with it any withheld
   * group's mean is one average away. Without it the result has no `individual` field.
   * @default false
   */
  readonly individualFeedback?: boolean;
}

/** Mean need of one item over some respondents. */
export interface HennessyHicksItemNeed {
  /** Item index (column of the data). */
  readonly item: number;
  /**
   * Mean of (importance − performance) over complete pairs; `null` when there are none, or
   * when the mean is withheld.
   */
  readonly meanNeed: number | null;
  /** Complete pairs the mean rests on; `null` when withheld (its size is not shown). */
  readonly n: number | null;
  /**
   * Set when the mean is withheld: `'primary'` when it rests on 1 to k − 1 people (or its group
   * is withheld), `'complementary'` when it is withheld so that subtracting it from the
   * organisation level cannot reveal a small one.
   */
  readonly withheld?: SuppressionReason;
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
  /** Respondents in the group; `null` when the group is withheld (its size is not shown). */
  readonly respondents: number | null;
  /** Complete pairs over the group's published items; `null` when the group is withheld. */
  readonly n: number | null;
  /** One entry per item, in column order; every item of a withheld group is withheld. */
  readonly items: readonly HennessyHicksItemNeed[];
  /**
   * Set when the whole group is withheld: `'primary'` for 1 to k − 1 respondents,
   * `'complementary'` when its size would reveal a small group's by subtraction.
   */
  readonly withheld?: SuppressionReason;
}

/** Result of {@link hennessyHicks}. */
export interface HennessyHicksResult {
  readonly method: 'hennessyHicks';
  /** need = importance − performance: positive means performance falls short. */
  readonly need: 'importanceMinusPerformance';
  /** A respondent missing either rating of an item is left out of that item's means. */
  readonly basis: 'completePairs';
  readonly scale: RatingScale;
  /** The disclosure rule applied to the group and organisation levels. */
  readonly disclosure: MinimumRespondentsRule;
  /** Complete pairs used, over the published organisation items. */
  readonly n: number;
  /**
   * Individual level, only with `individualFeedback: true`: need of respondent `r` on item `j`
   * at `r * items + j`, or {@link MISSING_NEED} when either rating is missing. For feedback to
   * each person about themself only; never for publication.
   */
  readonly individual?: Int16Array;
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
 * - individual: needᵢⱼ for each respondent and item (`individual`, only with
 *   `individualFeedback: true`, for feedback to each person about themself);
 * - group: mean needᵢⱼ over the respondents of each group, per item (`groups`);
 * - organisation: mean needᵢⱼ over every respondent, per item (`organisation`).
 *
 * A respondent missing either rating of an item is left out of that item at every level (their
 * individual need is {@link MISSING_NEED}); their other items still count. Means are exact up to
 * one rounding (sums of whole numbers).
 *
 * Disclosure rule (`disclosure`, `options.k`, default 5), for the group and organisation levels:
 * - a group of 1 to k − 1 respondents is withheld whole (`withheld: 'primary'`): its
 *   `respondents`, `n` and every item's mean and `n` are `null`. So is one more group (or the
 *   organisation level) wherever subtracting published group sizes from the organisation would
 *   reveal a small group's size (`'complementary'`, see `suppressSmallGroups`);
 * - per item, a group's or the organisation's mean of 1 to k − 1 complete pairs is withheld, with
 *   the same complementary protection against the organisation level;
 * - totals (`n`) count published figures only.
 * A withheld group thus reveals neither its size nor its values. The per-person level is
 * outside this rule, which is why it is only returned on explicit request.
 *
 * @throws {CapkitScoringError} for an invalid scale, wrong array lengths, a byte off the scale,
 *   a bad group map (`options.groupOfRespondent[r]`, `….length`, `options.groups`), a bad
 *   `options.k`, or an unknown option.
 */
export function hennessyHicks(
  data: PairedResponses,
  scale: RatingScale,
  options: HennessyHicksOptions & { readonly individualFeedback: true },
): HennessyHicksResult & { readonly individual: Int16Array };
export function hennessyHicks(
  data: PairedResponses,
  scale: RatingScale,
  options?: HennessyHicksOptions,
): HennessyHicksResult;
export function hennessyHicks(
  data: PairedResponses,
  scale: RatingScale,
  options: HennessyHicksOptions = {},
): HennessyHicksResult {
  rejectUnknownOptions(options, [
    'groupOfRespondent',
    'groups',
    'k',
    'allowSmallGroups',
    'individualFeedback',
  ]);
  const disclosure = minimumRespondentsRule(options);
  const { individualFeedback = false } = options;
  if (typeof individualFeedback !== 'boolean') {
    throw new CapkitScoringError(
      'options.individualFeedback',
      `must be true or false, got ${String(individualFeedback)}`,
    );
  }
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
    disclosure,
  } as const;
  // The organisation level is the sum of the groups: protect small groups from differencing
  // against it by treating it as their parent (cell 0; group g is cell g + 1). Group sizes are
  // one table, each item's complete pairs another; both are checked.
  const parentOf = Int32Array.from({ length: groups + 1 }, (_, cell) => (cell === 0 ? -1 : 0));
  const sizeReasons: (SuppressionReason | undefined)[] =
    groups === 0
      ? [isBelowMinimum(respondents, disclosure) ? 'primary' : undefined]
      : suppressSmallGroups([respondents, ...groupRespondents], parentOf, disclosure.k);
  const itemReasons = Array.from({ length: items }, (_, item) => {
    const itemCounts = [
      counts[item] ?? 0,
      ...Array.from({ length: groups }, (__, g) => groupCount[g * items + item] ?? 0),
    ];
    return groups === 0
      ? [isBelowMinimum(itemCounts[0] ?? 0, disclosure) ? ('primary' as const) : undefined]
      : suppressSmallGroups(itemCounts, parentOf, disclosure.k);
  });
  // A cell withheld for its group's (or the organisation's) size is withheld on every item:
  // withholding more cells never makes one easier to derive.
  const reasonOf = (cell: number, item: number): SuppressionReason | undefined =>
    sizeReasons[cell] ?? itemReasons[item]?.[cell];
  let total = 0;
  const organisation = Array.from(counts, (n, item): HennessyHicksOrganisationItem => {
    const withheld = reasonOf(0, item);
    if (withheld !== undefined) {
      return {
        item,
        meanNeed: null,
        meanImportance: null,
        meanPerformance: null,
        n: null,
        withheld,
      };
    }
    total += n;
    if (n === 0) return { item, meanNeed: null, meanImportance: null, meanPerformance: null, n };
    const si = sumImportance[item] ?? 0;
    const sp = sumPerformance[item] ?? 0;
    return { item, meanNeed: (si - sp) / n, meanImportance: si / n, meanPerformance: sp / n, n };
  });
  const result: HennessyHicksResult = {
    ...config,
    n: total,
    groups: Array.from({ length: groups }, (_, group): HennessyHicksGroup => {
      let n = 0;
      const groupItems = Array.from({ length: items }, (__, item): HennessyHicksItemNeed => {
        const withheld = reasonOf(group + 1, item);
        if (withheld !== undefined) return { item, meanNeed: null, n: null, withheld };
        const count = groupCount[group * items + item] ?? 0;
        n += count;
        const sum = groupNeed[group * items + item] ?? 0;
        return { item, meanNeed: count === 0 ? null : sum / count, n: count };
      });
      const withheld = sizeReasons[group + 1];
      if (withheld !== undefined) {
        return { group, respondents: null, n: null, items: groupItems, withheld };
      }
      return { group, respondents: groupRespondents[group] ?? 0, n, items: groupItems };
    }),
    organisation,
    provenance: provenanceOf(
      groupOfRespondent === undefined
        ? { ...config, individualFeedback }
        : { ...config, individualFeedback, groups },
    ),
  };
  return individualFeedback ? { ...result, individual } : result;
}
