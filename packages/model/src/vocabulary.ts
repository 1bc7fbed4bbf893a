import { isBefore, parseISO } from 'date-fns';

// The model's fixed lists, and the small rules that read them, with no schema in sight:
// `@capkit/model/vocabulary` serves this module alone, so that a page can name the knowledge
// stages or place a stakeholder on the grid without loading zod and the schemas (up to 140 ms of
// evaluation with Chromium's CPU slowed four times). The schemas are built from these same lists.

/** Stages of the knowledge-management cycle, in order. */
export const knowledgeStages = ['identified', 'created', 'shared', 'stored', 'utilised'] as const;

/** A stage of the knowledge-management cycle; see {@link knowledgeStages}. */
export type KnowledgeStage = (typeof knowledgeStages)[number];

/** UNDP points of entry: the levels at which capacity is assessed. */
export const pointsOfEntry = ['enablingEnvironment', 'organisation', 'individual'] as const;

/** UNDP point of entry; see {@link pointsOfEntry}. */
export type PointOfEntry = (typeof pointsOfEntry)[number];

/** UNDP core issues: what capacity is about. */
export const coreIssues = [
  'institutionalArrangements',
  'leadership',
  'knowledge',
  'accountability',
] as const;

/** UNDP core issue; see {@link coreIssues}. */
export type CoreIssue = (typeof coreIssues)[number];

/** UNDP functional capacities: what capacity is for. */
export const functionalCapacities = [
  'engageStakeholders',
  'assessAndEnvision',
  'formulatePolicyAndStrategy',
  'budgetManageAndImplement',
  'monitorAndEvaluate',
] as const;

/** UNDP functional capacity; see {@link functionalCapacities}. */
export type FunctionalCapacity = (typeof functionalCapacities)[number];

/**
 * How a stakeholder is engaged, after Mendelow's power–interest grid: manage closely (high power,
 * high interest), keep satisfied (high power), keep informed (high interest), monitor.
 */
export const engagementStrategies = [
  'manageClosely',
  'keepSatisfied',
  'keepInformed',
  'monitor',
] as const;

/** How a stakeholder is engaged; see {@link engagementStrategies}. */
export type EngagementStrategy = (typeof engagementStrategies)[number];

/**
 * The strategy Mendelow's grid suggests for a power and an interest on the 1–5 scale, splitting
 * each at its midpoint 3 (3 counts as high).
 */
export function suggestedEngagementStrategy(power: number, interest: number): EngagementStrategy {
  const highPower = power >= 3;
  const highInterest = interest >= 3;
  if (highPower && highInterest) return 'manageClosely';
  if (highPower) return 'keepSatisfied';
  if (highInterest) return 'keepInformed';
  return 'monitor';
}

/** Where a campaign's schedule stands at a moment, regardless of its status field. */
export type CampaignPhase = 'notYetOpen' | 'open' | 'closed';

/**
 * Where the campaign's schedule stands at `at`: before `opensAt`, between the two (inclusive of
 * the opening instant, exclusive of the closing one), or after `closesAt`.
 */
export function campaignPhase(
  campaign: { readonly opensAt: string; readonly closesAt: string },
  at: Date,
): CampaignPhase {
  if (isBefore(at, parseISO(campaign.opensAt))) return 'notYetOpen';
  if (isBefore(at, parseISO(campaign.closesAt))) return 'open';
  return 'closed';
}
