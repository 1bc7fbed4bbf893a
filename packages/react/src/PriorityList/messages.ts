import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
/** What is ranked: single survey items, or competencies (the mean of their items' scores). */
export type PriorityListUnitKind = 'item' | 'competency';

/** What {@link PriorityListMessages.estimate} is given to describe one unit's score. */
export interface PriorityListEstimateText {
  /** The Borich mean weighted discrepancy score, formatted. */
  readonly mwds: string;
  /** Confidence level, formatted as a percentage, e.g. "95%". */
  readonly level: string;
  /** Lower end of the interval, formatted; `null` when no resample scored the unit. */
  readonly lower: string | null;
  /** Upper end of the interval, formatted; `null` when no resample scored the unit. */
  readonly upper: string | null;
}

/** What {@link PriorityListMessages.stability} is given to describe how firm a rank is. */
export interface PriorityListStabilityText {
  /** Share of resamples in which the unit keeps its rank, formatted as a percentage. */
  readonly rankHolds: string;
  /** Share of resamples in which the unit is in the top k, formatted as a percentage. */
  readonly topK: string;
  /** k, formatted. */
  readonly k: string;
}

/** What {@link PriorityListMessages.method} is given to state how the figures were made. */
export interface PriorityListMethodText {
  /** Whether items or competencies are ranked. */
  readonly by: PriorityListUnitKind;
  /** Number of bootstrap replicates B, formatted. */
  readonly replicates: string;
  /** Confidence level, formatted as a percentage. */
  readonly level: string;
  /** Respondents resampled, formatted. */
  readonly respondents: string;
  /** k of "in the top k", formatted. */
  readonly k: string;
  /**
   * Set when the result comes from the bag of little bootstraps (large surveys): the number of
   * random subsets and the respondents in each, formatted.
   */
  readonly littleBootstraps?: { readonly subsets: string; readonly subsetSize: string };
}

/** Some of the leading units, as {@link PriorityListSummaryText} gives them. */
export interface PriorityListGroupText {
  /** Their names as one phrase in the reader's language ("A, B and C"). */
  readonly names: string;
  /** How many they are. */
  readonly count: LocalizedCount;
  /** The smallest share of resamples in which one of them is in the top k, e.g. "62%". */
  readonly share: string;
  /** Whether each of them is in the top k in every resample. */
  readonly everyResample: boolean;
}

/** What {@link PriorityListMessages.summary} is given to say what to train first. */
export interface PriorityListSummaryText {
  /**
   * The leading units (ranked k or better) that are in the top k in at least nine resamples in
   * ten: the ones to train first. `null` when there is none.
   */
  readonly firm: PriorityListGroupText | null;
  /** The leading units that drop out of the top k more often. `null` when there is none. */
  readonly unsure: PriorityListGroupText | null;
  /** k of "in the top k". */
  readonly k: LocalizedCount;
  /** Whether items or competencies are ranked. */
  readonly by: PriorityListUnitKind;
}

/** Every string the priority list shows, so an app can translate it; English by default. */
export interface PriorityListMessages extends LoadStateMessages, ViewSwitchMessages {
  /**
   * The plain-words summary that opens the list: what to train first and how sure the
   * bootstrap is of it, e.g. "Train first in data protection and agile delivery: they are in
   * the top 3 in every resample."
   */
  readonly summary: (summary: PriorityListSummaryText) => string;
  /** Added to the summary when units are withheld: how many (never which), and why. */
  readonly summaryWithheld: (count: LocalizedCount, by: PriorityListUnitKind) => string;
  /** The sentence added to the figure's description: method, replicates, level. */
  readonly method: (method: PriorityListMethodText) => string;
  /** Accessible name of the ranked list. */
  readonly listLabel: (by: PriorityListUnitKind) => string;
  /** Column header (and list heading) for the rank. */
  readonly rankHeading: string;
  /** Column header (and list heading) for the names of the ranked units. */
  readonly unitHeading: (by: PriorityListUnitKind) => string;
  /** Column header for the score. */
  readonly mwdsHeading: string;
  /** Column header for the confidence interval, given the level ("95%"). */
  readonly intervalHeading: (level: string) => string;
  /** Column header for the share of resamples in which the rank holds. */
  readonly rankHoldsHeading: string;
  /** Column header for the share of resamples in the top k, given k. */
  readonly topKHeading: (k: string) => string;
  /** Column header for the complete pairs behind each score. */
  readonly nHeading: (by: PriorityListUnitKind) => string;
  /** A rank, saying when it is shared with other units. */
  readonly rank: (rank: string, tied: boolean) => string;
  /** In place of the rank of a unit without a score. */
  readonly notRanked: string;
  /** First line under a unit's name: its score and interval. */
  readonly estimate: (estimate: PriorityListEstimateText) => string;
  /** Second line under a unit's name: how often its rank held, and how often it was in the top k. */
  readonly stability: (stability: PriorityListStabilityText) => string;
  /** Under the name of a unit without a score. */
  readonly notScored: string;
  /**
   * Under the name (and in the score cell) of a unit withheld because too few people answered,
   * given the smallest number of people a figure may rest on (formatted).
   */
  readonly withheld: (minimum: string, by: PriorityListUnitKind) => string;
  /** Shown instead of the list when every unit with answers is withheld, given that number. */
  readonly allWithheld: (minimum: string, by: PriorityListUnitKind) => string;
  /** An interval in a table cell. */
  readonly interval: (lower: string, upper: string) => string;
  /** Title of the score axis, given the level. */
  readonly axisLabel: (level: string) => string;
  /** Legend entry for the dot. */
  readonly legendEstimate: string;
  /** Legend entry for the highlighted dot of the units ranked k or better, given k. */
  readonly legendTop: (k: string) => string;
  /** Legend entry for the bar, given the level. */
  readonly legendInterval: (level: string) => string;
  /** Legend entry for the dashed line at zero. */
  readonly legendZero: string;
  /** Caption of the table that repeats the list's values. */
  readonly tableCaption: (title: string) => string;
  /** Name of a unit that has no label, by its position (1-based, formatted). */
  readonly unlabelledUnit: (position: string, by: PriorityListUnitKind) => string;
}

