import type { EngagementActivity, EngagementStrategy, Stakeholder } from '@capkit/model';
import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages, ViewSwitchMessages } from '../shared/widgetProps.js';
import type { ActivityStatus } from './stakeholderPlacement.js';

/** The counts the plain-language summary is made of, each ready to print and to pluralise. */
export interface StakeholderSummaryCounts {
  readonly total: LocalizedCount;
  readonly manageClosely: LocalizedCount;
  readonly manageCloselyUnplanned: LocalizedCount;
  readonly overdueActivities: LocalizedCount;
  /** The `asOf` date, formatted; `undefined` when none was given. */
  readonly asOf: string | undefined;
}

/** What an announcement of a move is given: the stakeholder's name and new place. */
export interface StakeholderPositionText {
  readonly name: string;
  readonly power: string;
  readonly interest: string;
  readonly strategy: string;
}

/** Every string the stakeholder grid shows, so an app can translate it; English by default. */
export interface StakeholderGridMessages extends LoadStateMessages, ViewSwitchMessages {
  /** The plain-language summary shown first. */
  readonly summary: (counts: StakeholderSummaryCounts) => string;
  /** Name of each strategy (and of its quadrant). */
  readonly strategy: Readonly<Record<EngagementStrategy, string>>;
  /** What each strategy means, under its quadrant's name. */
  readonly strategyHint: Readonly<Record<EngagementStrategy, string>>;
  readonly category: Readonly<Record<Stakeholder['category'], string>>;
  readonly attitude: Readonly<Record<Stakeholder['attitude'], string>>;
  readonly activityKind: Readonly<Record<EngagementActivity['kind'], string>>;
  readonly activityStatus: Readonly<Record<ActivityStatus, string>>;
  /** Added after an overdue activity's status. */
  readonly overdue: string;
  /** Axis titles. */
  readonly powerAxis: string;
  readonly interestAxis: string;
  /** How many stakeholders a quadrant holds, after its name. */
  readonly quadrantCount: (count: LocalizedCount) => string;
  /** A stakeholder's place, under its name in the grid. */
  readonly position: (power: string, interest: string) => string;
  /** How to move a selected stakeholder, for screen readers and sighted keyboard users alike. */
  readonly moveHint: string;
  /** Heading of the move buttons, given the selected stakeholder's name. */
  readonly moveHeading: (name: string) => string;
  readonly morePower: string;
  readonly lessPower: string;
  readonly moreInterest: string;
  readonly lessInterest: string;
  /** Closes the move buttons. */
  readonly deselect: string;
  /** Announced after a move. */
  readonly moved: (position: StakeholderPositionText) => string;
  /** Announced when a move would leave the 1–5 scale. */
  readonly atEdge: (position: StakeholderPositionText) => string;
  readonly tableCaption: (title: string) => string;
  readonly nameHeading: string;
  readonly organisationHeading: string;
  readonly powerHeading: string;
  readonly interestHeading: string;
  readonly attitudeHeading: string;
  readonly strategyHeading: string;
  readonly ownerHeading: string;
  readonly nextActivityHeading: string;
  /** In the strategy cell when the recorded strategy is not the one the grid suggests. */
  readonly strategyDiffers: (recorded: string, suggested: string) => string;
  readonly noOwner: string;
  readonly noActivity: string;
  readonly plansHeading: string;
  /** Heading of one stakeholder's plan. */
  readonly planHeading: (name: string) => string;
  readonly noPlan: string;
  readonly dateHeading: string;
  readonly activityHeading: string;
  readonly statusHeading: string;
}

