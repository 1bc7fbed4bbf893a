/** Every string the badge shows, so an app can translate it; English by default. */
export interface ProficiencyBadgeMessages {
  /** Marker text shown when the level is at or above the scale's proficient level. */
  readonly proficient: string;
  /** Shown in place of a level name when there is no score (too few answers). */
  readonly noScore: string;
}

/** English defaults for {@link ProficiencyBadgeMessages}. */
export const defaultProficiencyBadgeMessages: ProficiencyBadgeMessages = {
  proficient: 'Proficient',
  noScore: 'No score',
};
