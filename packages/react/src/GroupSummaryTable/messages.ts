import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages } from '../shared/widgetProps.js';

/** What {@link GroupSummaryTableMessages.summaryFurthest} is given. */
export interface GroupSummaryFurthestText {
  /** Name of the published group furthest below the required level. */
  readonly group: string;
  /** Name of the competency it is furthest below in. */
  readonly competency: string;
  /** Its mean gap to the required level, formatted. */
  readonly meanGap: string;
  /** Its share of people below the required level, formatted as a percentage. */
  readonly share: string;
}

/** What {@link GroupSummaryTableMessages.summaryWithheld} is given. */
export interface GroupSummaryWithheldText {
  /** Groups withheld because they have fewer than k respondents. */
  readonly tooSmall: LocalizedCount;
  /** Other groups withheld so that a small group cannot be worked out. */
  readonly protecting: LocalizedCount;
  /** k: the fewest respondents a published result rests on. */
  readonly k: LocalizedCount;
}

/** Every string the table and its CSV show, so an app can translate them; English by default. */
export interface GroupSummaryTableMessages extends LoadStateMessages {
  /**
   * The plain-words summary's first sentence: which published group is furthest below the
   * required level (a withheld group is never named).
   */
  readonly summaryFurthest: (furthest: GroupSummaryFurthestText) => string;
  /** The summary's first sentence when published groups have gap figures but no one is below. */
  readonly summaryNoneBelow: string;
  /** The summary's sentence on withheld groups: how many, and why (never which). */
  readonly summaryWithheld: (withheld: GroupSummaryWithheldText) => string;
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
}

/** English defaults for {@link GroupSummaryTableMessages}. */
export const defaultGroupSummaryTableMessages: GroupSummaryTableMessages = {
  summaryFurthest: ({ group, competency, meanGap, share }) =>
    `${group} is furthest below the required level in ${competency}: a mean gap of ${meanGap} levels, with ${share} of its people below it.`,
  summaryNoneBelow: 'No published group is below the required level.',
  summaryWithheld: ({ tooSmall, protecting, k }) => {
    const small =
      tooSmall.value === 0
        ? ''
        : plural(tooSmall, {
            one: `{count} group is withheld because it has fewer than ${k.text} respondents`,
            other: `{count} groups are withheld because they have fewer than ${k.text} respondents`,
          });
    const others =
      protecting.value === 0
        ? ''
        : tooSmall.value === 0
          ? plural(protecting, {
              one: '{count} group is withheld so that a smaller group’s results cannot be worked out',
              other:
                '{count} groups are withheld so that a smaller group’s results cannot be worked out',
            })
          : plural(protecting, {
              one: '{count} more to protect them',
              other: '{count} more to protect them',
            });
    return `${[small, others].filter(Boolean).join(', and ')}.`;
  },
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
