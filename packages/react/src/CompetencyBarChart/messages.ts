/** Every string the chart shows, so an app can translate it; English by default. */
export interface CompetencyBarChartMessages {
  /** Shown instead of the chart when there is nothing to plot. */
  readonly empty: string;
  /** Column header for the competency names. */
  readonly competency: string;
  /** Column header and legend entry for the scores. */
  readonly score: string;
  /** Column header for the proficiency level a score has reached. */
  readonly levelReached: string;
  /** Column header and legend entry for the role's required level. */
  readonly requiredLevel: string;
  /** Column header for whether the score meets the required level. */
  readonly status: string;
  /** Why a score is missing, when the datum gives no `missingReason` of its own. */
  readonly missingReason: string;
  /** In place of a missing score, in the chart and the table: "No score" with its reason. */
  readonly noScoreWithReason: (reason: string) => string;
  /** Status when the score is at or above the required level. */
  readonly meetsRequired: string;
  /** Status when the score is below the required level. */
  readonly belowRequired: string;
  /** In place of a required level that is not set. */
  readonly notSet: string;
  /** Caption of the table that repeats the chart's values. */
  readonly tableCaption: (title: string) => string;
  /** Accessible summary of the chart picture itself. */
  readonly chartSummary: (count: number) => string;
}

/** English defaults for {@link CompetencyBarChartMessages}. */
export const defaultCompetencyBarChartMessages: CompetencyBarChartMessages = {
  empty: 'No competency scores to show yet.',
  competency: 'Competency',
  score: 'Score',
  levelReached: 'Level reached',
  requiredLevel: 'Required level',
  status: 'Status',
  missingReason: 'not enough answers',
  noScoreWithReason: (reason) => `No score: ${reason}`,
  meetsRequired: 'Meets required level',
  belowRequired: 'Below required level',
  notSet: 'Not set',
  tableCaption: (title) => `${title}: values`,
  chartSummary: (count) =>
    `Bar chart of ${count} ${count === 1 ? 'competency' : 'competencies'}. The table that follows gives the same values.`,
};
