import { z } from 'zod';
import { documentLimits } from './limits.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';

/**
 * A community of practice: a topic or regional forum where people in the same field share
 * ideas, show their work and solve problems together (e.g. accessibility, user research).
 */
export const communityOfPracticeSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  focus: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('topic'), topic: localizedTextSchema }),
    z.strictObject({ kind: z.literal('region'), region: localizedTextSchema }),
  ]),
  /** Competencies the community develops. */
  competencyIds: z.array(idSchema).max(documentLimits.listLength),
  memberIds: z.array(idSchema).max(documentLimits.collectionLength),
  activities: z
    .array(
      z.strictObject({
        id: idSchema,
        kind: z.enum(['meetup', 'showAndTell', 'workshop', 'conference', 'mentoring', 'other']),
        date: calendarDateSchema,
        title: localizedTextSchema,
      }),
    )
    .max(documentLimits.listLength),
});

/** A community of practice; see {@link communityOfPracticeSchema}. */
export type CommunityOfPractice = z.infer<typeof communityOfPracticeSchema>;
