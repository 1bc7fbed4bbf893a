import { z } from 'zod';
import { frameworkRefSchema } from './competencyFramework.js';
import { idSchema } from './ids.js';
import { documentLimits } from './limits.js';
import { localizedTextSchema } from './localizedText.js';
import { roundNumberSchema } from './programme.js';
import { scorableItemWeightSchema, scorableLimits, scorableRatingSchema } from './scorable.js';
import { undpCellSchema } from './undpCapacityAssessment.js';

/** Who gives a rating: the person themself, their supervisor, a peer, a direct report, or someone outside. A 360° instrument allows several. */
export const raterPerspectiveSchema = z.enum([
  'self',
  'supervisor',
  'peer',
  'directReport',
  'external',
]);

/** Who gives a rating; see {@link raterPerspectiveSchema}. */
export type RaterPerspective = z.infer<typeof raterPerspectiveSchema>;

/**
 * The answer range of an instrument's items, e.g. 1–5, with optional labels for its points.
 * Every point lies in 0–254, the ratings `@capkit/scoring` can store ({@link scorableLimits}).
 */
export const ratingScaleSchema = z
  .strictObject({
    /** Lowest rating, a whole number from 0 (`scorableLimits.minRating`). */
    min: scorableRatingSchema,
    /** Highest rating, a whole number up to 254 (`scorableLimits.maxRating`; 255 marks a missing answer). */
    max: scorableRatingSchema,
    /** Labels of scale points, e.g. `{ value: 1, label: { en: 'Not at all' } }`. */
    labels: z
      .array(z.strictObject({ value: scorableRatingSchema, label: localizedTextSchema }))
      .max(scorableLimits.maxRating - scorableLimits.minRating + 1)
      .optional(),
    /** Whether respondents may answer "not applicable" instead of a rating. */
    allowNotApplicable: z.boolean(),
  })
  .superRefine((scale, ctx) => {
    if (scale.min >= scale.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: `max (${scale.max}) must be above min (${scale.min})`,
        params: { capkitCode: 'ratingScale.emptyRange' },
      });
    }
    scale.labels?.forEach((point, index) => {
      if (point.value < scale.min || point.value > scale.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['labels', index, 'value'],
          message: `Label for ${point.value} lies outside ${scale.min}–${scale.max}`,
          params: { capkitCode: 'ratingScale.labelOutOfRange' },
        });
      }
    });
  });

/** An instrument's answer range; see {@link ratingScaleSchema}. */
export type RatingScale = z.infer<typeof ratingScaleSchema>;

/** What an item measures: a competency of the instrument's framework, or a UNDP cube cell. */
export const itemTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('competency'), competencyId: idSchema }),
  z.strictObject({ kind: z.literal('undpCell'), cell: undpCellSchema }),
]);

/** What an item measures; see {@link itemTargetSchema}. */
export type ItemTarget = z.infer<typeof itemTargetSchema>;

/**
 * Show an item only when an earlier item's answer lies in a range. Kept simple on purpose:
 * one earlier item, an inclusive range; an unanswered earlier item hides the item.
 */
export const displayRuleSchema = z
  .strictObject({
    itemId: idSchema,
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
  })
  .refine(
    (rule) =>
      rule.atLeast === undefined || rule.atMost === undefined || rule.atLeast <= rule.atMost,
    {
      message: 'atLeast must not exceed atMost',
      path: ['atMost'],
      params: { capkitCode: 'displayRule.emptyRange' },
    },
  );

/** A conditional display rule; see {@link displayRuleSchema}. */
export type DisplayRule = z.infer<typeof displayRuleSchema>;

/**
 * One question of an instrument. A `rating` item takes one rating; an `importancePerformance`
 * item takes two (how important the skill is to the job, how well it is done today), as a
 * training-needs assessment in the Borich or Hennessy-Hicks manner asks.
 */
export const instrumentItemSchema = z.strictObject({
  id: idSchema,
  format: z.enum(['rating', 'importancePerformance']),
  prompt: localizedTextSchema,
  /** Extra guidance shown under the prompt. */
  hint: localizedTextSchema.optional(),
  target: itemTargetSchema,
  /** True when a high rating means less of the competency (scoring reverses it). */
  reverseCoded: z.boolean().optional(),
  /** Relative weight of the item within its competency, above 0 and at most 1000 (`scorableLimits.maxItemWeight`); 1 when absent. */
  weight: scorableItemWeightSchema.optional(),
  /** Section (page) the item is shown on; see the instrument's `sections`. */
  sectionId: idSchema.optional(),
  showIf: displayRuleSchema.optional(),
});

/** One instrument item; see {@link instrumentItemSchema}. */
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;

/** An assessment instrument: a questionnaire whose items map to competencies or UNDP cells. */
export const instrumentSchema = z.strictObject({
  id: idSchema,
  round: roundNumberSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Framework version whose competencies the items target. */
  framework: frameworkRefSchema,
  ratingScale: ratingScaleSchema,
  /** Perspectives this instrument may be answered from; several make it a 360° instrument. */
  perspectives: z.array(raterPerspectiveSchema).min(1).max(raterPerspectiveSchema.options.length),
  /** Pages of the questionnaire, in order; ids unique. */
  sections: z
    .array(z.strictObject({ id: idSchema, title: localizedTextSchema }))
    .max(documentLimits.instrumentItems)
    .optional(),
  /** The questions, in order; ids unique, at most 1000 (`documentLimits.instrumentItems`). */
  items: z
    .array(instrumentItemSchema)
    .min(1, 'An instrument needs at least one item')
    .max(documentLimits.instrumentItems),
});

/** An assessment instrument; see {@link instrumentSchema}. */
export type Instrument = z.infer<typeof instrumentSchema>;