/** English defaults for {@link StakeholderGridMessages}. */
export const defaultStakeholderGridMessages: StakeholderGridMessages = {
  summary: ({ total, manageClosely, manageCloselyUnplanned, overdueActivities, asOf }) => {
    const parts: string[] = [];
    if (manageClosely.value === 0) {
      parts.push(
        plural(total, {
          one: '{count} stakeholder; none needs managing closely.',
          other: '{count} stakeholders; none needs managing closely.',
        }),
      );
    } else {
      const first = plural(manageClosely, {
        one: '{count} stakeholder needs managing closely',
        other: '{count} stakeholders need managing closely',
      });
      const second =
        manageCloselyUnplanned.value === 0
          ? plural(manageClosely, {
              one: 'it has engagement planned',
              other: 'all of them have engagement planned',
            })
          : manageClosely.value === 1
            ? 'it has no engagement planned'
            : plural(manageCloselyUnplanned, {
                one: '{count} of them has no engagement planned',
                other: '{count} of them have no engagement planned',
              });
      parts.push(`${first}; ${second}.`);
    }
    if (overdueActivities.value > 0) {
      parts.push(
        plural(overdueActivities, {
          one: `{count} activity is overdue${asOf === undefined ? '' : ` on ${asOf}`}.`,
          other: `{count} activities are overdue${asOf === undefined ? '' : ` on ${asOf}`}.`,
        }),
      );
    }
    return parts.join(' ');
  },
  strategy: {
    manageClosely: 'Manage closely',
    keepSatisfied: 'Keep satisfied',
    keepInformed: 'Keep informed',
    monitor: 'Monitor',
  },
  strategyHint: {
    manageClosely: 'High power, high interest',
    keepSatisfied: 'High power, low interest',
    keepInformed: 'Low power, high interest',
    monitor: 'Low power, low interest',
  },
  category: {
    government: 'Government',
    agency: 'Agency',
    developmentPartner: 'Development partner',
    civilSociety: 'Civil society',
    privateSector: 'Private sector',
    academia: 'Academia',
    union: 'Union',
    other: 'Other',
  },
  attitude: {
    champion: 'Champion',
    supporter: 'Supporter',
    neutral: 'Neutral',
    critic: 'Critic',
    blocker: 'Blocker',
  },
  activityKind: {
    meeting: 'Meeting',
    workshop: 'Workshop',
    briefing: 'Briefing',
    consultation: 'Consultation',
    report: 'Report',
    other: 'Other',
  },
  activityStatus: { planned: 'Planned', done: 'Done', cancelled: 'Cancelled' },
  overdue: 'overdue',
  powerAxis: 'Power (1–5)',
  interestAxis: 'Interest (1–5)',
  quadrantCount: (count) =>
    plural(count, { one: '{count} stakeholder', other: '{count} stakeholders' }),
  position: (power, interest) => `Power ${power}, interest ${interest}`,
  moveHint:
    'Select a stakeholder, then move it with the arrow keys (up and down for power, across for interest) or with the buttons. Escape ends the move.',
  moveHeading: (name) => `Move ${name}`,
  morePower: 'More power',
  lessPower: 'Less power',
  moreInterest: 'More interest',
  lessInterest: 'Less interest',
  deselect: 'Done',
  moved: ({ name, power, interest, strategy }) =>
    `${name}: power ${power}, interest ${interest}. ${strategy}.`,
  atEdge: ({ name, power, interest }) =>
    `${name} is already at the edge: power ${power}, interest ${interest}.`,
  tableCaption: (title) => `${title}: stakeholder register`,
  nameHeading: 'Stakeholder',
  organisationHeading: 'Organisation',
  powerHeading: 'Power',
  interestHeading: 'Interest',
  attitudeHeading: 'Attitude',
  strategyHeading: 'Strategy',
  ownerHeading: 'Owner',
  nextActivityHeading: 'Next activity',
  strategyDiffers: (recorded, suggested) => `${recorded} (the grid suggests ${suggested})`,
  noOwner: 'No owner',
  noActivity: 'None planned',
  plansHeading: 'Engagement plans',
  planHeading: (name) => name,
  noPlan: 'No engagement planned.',
  dateHeading: 'Date',
  activityHeading: 'Activity',
  statusHeading: 'Status',
  empty: 'No stakeholders in the register yet.',
  loading: 'Loading the stakeholder register…',
  error: 'The stakeholder register could not be shown.',
  viewGroup: 'View as',
  viewChart: 'Grid',
  viewTable: 'Table',
};
