/** Every string the table and its CSV show, so an app can translate them; English by default. */
export interface GroupSummaryTableMessages {
  /** Header of the column of group names, unless the app gives a `groupHeading`. */
  readonly group: string;
  /** Header of the column of competency names (all competencies, and always in the CSV). */
  readonly competency: string;
  /** CSV header of the column that says whether a row is published, withheld or empty. */
  readonly status: string;
  /** Header of the number of respondents with a score. */
  readonly count: string;
  /** Header of the mean score. */
  readonly mean: string;
  /** Header of the sample standard deviation. */
  readonly sd: string;
  /** Header of the median score. */
  readonly median: string;
  /** Header of the mean gap to the required level. */
  readonly meanGap: string;
  /** Header of the share of respondents below the required level. */
  readonly shareBelowRequired: string;
  /** CSV header of a column written as percentages, e.g. “Below required level (%)”. */
  readonly percentColumn: (header: string) => string;
  /** CSV status of a row whose results are shown. */
  readonly published: string;
  /** In place of the results of a group too small to show, and its CSV status. */
  readonly withheldPrimary: (k: number) => string;
  /** In place of results withheld so that a smaller group cannot be worked out, and its CSV status. */
  readonly withheldComplementary: string;
  /** Note under the table when some results are withheld. */
  readonly withheldNote: (k: number) => string;
  /** In place of the results of a group in which no one has a score. */
  readonly noResponses: string;
  /** In place of a gap or share when no respondent’s role sets a required level. */
  readonly notSet: string;
  /** Read (not shown) for a value that cannot be computed, shown as a dash. */
  readonly notAvailable: string;
  /** Label of the CSV download button. */
  readonly download: string;
  /** Shown, as a busy status, while results load. */
  readonly loading: string;
  /** Shown when results could not be loaded and the app gave no `errorMessage`. */
  readonly error: string;
  /** Shown instead of the table when there are no results. */
  readonly empty: string;
}

/** English defaults for {@link GroupSummaryTableMessages}. */
export const defaultGroupSummaryTableMessages: GroupSummaryTableMessages = {
  group: 'Group',
  competency: 'Competency',
  status: 'Status',
  count: 'Respondents',
  mean: 'Mean score',
  sd: 'Standard deviation',
  median: 'Median score',
  meanGap: 'Mean gap',
  shareBelowRequired: 'Below required level',
  percentColumn: (header) => `${header} (%)`,
  published: 'Published',
  withheldPrimary: (k) => `Withheld: fewer than ${k} respondents`,
  withheldComplementary: 'Withheld so that a smaller group’s results cannot be worked out',
  withheldNote: (k) =>
    `Results of groups of fewer than ${k} respondents are withheld to protect their privacy. Some larger groups are withheld too, so that a small group’s results cannot be worked out by subtracting the others from a total.`,
  noResponses: 'No responses',
  notSet: 'Not set',
  notAvailable: 'Not available',
  download: 'Download as CSV',
  loading: 'Loading results…',
  error: 'The results could not be loaded. Try again later.',
  empty: 'No results to show yet.',
};
