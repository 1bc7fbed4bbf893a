import type { WithheldReason } from '@capkit/scoring/evaluation';
import type { ChangeReading } from '../EvaluationSummary/changeWords.js';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
import type { ComparisonView } from './roundGrid.js';

/** What {@link RoundComparisonMessages.groupSummary} is given about one group of the grid. */
export interface ComparisonGroupText {
  readonly by: ComparisonView;
  /** The group's name: a competency, a unit, or "all units" (then `all` is true). */
  readonly name: string;
  readonly all: boolean;
  /** Cells of the group that rose or fell beyond noise, and how many cells there are. */
  readonly rose: LocalizedCount;
  readonly fell: LocalizedCount;
  readonly total: LocalizedCount;
  /** Names of the cells that rose and that fell, as one list in the reader's language. */
  readonly roseNames: string;
  readonly fellNames: string;
  /** By competency: the reading for all units together, `null` otherwise. */
  readonly whole: ChangeReading | null;
}

/** A published cell, formatted, for {@link RoundComparisonMessages.cell}. */
export interface ComparisonCellText {
  readonly reading: Exclude<ChangeReading, 'tooFewPeople'>;
  /** Round means, e.g. "2.25" and "3.00". */
  readonly round1: string;
  readonly round2: string;
  /** The change with its sign, e.g. "+0.75". */
  readonly change: string;
  readonly lower: string;
  readonly upper: string;
  /** Level of the interval, e.g. "95%". */
  readonly level: string;
}

/** Every string the round comparison shows, so an app can translate it; English by default. */
export interface RoundComparisonMessages extends LoadStateMessages, ViewSwitchMessages {
  /** One group's finding; '' when nothing in it changed beyond noise. */
  readonly groupSummary: (group: ComparisonGroupText) => string;
  /** After the groups named, how many more changed beyond noise somewhere. */
  readonly moreGroups: (by: ComparisonView, count: LocalizedCount) => string;
  /** When no result shown changed beyond noise. */
  readonly noChange: (by: ComparisonView, total: LocalizedCount) => string;
  /** How many results shown the engine withheld. */
  readonly tooFewSummary: (count: LocalizedCount, total: LocalizedCount) => string;
  /**
   * Whether the engine adjusts for testing many results at once (it does not), in plain words;
   * `chance` is 1 / (1 − level), e.g. "20".
   */
  readonly multipleComparisons: (results: LocalizedCount, chance: string) => string;
  /** How each change is computed and read, for the figure's description. */
  readonly method: (level: string) => string;
  /** The view switch: its legend and options. */
  readonly viewLegend: string;
  readonly view: (by: ComparisonView) => string;
  /** The filters. */
  readonly filtersLabel: string;
  readonly competencyFilter: string;
  readonly unitFilter: string;
  readonly everyCompetency: string;
  readonly everyUnit: string;
  /** The engine's `whole`: everyone with a unit. */
  readonly allUnits: string;
  readonly chartTitle: (by: ComparisonView) => string;
  /** A reading as a short label: "Rose beyond noise". */
  readonly reading: (reading: ChangeReading) => string;
  /** A published cell in words, for the chart. */
  readonly cell: (cell: ComparisonCellText) => string;
  /** A withheld cell in words, given k (formatted) and why; never a number of the group. */
  readonly tooFewPeople: (k: string, reason: WithheldReason | 'fewerThanTwo') => string;
  /** Round means in a table cell: "2.25 → 3.00". */
  readonly means: (round1: string, round2: string) => string;
  readonly interval: (lower: string, upper: string, level: string) => string;
  readonly tableCaption: (title: string) => string;
  /** Header of the table's first column: what its rows are. */
  readonly rowsHeading: (by: ComparisonView) => string;
  /** Where the engine gave no result for a competency in a unit. */
  readonly noResult: string;
  readonly axisLabel: string;
  readonly legendRound1: string;
  readonly legendRound2: string;
  readonly legendInterval: (level: string) => string;
  /** When the filters leave nothing. */
  readonly nothingShown: string;
}

const units = { one: '{count} unit', other: '{count} units' };
const competencies = { one: '{count} competency', other: '{count} competencies' };

