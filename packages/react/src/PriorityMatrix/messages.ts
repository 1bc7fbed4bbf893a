import type { Crosshairs, ImportancePerformanceQuadrant } from '@capkit/scoring/tna';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';

/** What {@link PriorityMatrixMessages.summaryConcentrate} is given. */
export interface PriorityMatrixConcentrateText {
  /** How many items are in "concentrate here". */
  readonly count: LocalizedCount;
  /**
   * The first few of them, widest distance between importance and performance first, as a list
   * in the locale, ending in {@link PriorityMatrixMessages.summaryMore} when there are more.
   */
  readonly items: string;
}

/** What {@link PriorityMatrixMessages.pointLabel} is given to name one point. */
export interface PriorityMatrixPointText {
  /** The item's label. */
  readonly label: string;
  /** Mean importance, formatted in the locale. */
  readonly importance: string;
  /** Mean performance, formatted in the locale. */
  readonly performance: string;
  /** The quadrant's name, from the messages. */
  readonly quadrant: string;
  /** The item lies exactly on a cross-hair, so the tie rule decided its quadrant. */
  readonly onCrosshair: boolean;
}

/** What {@link PriorityMatrixMessages.chartSummary} is given to describe the whole picture. */
export interface PriorityMatrixSummaryText {
  /** Items plotted (those with at least one complete pair). */
  readonly plotted: number;
  /** {@link plotted}, formatted in the locale. */
  readonly plottedText: string;
  /** Items left out because no respondent gave both ratings. */
  readonly unscored: number;
  /** {@link unscored}, formatted in the locale. */
  readonly unscoredText: string;
  /** Items withheld because fewer than {@link minimum} people answered them. */
  readonly withheld: number;
  /** {@link withheld}, formatted in the locale. */
  readonly withheldText: string;
  /** The smallest number of people a plotted point may rest on, formatted. */
  readonly minimum: string;
  /** Which cross-hair rule split the grid. */
  readonly crosshairs: Crosshairs;
  /** Importance cross-hair, formatted. */
  readonly importance: string;
  /** Performance cross-hair, formatted. */
  readonly performance: string;
  /** Items per quadrant, formatted, with the quadrant's name. */
  readonly quadrants: readonly { readonly name: string; readonly count: string }[];
}

/** Every string the priority matrix shows, so an app can translate it; English by default. */
export interface PriorityMatrixMessages extends ViewSwitchMessages, LoadStateMessages {
  /**
   * Plain-words summary, first sentence: the items that matter most and are done least well.
   */
  readonly summaryConcentrate: (concentrate: PriorityMatrixConcentrateText) => string;
  /** Plain-words summary when no item is in "concentrate here". */
  readonly summaryNoConcentrate: string;
  /** The last entry of the summary's list when it names only some items: "2 more". */
  readonly summaryMore: (more: LocalizedCount) => string;
  /** Second sentence of the summary: how many items are withheld (never which). */
  readonly summaryWithheld: (items: LocalizedCount, minimum: string) => string;
  /** Horizontal axis title. */
  readonly performanceAxis: string;
  /** Vertical axis title. */
  readonly importanceAxis: string;
  /** Name of the `'grandMean'` cross-hairs, drawn beside each line. */
  readonly grandMean: string;
  /** Name of the `'scaleMidpoint'` cross-hairs, drawn beside each line. */
  readonly scaleMidpoint: string;
  /** Text beside a cross-hair line: its name and value. */
  readonly crosshairLabel: (name: string, value: string) => string;
  /** High importance, low performance. */
  readonly concentrateHere: string;
  /** High importance, high performance. */
  readonly keepUpTheGoodWork: string;
  /** Low importance, low performance. */
  readonly lowPriority: string;
  /** Low importance, high performance. */
  readonly possibleOverkill: string;
  /** Legend entry for the points outside "concentrate here" (which use the quadrant's name). */
  readonly otherQuadrants: string;
  /** Legend entry for the dashed cross-hair lines. */
  readonly crosshairsLegend: (crosshairs: Crosshairs) => string;
  /** Added where an item sits exactly on a cross-hair and the tie rule placed it. */
  readonly onCrosshair: string;
  /** Quadrant cell of an item no respondent rated on both scales. */
  readonly notScored: string;
  /** In the quadrant cell of an item withheld because too few people answered, given that number. */
  readonly withheld: (minimum: string) => string;
  /** Shown instead of the chart when every item with answers is withheld, given that number. */
  readonly allWithheld: (minimum: string) => string;
  /** Accessible name of one point: its label, both means and its quadrant. */
  readonly pointLabel: (point: PriorityMatrixPointText) => string;
  /** Second line of the visible label of a focused or selected point. */
  readonly pointValues: (importance: string, performance: string) => string;
  /** Accessible name of the group of points, with how to move between them. */
  readonly pointsLabel: string;
  /** Accessible summary of the chart picture. */
  readonly chartSummary: (summary: PriorityMatrixSummaryText) => string;
  /** Column header for the item names. */
  readonly item: string;
  /** Column header for mean importance. */
  readonly meanImportance: string;
  /** Column header for mean performance. */
  readonly meanPerformance: string;
  /** Column header for the quadrant. */
  readonly quadrant: string;
  /** Column header for the number of respondents who gave both ratings. */
  readonly n: string;
  /** Caption of the table that repeats the chart's values. */
  readonly tableCaption: (title: string) => string;
  /** Note under the table: where the cross-hairs are and how ties on them are placed. */
  readonly tableNote: (summary: PriorityMatrixSummaryText) => string;
  /** Name of an item that has no label, by its position (1-based, formatted in the locale). */
  readonly unlabelledItem: (position: string) => string;
}

