/** Every string the badge shows, so an app can translate it; English by default. */
export interface ProficiencyBadgeMessages {
  /** Marker text shown when the level is at or above the scale's proficient level. */
  readonly proficient: string;
  /** Why a score is missing, when the app gives no `missingReason` of its own. */
  readonly missingReason: string;
  /** Shown in place of a level name when there is no score: "No score" with its reason. */
  readonly noScoreWithReason: (reason: string) => string;
}

/** English defaults for {@link ProficiencyBadgeMessages}. */
export const defaultProficiencyBadgeMessages: ProficiencyBadgeMessages = {
  proficient: 'Proficient',
  missingReason: 'not enough answers',
  noScoreWithReason: (reason) => `No score: ${reason}`,
};
