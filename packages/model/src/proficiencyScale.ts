import { z } from 'zod';
import { documentLimits } from './limits.js';
import { visibleTextSchema } from './visibleText.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';
import { scorableRatingSchema } from './scorable.js';

/** One step of a proficiency scale, e.g. DDaT's "Practitioner" or SFIA's level 4. */
export const proficiencyLevelSchema = z.strictObject({
  /**
   * Ordinal value used in scoring; higher means more proficient. A whole number in 0–254
   * (`scorableLimits`): scores are compared with levels on the instrument's rating scale, which
   * cannot go beyond that range, so a level outside it could never be reached.
   */
  value: scorableRatingSchema,
  /** Short code shown in compact views, e.g. `"L3"`. */
  code: visibleTextSchema(documentLimits.shortTextLength).optional(),
  /** Name of the level, e.g. "Working". */
  label: localizedTextSchema,
  /** What a person at this level can do. */
  descriptor: localizedTextSchema.optional(),
});

/** One step of a proficiency scale; see {@link proficiencyLevelSchema}. */
export type ProficiencyLevel = z.infer<typeof proficiencyLevelSchema>;

/**
 * An ordered proficiency scale with one level marked as the proficient threshold,
 * e.g. UK DDaT's four levels (awareness, working, practitioner, expert) or SFIA's seven.
 */
export const proficiencyScaleSchema = z
  .strictObject({
    id: idSchema,
    label: localizedTextSchema,
    /** The levels, lowest first, with strictly increasing `value`s. */
    levels: z
      .array(proficiencyLevelSchema)
      .max(documentLimits.listLength)
      .min(2, 'A scale needs at least two levels'),
    /** `value` of the lowest level that counts as proficient. */
    proficientLevel: z.number().int(),
  })
  .superRefine((scale, ctx) => {
    scale.levels.forEach((level, index) => {
      const previous = scale.levels[index - 1];
      if (previous !== undefined && level.value <= previous.value) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', index, 'value'],
          message: `Level values must increase: ${level.value} follows ${previous.value}`,
          params: { capkitCode: 'scale.levelsNotAscending' },
        });
      }
    });
    if (!scale.levels.some((level) => level.value === scale.proficientLevel)) {
      ctx.addIssue({
        code: 'custom',
        path: ['proficientLevel'],
        message: `Proficient level ${scale.proficientLevel} is not one of the scale's level values`,
        params: { capkitCode: 'scale.unknownProficientLevel' },
      });
    }
  });

/** An ordered proficiency scale; see {@link proficiencyScaleSchema}. */
export type ProficiencyScale = z.infer<typeof proficiencyScaleSchema>;

/** Lowest and highest level values of a scale: the bounds every rating on it must fall within. */
export function scaleBounds(scale: ProficiencyScale): {
  readonly min: number;
  readonly max: number;
} {
  const values = scale.levels.map((level) => level.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}
