import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import {
  defaultViewSwitchMessages,
  type LoadStateMessages,
  type ViewSwitchMessages,
} from '../shared/widgetProps.js';
import type { GapMeasure } from './cellViews.js';

/** What {@link GapHeatmapMessages.summaryLargest} is given to name the largest need. */
export interface GapHeatmapLargestText {
  /** Which measure colours the heatmap. */
  readonly measure: GapMeasure;
  /** The competency with the largest need. */
  readonly competency: string;
  /** The units where it is largest, as a list in the locale ("A and B"); never a withheld one. */
  readonly units: string;
  /** How many units {@link units} names. */
  readonly unitCount: LocalizedCount;
}

/**
 * Every string the heatmap shows, so an app can translate it; English by default. `viewChart`
 * labels the button of the coloured grid, `viewTable` that of the plain table.
 */
export interface GapHeatmapMessages extends ViewSwitchMessages, LoadStateMessages {
  /**
   * First sentence of the plain-words summary: the competency and units of the largest need.
   */
  readonly summaryLargest: (largest: GapHeatmapLargestText) => string;
  /** Summary when no published value is above zero. */
  readonly summaryNoNeed: (measure: GapMeasure) => string;
  /** Summary when no cell has a published value (all withheld, empty or without a level). */
  readonly summaryNothingPublished: string;
  /** Second sentence of the summary: how many units have withheld results (never which). */
  readonly summaryWithheld: (units: LocalizedCount) => string;
  /** Header of the column of unit names; its button sorts the units by name. */
  readonly unit: string;
  /** Name of the mean-gap measure, in the legend and the table caption. */
  readonly meanGap: string;
  /** Name of the share-below-required measure, in the legend and the table caption. */
  readonly shareBelowRequired: string;
  /** Heading of the legend. */
  readonly legend: string;
  /** A colour band of the legend, e.g. “0.5 to 1.0”. */
  readonly band: (from: string, to: string) => string;
  /** Short mark in a withheld cell. */
  readonly withheld: string;
  /** Why a cell is withheld when its group is too small (read after “Withheld”). */
  readonly withheldPrimary: (k: number) => string;
  /** Why a cell is withheld that protects a small group elsewhere (read after “Withheld”). */
  readonly withheldComplementary: string;
  /** Legend entry explaining withheld cells. */
  readonly withheldKey: (k: number) => string;
  /** Short mark in a cell where no one in the unit has a score. */
  readonly noData: string;
  /** Legend entry explaining cells without data. */
  readonly noDataKey: string;
  /** Short mark in a cell where no respondent’s role sets a required level. */
  readonly notSet: string;
  /** Legend entry explaining cells without a required level. */
  readonly notSetKey: string;
  /** How to sort and move about the grid; shown above it and read as the grid’s description. */
  readonly gridHelp: string;
  /** Caption of the table view. */
  readonly tableCaption: (title: string, measure: string) => string;
}

/** English defaults for {@link GapHeatmapMessages}. */
export const defaultGapHeatmapMessages: GapHeatmapMessages = {
  ...defaultViewSwitchMessages,
  viewChart: 'Heatmap',
  summaryLargest: ({ measure, competency, units }) =>
    measure === 'meanGap'
      ? `The largest gaps are in ${competency}, in ${units}.`
      : `Most people are below the required level in ${competency}, in ${units}.`,
  summaryNoNeed: (measure) =>
    measure === 'meanGap'
      ? 'No unit shown has a gap to the required level.'
      : 'No one in the units shown is below the required level.',
  summaryNothingPublished:
    'No results can be shown: each is withheld, missing or has no required level.',
  summaryWithheld: (units) =>
    plural(units, {
      one: 'Some results of {count} unit are withheld to protect small groups.',
      other: 'Some results of {count} units are withheld to protect small groups.',
    }),
  empty: 'No results to show yet.',
  loading: 'Loading results…',
  error: 'The results could not be loaded. Try again later.',
  unit: 'Unit',
  meanGap: 'Mean gap (levels below the required level)',
  shareBelowRequired: 'Share of respondents below the required level',
  legend: 'Key',
  band: (from, to) => `${from} to ${to}`,
  withheld: 'Withheld',
  withheldPrimary: (k) => `fewer than ${k} respondents`,
  withheldComplementary: 'withheld so that a smaller group cannot be worked out',
  withheldKey: (k) =>
    `Withheld: fewer than ${k} respondents, or withheld so that a smaller group’s results cannot be worked out from the totals. Never a zero.`,
  noData: 'No data',
  noDataKey: 'No data: no one in the unit answered on this competency.',
  notSet: 'Not set',
  notSetKey: 'Not set: no respondent’s role sets a required level for this competency.',
  gridHelp:
    'Select a competency to sort the units by it, or a unit to sort the competencies (largest first, then smallest first, then the original order). Arrow keys move between cells.',
  tableCaption: (title, measure) => `${title}: ${measure}, by unit and competency`,
};