/** English defaults for {@link PriorityListMessages}. */
export const defaultPriorityListMessages: PriorityListMessages = {
  summary: ({ firm, unsure, k }) => {
    const top = k.value === 1 ? 'ranked first' : `in the top ${k.text}`;
    if (firm === null) {
      if (unsure === null) return '';
      return (
        `${unsure.names} ${plural(unsure.count, { one: 'has', other: 'have' })} the highest need, but the order is not settled: ` +
        `${plural(unsure.count, { one: 'it is', other: 'one of them is' })} ${top} in only ${unsure.share} of resamples. ` +
        'Compare the intervals before choosing.'
      );
    }
    const they = plural(firm.count, { one: 'it is', other: 'they are' });
    const how = firm.everyResample ? 'in every resample' : `in at least ${firm.share} of resamples`;
    const first = `Train first in ${firm.names}: ${they} ${top} ${how}.`;
    if (unsure === null) return first;
    return (
      `${first} ${unsure.names} ${plural(unsure.count, { one: 'follows', other: 'follow' })}, less surely: ` +
      `${plural(unsure.count, { one: 'it is', other: 'one of them is' })} ${top} in only ${unsure.share} of resamples.`
    );
  },
  summaryWithheld: (count, by) =>
    plural(count, {
      one: `{count} ${by === 'item' ? 'item is' : 'competency is'} withheld: too few people answered it.`,
      other: `{count} ${by === 'item' ? 'items are' : 'competencies are'} withheld: too few people answered them.`,
    }),
  empty: 'No training-needs priorities to show yet.',
  loading: 'Loading training-needs priorities…',
  error: 'The training-needs priorities could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
  method: ({ by, replicates, level, respondents, k, littleBootstraps }) =>
    `${by === 'item' ? 'Items' : 'Competencies'} are ranked by Borich mean weighted discrepancy score (MWDS), highest need first` +
    `${by === 'competency' ? ', each the mean of its items’ scores' : ''}. ` +
    (littleBootstraps === undefined
      ? `Intervals and rank probabilities come from a percentile bootstrap: ${replicates} resamples of the ${respondents} respondents, ${level} level; `
      : `Intervals and rank probabilities come from the bag of little bootstraps: ${replicates} resamples of the ${respondents} respondents, each drawn from one of ${littleBootstraps.subsets} random subsets of ${littleBootstraps.subsetSize} people, ${level} level; `) +
    `“rank holds” is the share of resamples giving the same rank, “top ${k}” the share ranking it ${k} or better.`,
  listLabel: (by) => `${by === 'item' ? 'Items' : 'Competencies'} ranked by need, highest first`,
  rankHeading: 'Rank',
  unitHeading: (by) => (by === 'item' ? 'Item' : 'Competency'),
  mwdsHeading: 'MWDS',
  intervalHeading: (level) => `${level} interval`,
  rankHoldsHeading: 'Rank holds (share of resamples)',
  topKHeading: (k) => `In top ${k} (share of resamples)`,
  nHeading: (by) =>
    by === 'item' ? 'Respondents with both ratings (n)' : 'Answer pairs over its items (n)',
  rank: (rank, tied) => (tied ? `${rank} (tied)` : rank),
  notRanked: 'Not ranked',
  estimate: ({ mwds, level, lower, upper }) =>
    lower === null || upper === null
      ? `MWDS ${mwds}, no interval`
      : `MWDS ${mwds}, ${level} interval ${lower} to ${upper}`,
  stability: ({ rankHolds, topK, k }) =>
    `Rank holds in ${rankHolds} of resamples; in the top ${k} in ${topK}`,
  notScored: 'Not scored: no respondent gave both ratings',
  withheld: (minimum, by) =>
    by === 'item'
      ? `Withheld: fewer than ${minimum} people answered`
      : `Withheld: fewer than ${minimum} people answered each of its items`,
  allWithheld: (minimum, by) =>
    `Nothing can be shown: fewer than ${minimum} people answered each ${by === 'item' ? 'item' : 'competency'}, and figures from so few people would reveal their answers.`,
  interval: (lower, upper) => `${lower} to ${upper}`,
  axisLabel: (level) => `MWDS, with ${level} interval`,
  legendEstimate: 'MWDS',
  legendTop: (k) => `MWDS, ranked in the top ${k}`,
  legendInterval: (level) => `${level} interval`,
  legendZero: 'Zero: no gap',
  tableCaption: (title) => `${title}: values`,
  unlabelledUnit: (position, by) => `${by === 'item' ? 'Item' : 'Competency'} ${position}`,
};
