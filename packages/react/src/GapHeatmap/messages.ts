/** Every string the heatmap shows, so an app can translate it; English by default. */
export interface GapHeatmapMessages {
  /** Shown instead of the heatmap when there are no results. */
  readonly empty: string;
  /** Shown, as a busy status, while results load. */
  readonly loading: string;
  /** Shown when results could not be loaded and the app gave no `errorMessage`. */
  readonly error: string;
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
  /** Label of the button that shows the coloured grid. */
  readonly gridView: string;
  /** Label of the button that shows the plain table. */
  readonly tableView: string;
  /** Label of the group of the two view buttons. */
  readonly viewGroup: string;
}

/** English defaults for {@link GapHeatmapMessages}. */
export const defaultGapHeatmapMessages: GapHeatmapMessages = {
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
  gridView: 'Heatmap',
  tableView: 'Table',
  viewGroup: 'View as',
};
