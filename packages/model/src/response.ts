import { z } from 'zod';
import { documentLimits } from './limits.js';
import { dateTimeSchema } from './dates.js';
import { idSchema } from './ids.js';
import { raterPerspectiveSchema } from './instrument.js';

/**
 * One answer to one item. Missing values are explicit: `null` for a question seen but skipped,
 * `notApplicable` where the instrument allows it. Items never reached have no answer at all.
 */
export const answerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('rating'),
    itemId: idSchema,
    value: z.number().nullable(),
  }),
  z.strictObject({
    kind: z.literal('importancePerformance'),
    itemId: idSchema,
    importance: z.number().nullable(),
    performance: z.number().nullable(),
  }),
  z.strictObject({ kind: z.literal('notApplicable'), itemId: idSchema }),
]);

/** One answer; see {@link answerSchema}. */
export type Answer = z.infer<typeof answerSchema>;

/**
 * One respondent's response to a campaign, about one subject (themself for self-assessment,
 * someone else for supervisor, peer or 360° ratings). A `draft` is saved work in progress;
 * only `submitted` responses are scored.
 */
export const responseSchema = z
  .strictObject({
    id: idSchema,
    campaignId: idSchema,
    respondentId: idSchema,
    /** Person being rated; the respondent when absent. */
    subjectId: idSchema.optional(),
    perspective: raterPerspectiveSchema,
    status: z.enum(['draft', 'submitted']),
    startedAt: dateTimeSchema,
    updatedAt: dateTimeSchema,
    /** Present exactly when `status` is `submitted`. */
    submittedAt: dateTimeSchema.optional(),
    answers: z.array(answerSchema).max(documentLimits.instrumentItems),
  })
  .superRefine((response, ctx) => {
    if ((response.status === 'submitted') !== (response.submittedAt !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['submittedAt'],
        message: 'A submitted response has submittedAt and a draft has none',
        params: { capkitCode: 'response.submittedAtMismatch' },
      });
    }
  });

/** A respondent's response; see {@link responseSchema}. */
export type AssessmentResponse = z.infer<typeof responseSchema>;