/** English defaults for {@link RoundComparisonMessages}. */
export const defaultRoundComparisonMessages: RoundComparisonMessages = {
  groupSummary: ({ by, name, all, rose, fell, total, fellNames, whole }) => {
    const of = plural(total, by === 'competency' ? units : competencies);
    const fallen =
      fell.value === 0 ? '' : fell.value > 3 ? `; ${fell.text} fell` : `; ${fellNames} fell`;
    if (by === 'competency') {
      if (rose.value > 0) return `${name} rose in ${rose.text} of ${of} beyond noise${fallen}.`;
      if (fell.value > 0) return `${name} fell in ${fell.text} of ${of} beyond noise.`;
      if (whole === 'improvement' || whole === 'decline')
        return `${name} ${whole === 'improvement' ? 'rose' : 'fell'} beyond noise across all units together, though no unit shows it on its own.`;
      return '';
    }
    const where = all ? 'Across all units' : `In ${name}`;
    if (rose.value > 0) return `${where}, ${rose.text} of ${of} rose beyond noise${fallen}.`;
    if (fell.value > 0) return `${where}, ${fell.text} of ${of} fell beyond noise.`;
    return '';
  },
  moreGroups: (by, count) =>
    `${plural(count, by === 'competency' ? { one: '{count} more competency', other: '{count} more competencies' } : { one: '{count} more unit', other: '{count} more units' })} changed beyond noise somewhere; the table has every result.`,
  noChange: (by, total) =>
    `No change beyond noise in any of the ${plural(total, by === 'competency' ? competencies : units)} shown.`,
  tooFewSummary: (count, total) =>
    `${count.text} of the ${total.text} results ${count.value === 1 ? 'rests' : 'rest'} on too few people to conclude.`,
  multipleComparisons: (results, chance) =>
    `Each result is tested on its own; the engine does not adjust for testing ${results.text} at once, so about 1 in ${chance} results may cross the line by chance even where nothing changed.`,
  method: (level) =>
    `Mean level in round 1 and round 2 of the people seen in both rounds; the change is the mean of round 2 − round 1 with its ${level} confidence interval (paired t-test). Beyond noise: the interval leaves out 0.`,
  viewLegend: 'Compare',
  view: (by) => (by === 'competency' ? 'By competency' : 'By unit'),
  filtersLabel: 'Show',
  competencyFilter: 'Competency',
  unitFilter: 'Unit',
  everyCompetency: 'Every competency',
  everyUnit: 'Every unit',
  allUnits: 'All units',
  chartTitle: (by) =>
    by === 'competency' ? 'Round 1 and round 2, by competency' : 'Round 1 and round 2, by unit',
  reading: (reading) =>
    ({
      improvement: 'Rose beyond noise',
      decline: 'Fell beyond noise',
      noClearChange: 'Within noise',
      tooFewPeople: 'Too few people to conclude',
    })[reading],
  cell: ({ reading, round1, round2, change, lower, upper, level }) =>
    `${{ improvement: 'Rose beyond noise', decline: 'Fell beyond noise', noClearChange: 'Within noise' }[reading]}: ${round1} → ${round2}, ${change} (${level} CI ${lower} to ${upper}).`,
  tooFewPeople: (k, reason) =>
    reason === 'complementary'
      ? `Too few people to conclude: withheld so that a group of fewer than ${k} people cannot be worked out from the others.`
      : reason === 'fewerThanTwo'
        ? 'Too few people to conclude: a change needs at least 2 people seen in both rounds.'
        : `Too few people to conclude: a result resting on fewer than ${k} people is not published.`,
  means: (round1, round2) => `${round1} → ${round2}`,
  interval: (lower, upper, level) => `${level} CI ${lower} to ${upper}`,
  tableCaption: (title) => `${title}: change in mean level`,
  rowsHeading: (by) => (by === 'competency' ? 'Competency' : 'Unit'),
  noResult: 'No result',
  axisLabel: 'Mean level',
  legendRound1: 'Round 1',
  legendRound2: 'Round 2',
  legendInterval: (level) => `Round 2 within the ${level} CI of the change`,
  nothingShown: 'Nothing to show for this competency and unit.',
  empty: 'No results of two rounds to compare yet.',
  loading: 'Loading the comparison of rounds…',
  error: 'The comparison of rounds could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
};
