import type { EngagementActivity, EngagementStrategy, Stakeholder } from '@capkit/model';
import { suggestedEngagementStrategy } from '@capkit/model/vocabulary';

/** The four quadrants of the power/interest grid, in reading order: top row first. */
export const engagementStrategies: readonly EngagementStrategy[] = [
  'keepSatisfied',
  'manageClosely',
  'monitor',
  'keepInformed',
];

/** The lowest and highest rating of power and interest (the model's 1–5 scale). */
export const ratingRange = { min: 1, max: 5 } as const;

/** Where an engagement activity stands; the app records it, the widget never guesses it. */
export type ActivityStatus = 'planned' | 'done' | 'cancelled';

/** A move of one step on the grid: more or less power, more or less interest. */
export type GridStep = 'morePower' | 'lessPower' | 'moreInterest' | 'lessInterest';

/** The quadrant a stakeholder is placed in: the strategy Mendelow's grid suggests. */
export function quadrantOf(
  stakeholder: Pick<Stakeholder, 'power' | 'interest'>,
): EngagementStrategy {
  return suggestedEngagementStrategy(stakeholder.power, stakeholder.interest);
}

/**
 * The stakeholders of each quadrant, most powerful first, then most interested, then in the
 * order given; every stakeholder is in exactly one quadrant.
 */
export function placeStakeholders<S extends Pick<Stakeholder, 'power' | 'interest'>>(
  stakeholders: readonly S[],
): Record<EngagementStrategy, S[]> {
  const placed: Record<EngagementStrategy, S[]> = {
    manageClosely: [],
    keepSatisfied: [],
    keepInformed: [],
    monitor: [],
  };
  for (const stakeholder of stakeholders) placed[quadrantOf(stakeholder)].push(stakeholder);
  for (const strategy of engagementStrategies) {
    // Array.prototype.sort is stable: equal ratings keep the order given.
    placed[strategy].sort((a, b) => b.power - a.power || b.interest - a.interest);
  }
  return placed;
}

function clampRating(value: number): number {
  return Math.min(ratingRange.max, Math.max(ratingRange.min, value));
}

/**
 * The stakeholder one step further along the grid, its strategy the one the grid suggests at
 * the new place; at the edge of the scale it stays where it is (the same object is returned).
 */
export function moveStakeholder(stakeholder: Stakeholder, step: GridStep): Stakeholder {
  const power =
    step === 'morePower'
      ? clampRating(stakeholder.power + 1)
      : step === 'lessPower'
        ? clampRating(stakeholder.power - 1)
        : stakeholder.power;
  const interest =
    step === 'moreInterest'
      ? clampRating(stakeholder.interest + 1)
      : step === 'lessInterest'
        ? clampRating(stakeholder.interest - 1)
        : stakeholder.interest;
  if (power === stakeholder.power && interest === stakeholder.interest) return stakeholder;
  return {
    ...stakeholder,
    power,
    interest,
    strategy: suggestedEngagementStrategy(power, interest),
  };
}

/** The step an arrow key makes: up is more power; the interest axis follows the reading direction. */
export function stepForKey(key: string, rtl: boolean): GridStep | undefined {
  switch (key) {
    case 'ArrowUp':
      return 'morePower';
    case 'ArrowDown':
      return 'lessPower';
    case 'ArrowRight':
      return rtl ? 'lessInterest' : 'moreInterest';
    case 'ArrowLeft':
      return rtl ? 'moreInterest' : 'lessInterest';
    default:
      return undefined;
  }
}

/** One activity of an engagement plan, with where it stands on the `asOf` date. */
export interface PlanActivity {
  readonly activity: EngagementActivity;
  readonly status: ActivityStatus;
  /** Still planned, and its date is before `asOf`. Never set without an `asOf` date. */
  readonly overdue: boolean;
}

/**
 * A stakeholder's activities in date order, each with its status (`planned` unless the app says
 * otherwise) and whether it is overdue on `asOf` (a calendar date, `YYYY-MM-DD`, compared as
 * such: no clock is read).
 */
export function engagementPlan(
  activities: readonly EngagementActivity[],
  statuses: Readonly<Record<string, ActivityStatus>> | undefined,
  asOf: string | undefined,
): PlanActivity[] {
  return [...activities]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((activity) => {
      const status = statuses?.[activity.id] ?? 'planned';
      return {
        activity,
        status,
        overdue: status === 'planned' && asOf !== undefined && activity.date < asOf,
      };
    });
}

/** Whether a stakeholder has any engagement still planned (overdue counts: it is still to do). */
export function hasPlannedEngagement(
  stakeholder: Stakeholder,
  statuses: Readonly<Record<string, ActivityStatus>> | undefined,
): boolean {
  return stakeholder.activities.some(
    (activity) => (statuses?.[activity.id] ?? 'planned') === 'planned',
  );
}

/** The counts the plain-language summary is made of. */
export interface StakeholderFindings {
  readonly total: number;
  /** Stakeholders in the manage-closely quadrant. */
  readonly manageClosely: number;
  /** Of those, how many have no engagement planned. */
  readonly manageCloselyUnplanned: number;
  /** Activities still planned whose date is before `asOf`, over every stakeholder. */
  readonly overdueActivities: number;
  /** Stakeholders whose recorded strategy differs from the one the grid suggests. */
  readonly strategyMismatches: number;
}

/** What the summary says, counted once from the register. */
export function stakeholderFindings(
  stakeholders: readonly Stakeholder[],
  statuses: Readonly<Record<string, ActivityStatus>> | undefined,
  asOf: string | undefined,
): StakeholderFindings {
  let manageClosely = 0;
  let manageCloselyUnplanned = 0;
  let overdueActivities = 0;
  let strategyMismatches = 0;
  for (const stakeholder of stakeholders) {
    const quadrant = quadrantOf(stakeholder);
    if (quadrant === 'manageClosely') {
      manageClosely += 1;
      if (!hasPlannedEngagement(stakeholder, statuses)) manageCloselyUnplanned += 1;
    }
    if (stakeholder.strategy !== quadrant) strategyMismatches += 1;
    overdueActivities += engagementPlan(stakeholder.activities, statuses, asOf).filter(
      (entry) => entry.overdue,
    ).length;
  }
  return {
    total: stakeholders.length,
    manageClosely,
    manageCloselyUnplanned,
    overdueActivities,
    strategyMismatches,
  };
}

/** `stakeholders` with the one of the same id replaced by `next`. */
export function replaceStakeholder(
  stakeholders: readonly Stakeholder[],
  next: Stakeholder,
): Stakeholder[] {
  return stakeholders.map((stakeholder) => (stakeholder.id === next.id ? next : stakeholder));
}
