import type { CoreIssue, FunctionalCapacity, PointOfEntry } from '@capkit/model';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
import type { CapacityGapSeverity } from './capacityGaps.js';

/** A cross-section named for the summary, with its gap formatted. */
export interface CapacityGapText {
  /** The cross-section's name, from {@link CapacityAssessmentViewMessages.crossSection}. */
  readonly name: string;
  /** The gap, formatted in the reader's locale, e.g. "2.5". */
  readonly gap: string;
}

/** What {@link CapacityAssessmentViewMessages.summary} is given. */
export interface CapacitySummaryText {
  /** Cross-sections with at least one question. */
  readonly assessed: LocalizedCount;
  /** Of those, the ones with both desired and existing capacity rated. */
  readonly rated: LocalizedCount;
  /** Of those, the ones with a large gap. */
  readonly large: LocalizedCount;
  /**
   * The largest gaps, largest first, with any tied with the last of them (empty when existing
   * capacity meets desired everywhere).
   */
  readonly largest: readonly CapacityGapText[];
  /** How many they are. */
  readonly largestCount: LocalizedCount;
  /** The functional capacity with the largest gap, or `null`. */
  readonly widestFunction: CapacityGapText | null;
}

/** The parts of a cross-section's name, for {@link CapacityAssessmentViewMessages.crossSection}. */
export interface CrossSectionNameParts {
  readonly pointOfEntry: PointOfEntry;
  readonly coreIssue: CoreIssue;
  /** The point of entry's name from `pointOfEntry` messages. */
  readonly pointOfEntryName: string;
  /** The core issue's name from `coreIssue` messages. */
  readonly coreIssueName: string;
}

/** Every string of the capacity-assessment view, so an app can translate it; English by default. */
export interface CapacityAssessmentViewMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The plain-words sentence that opens the view. */
  readonly summary: (summary: CapacitySummaryText) => string;
  /** When and in which round the assessment was conducted (the date through date-fns). */
  readonly conducted: (date: string, round: string) => string;
  /** How the figures are computed and the gaps worded, given the range and the band edges. */
  readonly method: (range: { min: string; max: string; moderate: string; large: string }) => string;
  /** UNDP's points of entry. */
  readonly pointOfEntry: Readonly<Record<PointOfEntry, string>>;
  /** UNDP's core issues. */
  readonly coreIssue: Readonly<Record<CoreIssue, string>>;
  /** UNDP's functional capacities. */
  readonly functionalCapacity: Readonly<Record<FunctionalCapacity, string>>;
  /** A cross-section's name: "Knowledge in the organisation", "Leadership of individuals". */
  readonly crossSection: (parts: CrossSectionNameParts) => string;
  /** A gap in words, the way it is shown beside its pattern. */
  readonly severity: Readonly<Record<CapacityGapSeverity, string>>;
  /** A gap figure: "Gap 2.5". */
  readonly gap: (gap: string) => string;
  /** Desired and existing capacity: "Desired 4.5, existing 2.0". */
  readonly levels: (desired: string, existing: string) => string;
  /** In place of a mean without ratings. */
  readonly notRated: string;
  readonly questions: (count: LocalizedCount) => string;
  /** Accessible description of the matrix: how to move and drill down. */
  readonly matrixHelp: string;
  /** The matrix's corner header. */
  readonly coreIssueHeading: string;
  readonly pointOfEntryHeading: string;
  readonly functionalCapacityHeading: string;
  readonly desiredHeading: string;
  readonly existingHeading: string;
  readonly gapHeading: string;
  readonly readingHeading: string;
  readonly questionsHeading: string;
  readonly tableCaption: (title: string) => string;
  /** Caption of the table of margins. */
  readonly marginsCaption: string;
  /** Its first column: a point of entry, core issue or functional capacity. */
  readonly dimensionHeading: string;
  /** After a table row's "3 questions" button, for screen readers: " of Knowledge in the organisation". */
  readonly showQuestions: (crossSection: string) => string;
  /** The drill-down's back button. */
  readonly back: string;
  /** The drill-down's opening line: the cross-section's gap in words with its figures. */
  readonly detailSummary: (
    severity: CapacityGapSeverity,
    figures: string,
    capacities: LocalizedCount,
    questions: LocalizedCount,
  ) => string;
  /** The functional capacities not asked about in a cross-section. */
  readonly unassessedCapacities: (names: readonly string[]) => string;
  readonly evidence: (sources: readonly string[]) => string;
  /** One question's ratings: "Desired 5, existing 2: large gap of 3". */
  readonly questionRatings: (
    desired: string | null,
    existing: string | null,
    severity: CapacityGapSeverity,
    gap: string | null,
  ) => string;
  /** Label of the list of questions of a functional capacity. */
  readonly questionList: (capacity: string) => string;
}

const list = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

const severityWords: Record<CapacityGapSeverity, string> = {
  large: 'Large gap',
  moderate: 'Moderate gap',
  small: 'Small gap',
  none: 'No gap',
  unrated: 'Not rated',
  unassessed: 'Not assessed',
};

