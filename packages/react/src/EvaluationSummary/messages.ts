import type { IndicatorStatus, WithheldReason } from '@capkit/scoring/evaluation';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
import type { ChangeReading, ChangeSize } from './changeWords.js';
import type { RoiOutcome } from './roiWords.js';

/** What the changes in the chart are of: competencies or groups (units). */
export type EvaluationChangeKind = 'competency' | 'group';

/** A change, formatted, for {@link EvaluationSummaryMessages.change}. */
export interface EvaluationChangeText {
  /** `noClearChange`, `improvement` or `decline` (withheld changes use `tooFewPeople`). */
  readonly reading: Exclude<ChangeReading, 'tooFewPeople'>;
  /** Cohen's word, `null` for no clear change or without spread. */
  readonly size: ChangeSize | null;
  /** The estimate with its sign and unit, e.g. "+0.60 levels". */
  readonly estimate: string;
  /** Ends of the interval, formatted. */
  readonly lower: string;
  readonly upper: string;
  /** Level of the interval, e.g. "95%". */
  readonly level: string;
}

/** What {@link EvaluationSummaryMessages.summary} is given. */
export interface EvaluationSummaryText {
  readonly by: EvaluationChangeKind;
  /** Changes in the chart, and how many read each way. */
  readonly total: LocalizedCount;
  readonly improved: LocalizedCount;
  readonly declined: LocalizedCount;
  readonly noClear: LocalizedCount;
  readonly tooFew: LocalizedCount;
  /** The largest clear improvement's name, if any. */
  readonly largest: string | null;
  /** The difference in differences, worded, or `null` without one. */
  readonly treated: string | null;
  /** The ROI sentence, or `null` without an ROI. */
  readonly roi: string | null;
}

/** What {@link EvaluationSummaryMessages.roi} is given. */
export interface EvaluationRoiText {
  readonly outcome: RoiOutcome;
  /** One unit of the currency, e.g. "€1.00". */
  readonly unit: string;
  /** Adjusted benefits per unit of cost, in money, e.g. "€1.60". */
  readonly perUnit: string;
  /** ROI, e.g. "60%". */
  readonly roi: string;
  readonly net: string;
  readonly costs: string;
  readonly benefits: string;
  /** Share of the gross benefits kept after the adjustments, e.g. "40%"; `null` without any. */
  readonly kept: string | null;
}

/** Every string the evaluation summary shows, so an app can translate it; English by default. */
export interface EvaluationSummaryMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The plain-words summary that opens the view. */
  readonly summary: (summary: EvaluationSummaryText) => string;
  /** A published change in words: "A large improvement: +0.60 levels, 95% CI 0.40 to 0.80". */
  readonly change: (change: EvaluationChangeText) => string;
  /** In place of every figure the engine withheld, given k (formatted) and why. */
  readonly tooFewPeople: (k: string, reason: WithheldReason | 'fewerThanTwo') => string;
  /** Short form of the same, for a table cell. */
  readonly tooFewPeopleShort: string;
  /** In the figure cells of a withheld row. */
  readonly notPublished: string;
  /** A measure's unit after a number, by the number's plural category: "level", "levels". */
  readonly unit: (category: Intl.LDMLPluralRule) => string;
  /** Shares of a scale (Kirkpatrick): "+12% of the scale". */
  readonly shareOfScale: (share: string) => string;
  /** How the changes were computed and worded, with the effect-size thresholds and source. */
  readonly method: (level: string) => string;
  /** Title of the chart of changes. */
  readonly changeTitle: (by: EvaluationChangeKind) => string;
  /** Accessible name of the list of changes. */
  readonly changeListLabel: (by: EvaluationChangeKind) => string;
  readonly nameHeading: (by: EvaluationChangeKind) => string;
  readonly changeHeading: string;
  readonly intervalHeading: (level: string) => string;
  readonly effectSizeHeading: string;
  readonly peopleHeading: string;
  readonly readingHeading: string;
  /** A reading as a table cell: "Improvement (large)". */
  readonly reading: (reading: ChangeReading, size: ChangeSize | null) => string;
  readonly people: (count: LocalizedCount) => string;
  readonly interval: (lower: string, upper: string) => string;
  readonly axisLabel: (level: string) => string;
  readonly legendEstimate: string;
  readonly legendInterval: (level: string) => string;
  readonly legendZero: string;
  readonly tableCaption: (title: string) => string;
  /** Treated against untreated. */
  readonly treatedHeading: string;
  readonly treatedArm: string;
  readonly untreatedArm: string;
  /**
   * The difference in differences (trained staff's change − untrained staff's): "Trained staff
   * gained more than untrained staff: a large difference of +0.75 levels, 95% CI 0.21 to 1.29.";
   * `change` is `null` when withheld, and `tooFew` then says why.
   */
  readonly difference: (change: EvaluationChangeText | null, tooFew: string) => string;
  /** Name of a level-3 instrument, before its withheld notice. */
  readonly instrumentName: (instrument: 'followUp' | 'supervisorRating') => string;
  /** Round-1 comparison: similar start (no clear difference) or not. */
  readonly baseline: (similar: boolean | null, words: string) => string;
  /** The assumption behind the difference in differences. */
  readonly parallelTrends: string;
  /** Kirkpatrick levels. */
  readonly kirkpatrickHeading: string;
  readonly levelName: (level: 1 | 2 | 3 | 4) => string;
  readonly reaction: (mean: string, people: LocalizedCount) => string;
  readonly followUp: (mean: string, people: LocalizedCount) => string;
  readonly supervisorRating: (mean: string, people: LocalizedCount) => string;
  readonly noScores: string;
  readonly indicator: (name: string, way: string | null, status: IndicatorStatus) => string;
  readonly noIndicators: string;
  /** Phillips ROI. */
  readonly roiHeading: string;
  readonly roi: (roi: EvaluationRoiText) => string;
  readonly roiTableCaption: string;
  readonly benefitHeading: string;
  readonly amountHeading: string;
  readonly adjustedHeading: string;
  readonly totalCosts: string;
  readonly totalBenefits: string;
  readonly intangibles: (count: LocalizedCount) => string;
  readonly roiMethod: string;
  /** Name of an id without a label. */
  readonly unlabelled: (id: string) => string;
}

