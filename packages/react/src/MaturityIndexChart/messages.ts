import type { MaturityEntityKind } from '@capkit/model';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
import type { MaturityFactorKind } from './maturityRows.js';

/** Places whose ranks could swap, formatted: "3" and "6" of "places 3 to 6". */
export interface MaturitySwapText {
  readonly from: string;
  readonly to: string;
}

/** What {@link MaturityIndexChartMessages.summary} is given. */
export interface MaturitySummaryText {
  readonly kind: MaturityEntityKind;
  /** Entities in the index. */
  readonly total: LocalizedCount;
  /** Names of the entities ranked first (more than one when tied); empty when none is scored. */
  readonly leaders: readonly string[];
  /** Groups of places whose intervals overlap; `null` without an uncertainty analysis. */
  readonly swaps: readonly MaturitySwapText[] | null;
  /** The choice that moves ranks most, as {@link MaturityIndexChartMessages.factor} names it. */
  readonly mostInfluential: string | null;
  /** The highest level, and how many entities reached it; `null` without levels. */
  readonly top: { readonly name: string; readonly count: LocalizedCount } | null;
  /** Joins names in the reader's language: "A, B and C". */
  readonly list: (items: readonly string[]) => string;
}

/** An entity's place, formatted, for {@link MaturityIndexChartMessages.place}. */
export interface MaturityPlaceText {
  /** Nominal rank, or `null` when not scored. */
  readonly rank: string | null;
  readonly total: string;
  /** Median and 5–95 % ends of the rank; `null` without an uncertainty analysis. */
  readonly median: string | null;
  readonly lower: string | null;
  readonly upper: string | null;
}

/** Every string the maturity index chart shows, so an app can translate it; English by default. */
export interface MaturityIndexChartMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The plain-words sentence that opens the widget. */
  readonly summary: (summary: MaturitySummaryText) => string;
  /** A count of entities: "6 ministries". */
  readonly entities: (kind: MaturityEntityKind, count: LocalizedCount) => string;
  /** Column heading of the entities: "Ministry". */
  readonly entityHeading: (kind: MaturityEntityKind) => string;
  /** A modelling choice, to follow "The choice of": "weights", "aggregation in Services". */
  readonly factor: (kind: MaturityFactorKind, node: string) => string;
  readonly chartTitle: string;
  /** How ranks and intervals were obtained, given the runs (null without an analysis). */
  readonly chartDescription: (runs: LocalizedCount | null) => string;
  /** Accessible name of the list of ranked entities. */
  readonly listLabel: (kind: MaturityEntityKind) => string;
  readonly rankHeading: string;
  readonly scoreHeading: string;
  readonly levelHeading: string;
  readonly medianHeading: string;
  readonly intervalHeading: string;
  /** An entity's rank and interval in words. */
  readonly place: (place: MaturityPlaceText) => string;
  /** A row's facts: score, level and place, each formatted. */
  readonly rowDetail: (score: string, level: string, place: string) => string;
  readonly interval: (lower: string, upper: string) => string;
  readonly noScore: string;
  readonly noLevel: string;
  readonly notRanked: string;
  readonly axisLabel: string;
  readonly legendNominal: string;
  readonly legendMedian: string;
  readonly legendInterval: string;
  readonly tableCaption: (title: string) => string;
  /** How to select, beside the list. */
  readonly selectHint: (kind: MaturityEntityKind) => string;
  /** The selected entity's breakdown. */
  readonly breakdownHeading: (name: string) => string;
  readonly dimensionHeading: string;
  readonly weightHeading: string;
  /** Rank on a dimension: "2 of 6". */
  readonly rankOf: (rank: string, total: string) => string;
  readonly missing: (names: string) => string;
  readonly imputed: (names: string) => string;
  readonly unscoredRuns: (runs: LocalizedCount, total: string) => string;
  /** Which choices move ranks most. */
  readonly choicesHeading: string;
  readonly choicesNote: string;
  readonly choiceHeading: string;
  readonly totalHeading: string;
  readonly firstHeading: string;
  readonly notEstimated: string;
  readonly choicesNotComputed: string;
  /** The maturity levels and who reached them. */
  readonly levelsHeading: string;
  readonly levelFrom: (name: string, minScore: string) => string;
  readonly belowLevels: string;
  readonly nobody: string;
}

const kindWords: Readonly<Record<MaturityEntityKind, readonly [string, string]>> = {
  unit: ['unit', 'units'],
  organisation: ['ministry', 'ministries'],
  functionalCapacity: ['functional capacity', 'functional capacities'],
  other: ['entity', 'entities'],
};

const factorWords: Readonly<Record<Exclude<MaturityFactorKind, 'other'>, string>> = {
  weights: 'weights',
  normalisation: 'normalisation',
  aggregation: 'aggregation',
  imputation: 'imputing missing values',
  treatment: 'treating outliers',
};

