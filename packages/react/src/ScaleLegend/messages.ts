/** Every string the legend shows, so an app can translate it; English by default. */
export interface ScaleLegendMessages {
  /** Written beside the scale's proficient level, so the threshold is marked in words. */
  readonly proficientThreshold: string;
  /**
   * Marker on each level at or above the threshold, passed on to the level badges.
   * @default the ProficiencyBadge's own `proficient` message
   */
  readonly proficient?: string;
}

/** English defaults for {@link ScaleLegendMessages}. */
export const defaultScaleLegendMessages: ScaleLegendMessages = {
  proficientThreshold:
    'Proficient threshold: this level and every level above it count as proficient.',
};
