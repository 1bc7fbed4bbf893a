import { z } from 'zod';
import { documentLimits } from './limits.js';
import { dateTimeSchema } from './dates.js';
import { httpUrlSchema, idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';
import { roundNumberSchema } from './programme.js';
import { knowledgeStages } from './vocabulary.js';

/** A stage of the knowledge-management cycle; see {@link knowledgeStages}. */
export const knowledgeStageSchema = z.enum(knowledgeStages);

/** A piece of knowledge (a lesson, guide, case, pattern) moving through the knowledge cycle. */
export const knowledgeItemSchema = z.strictObject({
  id: idSchema,
  round: roundNumberSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema.optional(),
  stage: knowledgeStageSchema,
  /** When the item reached each stage, oldest first; the last entry is its current `stage`. */
  history: z
    .array(z.strictObject({ stage: knowledgeStageSchema, at: dateTimeSchema }))
    .max(documentLimits.listLength)
    .min(1),
  competencyIds: z.array(idSchema).max(documentLimits.listLength),
  /** Community of practice that holds the item. */
  communityId: idSchema.optional(),
  /** Person (pseudonymous id) who contributed it. */
  authorId: idSchema.optional(),
  url: httpUrlSchema.optional(),
});

/** A knowledge item; see {@link knowledgeItemSchema}. */
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>;