/** English defaults for {@link CapacityAssessmentViewMessages}. */
export const defaultCapacityAssessmentViewMessages: CapacityAssessmentViewMessages = {
  summary: ({ assessed, rated, large, largest, largestCount, widestFunction }) => {
    if (assessed.value === 0) return 'No capacity has been assessed yet.';
    if (rated.value === 0)
      return 'No cross-section has both its desired and its existing capacity rated yet.';
    const sections = plural(rated, {
      one: 'the one rated cross-section',
      other: 'all {count} rated cross-sections',
    });
    if (largest.length === 0) return `Existing capacity meets the desired capacity in ${sections}.`;
    const same = largest.length > 1 && largest.every(({ gap }) => gap === largest[0]?.gap);
    // More than four tied names read as a list, not a priority: give their number instead.
    const first = same
      ? largest.length > 4
        ? `${largestCount.text} cross-sections share the largest gap, ${largest[0]?.gap ?? ''} points each: see the matrix.`
        : `Close the largest gaps first, ${largest[0]?.gap ?? ''} points each: ${list(largest.map(({ name }) => name))}.`
      : `Close the largest gaps first: ${list(largest.map(({ name, gap }) => `${name} (${gap} points)`))}.`;
    const share =
      large.value === 0
        ? ' None of the gaps is large.'
        : ` ${large.text} of ${rated.text} rated cross-sections ${large.value === 1 ? 'has' : 'have'} a large gap.`;
    const widest =
      widestFunction === null
        ? ''
        : ` By function, the widest gap is in ${widestFunction.name} (${widestFunction.gap} points).`;
    return `${first}${share}${widest}`;
  },
  conducted: (date, round) => `Assessed on ${date}, round ${round}.`,
  method: ({ min, max, moderate, large }) =>
    `Desired and existing capacity rated from ${min} to ${max} (UNDP Capacity Assessment Methodology, 2008). ` +
    'Each cell is the mean of its questions; each cross-section the mean of its functional capacities, one vote each. ' +
    `A gap of ${large} points or more is large, of ${moderate} or more moderate.`,
  pointOfEntry: {
    enablingEnvironment: 'Enabling environment',
    organisation: 'Organisation',
    individual: 'Individual',
  },
  coreIssue: {
    institutionalArrangements: 'Institutional arrangements',
    leadership: 'Leadership',
    knowledge: 'Knowledge',
    accountability: 'Accountability',
  },
  functionalCapacity: {
    engageStakeholders: 'Engage stakeholders',
    assessAndEnvision: 'Assess a situation and create a vision',
    formulatePolicyAndStrategy: 'Formulate policies and strategies',
    budgetManageAndImplement: 'Budget, manage and implement',
    monitorAndEvaluate: 'Monitor and evaluate',
  },
  crossSection: ({ pointOfEntry, coreIssueName }) =>
    pointOfEntry === 'individual'
      ? `${coreIssueName} of individuals`
      : `${coreIssueName} in the ${pointOfEntry === 'organisation' ? 'organisation' : 'enabling environment'}`,
  severity: severityWords,
  gap: (gap) => `Gap ${gap}`,
  levels: (desired, existing) => `Desired ${desired}, existing ${existing}`,
  notRated: 'not rated',
  questions: (count) => plural(count, { one: '{count} question', other: '{count} questions' }),
  matrixHelp:
    'Arrow keys move between cross-sections; Enter shows the questions of one, and Escape or the back button returns here.',
  coreIssueHeading: 'Core issue',
  pointOfEntryHeading: 'Point of entry',
  functionalCapacityHeading: 'Functional capacity',
  desiredHeading: 'Desired',
  existingHeading: 'Existing',
  gapHeading: 'Gap',
  readingHeading: 'Reading',
  questionsHeading: 'Questions',
  tableCaption: (title) => `${title}: cross-sections`,
  marginsCaption: 'Over all questions, by point of entry, core issue and functional capacity',
  dimensionHeading: 'All questions in',
  showQuestions: (crossSection) => ` of ${crossSection}`,
  back: 'Back to all cross-sections',
  detailSummary: (severity, figures, capacities, questions) => {
    const where = `${plural(capacities, { one: '{count} functional capacity', other: '{count} functional capacities' })}, ${plural(questions, { one: '{count} question', other: '{count} questions' })}`;
    if (severity === 'unassessed') return 'No question has been asked about this cross-section.';
    if (severity === 'unrated')
      return `Not rated for both desired and existing capacity (${where}).`;
    return `${severityWords[severity]}: ${figures} (${where}).`;
  },
  unassessedCapacities: (names) => `Not assessed here: ${names.join(', ')}.`,
  evidence: (sources) => `Evidence: ${sources.join(', ')}`,
  questionRatings: (desired, existing, severity, gap) => {
    const rated = `Desired ${desired ?? 'not rated'}, existing ${existing ?? 'not rated'}`;
    return gap === null ? rated : `${rated}: ${severityWords[severity].toLowerCase()} (${gap})`;
  },
  questionList: (capacity) => `Questions on ${capacity}`,
  empty: 'No capacity assessment to show yet.',
  loading: 'Loading the capacity assessment…',
  error: 'The capacity assessment could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Matrix',
  viewTable: 'Table',
};