/** English defaults for {@link MaturityIndexChartMessages}. */
export const defaultMaturityIndexChartMessages: MaturityIndexChartMessages = {
  summary: ({ kind, total, leaders, swaps, mostInfluential, top, list }) => {
    const all = plural(total, {
      one: `the {count} ${kindWords[kind][0]}`,
      other: `the {count} ${kindWords[kind][1]}`,
    });
    if (leaders.length === 0) return `None of ${all} has a score yet.`;
    let lead = leaders.length === 1 ? `${list(leaders)} leads` : `${list(leaders)} share the lead`;
    if (swaps !== null)
      lead +=
        swaps.length === 0
          ? '; no two rank intervals overlap, so the order holds under the choices tested'
          : `; the ranks of ${list(swaps.map(({ from, to }) => `places ${from} to ${to}`))} could swap: their intervals overlap`;
    const parts = [`${lead}.`];
    if (mostInfluential !== null) parts.push(`The choice of ${mostInfluential} moves ranks most.`);
    if (top !== null)
      parts.push(
        top.count.value === 0
          ? `None of ${all} reaches the highest level, ${top.name}.`
          : `${plural(top.count, { one: `{count} of ${all} reaches`, other: `{count} of ${all} reach` })} the highest level, ${top.name}.`,
      );
    return parts.join(' ');
  },
  entities: (kind, count) =>
    plural(count, { one: `{count} ${kindWords[kind][0]}`, other: `{count} ${kindWords[kind][1]}` }),
  entityHeading: (kind) => {
    const [word] = kindWords[kind];
    return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  },
  factor: (kind, node) =>
    kind === 'other' ? node : kind === 'aggregation' ? `aggregation in ${node}` : factorWords[kind],
  chartTitle: 'Rank with its 5–95 % interval',
  chartDescription: (runs) =>
    runs === null
      ? 'Rank 1 is the highest index score.'
      : `Rank 1 is the highest index score. The line spans the 5th to 95th percentile of the rank over ${plural(runs, { one: '{count} run', other: '{count} runs' })} that each draw other defensible weights, normalisation, aggregation and imputation; the diamond is the median rank.`,
  listLabel: (kind) =>
    `${kindWords[kind][1].charAt(0).toUpperCase()}${kindWords[kind][1].slice(1)} by rank`,
  rankHeading: 'Rank',
  scoreHeading: 'Score',
  levelHeading: 'Level',
  medianHeading: 'Median rank',
  intervalHeading: '5–95 % rank interval',
  place: ({ rank, total, median, lower, upper }) => {
    if (rank === null) return 'Not ranked';
    const at = `rank ${rank} of ${total}`;
    return median === null || lower === null || upper === null
      ? at
      : lower === upper
        ? `${at}; the same in 90 % of runs`
        : `${at}, ranks ${lower} to ${upper} in 90 % of runs (median ${median})`;
  },
  rowDetail: (score, level, place) => `Score ${score} · ${level} · ${place}`,
  interval: (lower, upper) => `${lower} to ${upper}`,
  noScore: 'No score',
  noLevel: 'No level',
  notRanked: 'Not ranked',
  axisLabel: 'Rank (1 = highest)',
  legendNominal: 'Rank under the chosen method',
  legendMedian: 'Median rank',
  legendInterval: '5–95 % rank interval',
  tableCaption: (title) => `${title}: values`,
  selectHint: (kind) => `Select a ${kindWords[kind][0]} to see its scores on each dimension.`,
  breakdownHeading: (name) => `${name}: scores by dimension`,
  dimensionHeading: 'Dimension',
  weightHeading: 'Weight',
  rankOf: (rank, total) => `${rank} of ${total}`,
  missing: (names) => `Scored on what it has: no value for ${names}.`,
  imputed: (names) => `Filled in by imputation: ${names}.`,
  unscoredRuns: (runs, total) =>
    `${plural(runs, { one: 'In {count} run', other: 'In {count} runs' })} of ${total} it had no score.`,
  choicesHeading: 'Which choice moves ranks most',
  choicesNote:
    'Sobol indices of the mean shift in rank (Saltelli et al. 2010): the total effect is the share of that variation a choice causes, alone or with others; first order, alone. 0 is none, 1 is all.',
  choiceHeading: 'Choice',
  totalHeading: 'Total effect',
  firstHeading: 'First order',
  notEstimated: 'Not estimated',
  choicesNotComputed: 'Which choice moves ranks most was not computed for this index.',
  levelsHeading: 'Maturity levels',
  levelFrom: (name, minScore) => `${name} (from ${minScore})`,
  belowLevels: 'Below every level, or no score',
  nobody: 'None',
  empty: 'No maturity index to show yet.',
  loading: 'Loading the maturity index…',
  error: 'The maturity index could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
};