const sizeWord = (size: ChangeSize | null) => (size === null ? '' : `${size} `);

/** English defaults for {@link EvaluationSummaryMessages}. */
export const defaultEvaluationSummaryMessages: EvaluationSummaryMessages = {
  summary: ({ by, total, improved, declined, noClear, tooFew, largest, treated, roi }) => {
    const things = plural(total, {
      one: by === 'competency' ? '{count} competency' : '{count} group',
      other: by === 'competency' ? '{count} competencies' : '{count} groups',
    });
    const parts: string[] = [];
    if (total.value > 0 && tooFew.value === total.value) {
      parts.push(`Too few people to conclude about any of the ${things}.`);
    } else if (total.value > 0) {
      const clauses: string[] = [];
      if (improved.value > 0) clauses.push(`${improved.text} clearly improved`);
      if (declined.value > 0) clauses.push(`${declined.text} declined`);
      if (noClear.value > 0)
        clauses.push(
          plural(noClear, {
            one: '{count} shows no clear change',
            other: '{count} show no clear change',
          }),
        );
      if (tooFew.value > 0)
        clauses.push(
          plural(tooFew, {
            one: '{count} has too few people to conclude',
            other: '{count} have too few people to conclude',
          }),
        );
      const last = clauses.length > 1 ? ` and ${clauses.pop() ?? ''}` : '';
      parts.push(`Of ${things}, ${clauses.join(', ')}${last}.`);
      if (largest !== null) parts.push(`The largest gain is in ${largest}.`);
    }
    if (treated !== null) parts.push(treated);
    if (roi !== null) parts.push(roi);
    return parts.join(' ');
  },
  change: ({ reading, size, estimate, lower, upper, level }) => {
    const figures = `${estimate}, ${level} CI ${lower} to ${upper}`;
    if (reading === 'noClearChange') return `No clear change: ${figures} — the interval holds 0.`;
    const phrase = `${sizeWord(size)}${reading === 'improvement' ? 'improvement' : 'decline'}`;
    return `${/^[aeiou]/.test(phrase) ? 'An' : 'A'} ${phrase}: ${figures}.`;
  },
  tooFewPeople: (k, reason) =>
    reason === 'complementary'
      ? `Too few people to conclude: withheld so that a group of fewer than ${k} people cannot be worked out from the others.`
      : reason === 'fewerThanTwo'
        ? 'Too few people to conclude: a change needs at least 2 people seen in both rounds.'
        : `Too few people to conclude: a figure resting on fewer than ${k} people is not published.`,
  tooFewPeopleShort: 'Too few people to conclude',
  notPublished: 'Not published',
  unit: (category) => (category === 'one' ? 'level' : 'levels'),
  shareOfScale: (share) => `${share} of the scale`,
  method: (level) =>
    `Each change is the mean of round 2 − round 1 for the people seen in both rounds, with its ${level} confidence interval (paired t-test). ` +
    'A change whose interval holds 0 is “no clear change”. Sizes are Cohen’s d worded by Cohen’s benchmarks (Cohen 1988, §2.2.3): ' +
    '0.2 small, 0.5 medium, 0.8 large; below 0.2 negligible.',
  changeTitle: (by) =>
    by === 'competency'
      ? 'Change between rounds, by competency'
      : 'Change between rounds, by group',
  changeListLabel: (by) => (by === 'competency' ? 'Change per competency' : 'Change per group'),
  nameHeading: (by) => (by === 'competency' ? 'Competency' : 'Group'),
  changeHeading: 'Change',
  intervalHeading: (level) => `${level} CI`,
  effectSizeHeading: 'Effect size (d)',
  peopleHeading: 'People (n)',
  readingHeading: 'Reading',
  reading: (reading, size) => {
    switch (reading) {
      case 'tooFewPeople':
        return 'Too few people to conclude';
      case 'noClearChange':
        return 'No clear change';
      default: {
        const word = reading === 'improvement' ? 'Improvement' : 'Decline';
        return size === null ? word : `${word} (${size})`;
      }
    }
  },
  people: (count) => plural(count, { one: '{count} person', other: '{count} people' }),
  interval: (lower, upper) => `${lower} to ${upper}`,
  axisLabel: (level) => `Change, with ${level} CI`,
  legendEstimate: 'Mean change',
  legendInterval: (level) => `${level} confidence interval`,
  legendZero: 'Zero: no change',
  tableCaption: (title) => `${title}: values`,
  treatedHeading: 'Trained and untrained staff compared',
  treatedArm: 'Trained staff',
  untreatedArm: 'Untrained staff (comparison group)',
  difference: (change, tooFew) => {
    if (change === null) return `Trained against untrained staff — ${tooFew}`;
    const figures = `${change.estimate}, ${change.level} CI ${change.lower} to ${change.upper}`;
    if (change.reading === 'noClearChange')
      return `No clear difference between trained and untrained staff: ${figures} — the interval holds 0.`;
    const size = change.size === null ? '' : `a ${change.size} difference of `;
    return change.reading === 'improvement'
      ? `Trained staff gained more than untrained staff: ${size}${figures}.`
      : `Trained staff gained less than untrained staff: ${size}${figures}.`;
  },
  instrumentName: (instrument) =>
    instrument === 'followUp' ? 'Follow-up self-assessment' : 'Supervisors’ ratings',
  baseline: (similar, words) =>
    similar === null
      ? `Starting points: ${words}`
      : similar
        ? `Both groups started from similar scores in round 1. ${words}`
        : `The groups started from different scores in round 1, so compare with care. ${words}`,
  parallelTrends:
    'The difference assumes that, without the training, both groups would have changed alike.',
  kirkpatrickHeading: 'Kirkpatrick levels 1–4',
  levelName: (level) =>
    ({
      1: 'Level 1: reaction',
      2: 'Level 2: learning',
      3: 'Level 3: behaviour',
      4: 'Level 4: results',
    })[level],
  reaction: (mean, people) =>
    `Satisfaction averaged ${mean} of the scale (${plural(people, { one: '{count} person', other: '{count} people' })}).`,
  followUp: (mean, people) =>
    `Follow-up self-assessment averaged ${mean} of the scale (${plural(people, { one: '{count} person', other: '{count} people' })}).`,
  supervisorRating: (mean, people) =>
    `Supervisors’ ratings averaged ${mean} of the scale (${plural(people, { one: '{count} person', other: '{count} people' })}).`,
  noScores: 'No scores yet.',
  indicator: (name, way, status) => {
    const state = {
      achieved: 'target reached',
      onTrack: 'on track',
      offTrack: 'off track',
      noData: 'no measurement yet',
    }[status];
    return way === null
      ? `${name}: ${state}.`
      : `${name}: ${way} of the way to its target, ${state}.`;
  },
  noIndicators: 'No results indicators.',
  roiHeading: 'Return on investment (Phillips)',
  roi: ({ outcome, unit, perUnit, roi, net, costs, kept }) => {
    const adjusted =
      kept === null ? '' : ` after keeping ${kept} of the claimed benefits as the programme’s own`;
    if (outcome === 'breakEven')
      return `The programme broke even${adjusted}: each ${unit} spent returned ${perUnit} (ROI ${roi}).`;
    return outcome === 'gain'
      ? `Each ${unit} spent returned ${perUnit}${adjusted}: an ROI of ${roi}, a net benefit of ${net} on costs of ${costs}.`
      : `The programme returned less than it cost${adjusted}: each ${unit} spent returned ${perUnit}, an ROI of ${roi} (a net loss of ${net} on costs of ${costs}).`;
  },
  roiTableCaption: 'Benefits after adjustment, and costs',
  benefitHeading: 'Line',
  amountHeading: 'Claimed',
  adjustedHeading: 'After isolation × confidence',
  totalCosts: 'Fully loaded costs',
  totalBenefits: 'Benefits',
  intangibles: (count) =>
    plural(count, {
      one: '{count} benefit is not priced and is left out of the ROI:',
      other: '{count} benefits are not priced and are left out of the ROI:',
    }),
  roiMethod:
    'Phillips ROI: each benefit × the share isolated as the programme’s effect × the estimators’ confidence; ROI = (benefits − costs) / costs.',
  empty: 'No evaluation results to show yet.',
  loading: 'Loading the evaluation…',
  error: 'The evaluation could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Chart',
  viewTable: 'Table',
  unlabelled: (id) => id,
};
