import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';

export type { LocalizedCount } from '../shared/localeFormat.js';

function competencies(count: LocalizedCount): string {
  return plural(count, { one: '{count} competency', other: '{count} competencies' });
}

/** Every string the profile shows, so an app can translate it; English by default. */
export interface CompetencyProfileMessages extends ViewSwitchMessages, LoadStateMessages {
  /** Name of the group of buttons that switch between the radar and the bars. */
  readonly formGroup: string;
  /** Button that draws the profile as a radar. */
  readonly formRadar: string;
  /** Button that draws the profile as bars. */
  readonly formBars: string;
  /** Column header for the competency names. */
  readonly competency: string;
  /** Column header and legend entry for the scores. */
  readonly score: string;
  /** Column header for the proficiency level a score has reached. */
  readonly levelReached: string;
  /** Column header and legend entry for the required level. */
  readonly requiredLevel: string;
  /** Column header for the gap: how far the score falls short of the required level. */
  readonly gap: string;
  /** Column header for whether the score meets the required level. */
  readonly status: string;
  /** Under a radar axis whose score is missing, where there is no room for the reason. */
  readonly noScore: string;
  /** Why a score is missing, when the datum gives no `missingReason` of its own. */
  readonly missingReason: string;
  /** In place of a missing score in the table, the bars and the axis key; never shown as 0. */
  readonly noScoreWithReason: (reason: string) => string;
  /** One item of the summary's list of competencies without a score, with the reason. */
  readonly noScoreItem: (competency: string, reason: string) => string;
  /** In place of a required level that is not set. */
  readonly notSet: string;
  /** Status when the score is at or above the required level. */
  readonly meetsRequired: string;
  /** Status when the score is below the required level. */
  readonly belowRequired: string;
  /** Status when there is no score or no required level to compare. */
  readonly notCompared: string;
  /** Caption of the table that gives the chart's values. */
  readonly tableCaption: (title: string) => string;
  /** Accessible description of the radar picture. */
  readonly radarSummary: (count: LocalizedCount) => string;
  /** Accessible description of the bar picture. */
  readonly barsSummary: (count: LocalizedCount) => string;
  /** Heading of the key that names the numbered radar axes (shown for many competencies). */
  readonly axisKey: string;
  /** One item of the summary's list of shortfalls, e.g. "User research (gap 0.8)"; `gap` is formatted. */
  readonly gapItem: (competency: string, gap: string) => string;
  /** Summary sentence when some scores fall below their required levels. */
  readonly summaryBelow: (below: LocalizedCount, total: LocalizedCount, list: string) => string;
  /** Summary sentence when no score falls below its required level. */
  readonly summaryNoneBelow: (meets: LocalizedCount, total: LocalizedCount) => string;
  /** Summary sentence naming the competencies without a score. */
  readonly summaryNoScore: (count: LocalizedCount, list: string) => string;
  /** Summary sentence naming the scored competencies without a required level. */
  readonly summaryNoRequired: (count: LocalizedCount, list: string) => string;
}

/** English defaults for {@link CompetencyProfileMessages}. */
export const defaultCompetencyProfileMessages: CompetencyProfileMessages = {
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
  formGroup: 'Chart type',
  formRadar: 'Radar',
  formBars: 'Bars',
  empty: 'No competency scores to show yet.',
  loading: 'Loading competency scores…',
  error: 'The competency scores could not be loaded. Try again later.',
  competency: 'Competency',
  score: 'Score',
  levelReached: 'Level reached',
  requiredLevel: 'Required level',
  gap: 'Gap',
  status: 'Status',
  noScore: 'No score',
  missingReason: 'not enough answers',
  noScoreWithReason: (reason) => `No score: ${reason}`,
  noScoreItem: (competency, reason) => `${competency} (${reason})`,
  notSet: 'Not set',
  meetsRequired: 'Meets required level',
  belowRequired: 'Below required level',
  notCompared: 'Not compared',
  tableCaption: (title) => `${title}: values`,
  radarSummary: (count) =>
    `Radar chart of ${competencies(count)}: scores as a solid line with round markers, required levels as a dashed line with diamond markers. The summary and the table give the same values.`,
  barsSummary: (count) =>
    `Bar chart of ${competencies(count)}: one bar per score, required levels as dashed lines with diamond markers. The summary and the table give the same values.`,
  axisKey: 'Axes',
  gapItem: (competency, gap) => `${competency} (gap ${gap})`,
  summaryBelow: (below, total, list) =>
    `Below the required level in ${below.text} of ${competencies(total)}: ${list}.`,
  summaryNoneBelow: (meets, total) =>
    meets.value === total.value
      ? plural(total, {
          one: 'At or above the required level in the one competency.',
          other: 'At or above the required level in all {count} competencies.',
        })
      : `At or above the required level in ${meets.text} of ${competencies(total)}, and below it in none.`,
  summaryNoScore: (count, list) => `No score in ${competencies(count)}: ${list}.`,
  summaryNoRequired: (count, list) => `No required level set for ${competencies(count)}: ${list}.`,
};
