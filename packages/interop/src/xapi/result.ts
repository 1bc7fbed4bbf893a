import { z } from 'zod';
import { boundedString, durationSchema, extensionsSchema, xapiIssue } from './primitives.js';

/**
 * A score. `scaled` lies in −1…1; `raw` lies within `min`…`max` when they are given; `min` is
 * below `max`.
 */
export const scoreSchema = z
  .strictObject({
    scaled: z.number().min(-1, 'scaled is at least -1').max(1, 'scaled is at most 1').optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine((score, ctx) => {
    const { raw, min, max } = score;
    if (min !== undefined && max !== undefined && !(min < max)) {
      xapiIssue(
        ctx,
        ['max'],
        'xapi.scoreMaxNotAboveMin',
        `max (${max}) must be greater than min (${min})`,
      );
    }
    if (raw !== undefined && min !== undefined && raw < min) {
      xapiIssue(ctx, ['raw'], 'xapi.scoreRawBelowMin', `raw (${raw}) is below min (${min})`);
    }
    if (raw !== undefined && max !== undefined && raw > max) {
      xapiIssue(ctx, ['raw'], 'xapi.scoreRawAboveMax', `raw (${raw}) is above max (${max})`);
    }
  });

/** A score; see {@link scoreSchema}. */
export type XapiScore = z.infer<typeof scoreSchema>;

/** The outcome of a statement: score, success, completion, response, duration. */
export const resultSchema = z.strictObject({
  score: scoreSchema.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: boundedString.optional(),
  duration: durationSchema.optional(),
  extensions: extensionsSchema.optional(),
});

/** A statement's result; see {@link resultSchema}. */
export type XapiResult = z.infer<typeof resultSchema>;