/** The quadrants, in the order they are described and counted. */
export const quadrantOrder: readonly ImportancePerformanceQuadrant[] = [
  'concentrateHere',
  'keepUpTheGoodWork',
  'lowPriority',
  'possibleOverkill',
];

const items = (count: number, text: string) => `${text} ${count === 1 ? 'item' : 'items'}`;

/** English defaults for {@link PriorityMatrixMessages}. */
export const defaultPriorityMatrixMessages: PriorityMatrixMessages = {
  summaryConcentrate: ({ count, items }) =>
    plural(count, {
      one: `Concentrate here: {count} item matters most and is done least well — ${items}.`,
      other: `Concentrate here: {count} items matter most and are done least well — ${items}.`,
    }),
  summaryNoConcentrate:
    'No item both matters more than most and is done less well than most: nothing needs concentrating on first.',
  summaryMore: (more) => plural(more, { other: '{count} more' }),
  summaryWithheld: (items, minimum) =>
    plural(items, {
      one: `{count} item is not shown: fewer than ${minimum} people answered it.`,
      other: `{count} items are not shown: fewer than ${minimum} people answered each.`,
    }),
  empty: 'No importance and performance ratings to plot yet.',
  loading: 'Loading the priority matrix…',
  error: 'The priority matrix could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
  performanceAxis: 'Performance (mean rating)',
  importanceAxis: 'Importance (mean rating)',
  grandMean: 'Grand mean',
  scaleMidpoint: 'Scale midpoint',
  crosshairLabel: (name, value) => `${name} ${value}`,
  concentrateHere: 'Concentrate here',
  keepUpTheGoodWork: 'Keep up the good work',
  lowPriority: 'Low priority',
  possibleOverkill: 'Possible overkill',
  otherQuadrants: 'Other quadrants',
  crosshairsLegend: (crosshairs) =>
    crosshairs === 'grandMean'
      ? 'Cross-hairs at the grand means'
      : 'Cross-hairs at the scale midpoint',
  onCrosshair: 'on a cross-hair',
  notScored: 'Not scored: no respondent gave both ratings',
  withheld: (minimum) => `Withheld: fewer than ${minimum} people answered`,
  allWithheld: (minimum) =>
    `Nothing can be plotted: fewer than ${minimum} people answered each item, and figures from so few people would reveal their answers.`,
  pointLabel: ({ label, importance, performance, quadrant, onCrosshair }) =>
    `${label}: importance ${importance}, performance ${performance}, ${quadrant}${
      onCrosshair ? ' (on a cross-hair)' : ''
    }`,
  pointValues: (importance, performance) => `Importance ${importance}, performance ${performance}`,
  pointsLabel: 'Items: arrow keys move between points, Enter selects',
  chartSummary: (summary) =>
    `Importance–performance grid of ${items(summary.plotted, summary.plottedText)}: importance upwards, performance across. ` +
    `Cross-hairs at the ${summary.crosshairs === 'grandMean' ? 'grand means' : 'scale midpoint'} ` +
    `(importance ${summary.importance}, performance ${summary.performance}). ` +
    `${summary.quadrants.map((q) => `${q.name}: ${q.count}`).join('; ')}.` +
    (summary.unscored > 0
      ? ` ${items(summary.unscored, summary.unscoredText)} without complete answers not plotted.`
      : '') +
    (summary.withheld > 0
      ? ` ${items(summary.withheld, summary.withheldText)} withheld: fewer than ${summary.minimum} people answered.`
      : ''),
  item: 'Item',
  meanImportance: 'Mean importance',
  meanPerformance: 'Mean performance',
  quadrant: 'Quadrant',
  n: 'Respondents with both ratings (n)',
  tableCaption: (title) => `${title}: values`,
  tableNote: (summary) =>
    `Cross-hairs at the ${summary.crosshairs === 'grandMean' ? 'grand means of the items' : 'scale midpoint'}: ` +
    `importance ${summary.importance}, performance ${summary.performance}. ` +
    'An item exactly on the importance cross-hair counts as high importance, and exactly on the performance cross-hair as low performance.',
  unlabelledItem: (position) => `Item ${position}`,
};
