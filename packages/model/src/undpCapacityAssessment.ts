import { z } from 'zod';
import { documentLimits } from './limits.js';
import { scorableRangeEndSchema } from './scorable.js';
import { visibleTextSchema } from './visibleText.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';
import { roundNumberSchema } from './programme.js';
import { coreIssues, functionalCapacities, pointsOfEntry } from './vocabulary.js';

/** UNDP point of entry: the level at which capacity is assessed; see {@link pointsOfEntry}. */
export const pointOfEntrySchema = z.enum(pointsOfEntry);

/** UNDP core issue: what capacity is about; see {@link coreIssues}. */
export const coreIssueSchema = z.enum(coreIssues);

/** UNDP functional capacity: what capacity is for; see {@link functionalCapacities}. */
export const functionalCapacitySchema = z.enum(functionalCapacities);

/** One cell of the UNDP capacity-assessment cube. */
export const undpCellSchema = z.strictObject({
  pointOfEntry: pointOfEntrySchema,
  coreIssue: coreIssueSchema,
  functionalCapacity: functionalCapacitySchema,
});

/** One cell of the UNDP cube; see {@link undpCellSchema}. */
export type UndpCell = z.infer<typeof undpCellSchema>;

/** One question of a UNDP capacity assessment, rated for desired and existing capacity. */
export const capacityQuestionSchema = z.strictObject({
  id: idSchema,
  cell: undpCellSchema,
  question: localizedTextSchema,
  /** Capacity the programme aims for, on the assessment's rating range; absent if not rated. */
  desired: z.number().optional(),
  /** Capacity that exists today, on the same range; absent if not rated. */
  existing: z.number().optional(),
  /** What the ratings rest on: documents, interviews, observations. */
  evidence: z.array(visibleTextSchema()).max(documentLimits.listLength).optional(),
});

/** One UNDP assessment question; see {@link capacityQuestionSchema}. */
export type CapacityQuestion = z.infer<typeof capacityQuestionSchema>;

/**
 * A UNDP capacity assessment (UNDP Capacity Assessment Methodology, 2008): questions placed in
 * the cube of point of entry × core issue × functional capacity, each rated for desired and
 * existing capacity on one agreed range (commonly 1–5) inside 0–254, the ratings
 * `@capkit/scoring` can store (`scorableLimits`).
 */
export const capacityAssessmentSchema = z.strictObject({
  id: idSchema,
  round: roundNumberSchema,
  title: localizedTextSchema,
  /** Unit whose capacity is assessed; absent for a whole-of-government assessment. */
  unitId: idSchema.optional(),
  conductedOn: calendarDateSchema,
  ratingRange: z
    .strictObject({ min: scorableRangeEndSchema, max: scorableRangeEndSchema })
    .refine((range) => range.min < range.max, {
      message: 'min must be below max',
      params: { capkitCode: 'ratingRange.empty' },
    }),
  questions: z.array(capacityQuestionSchema).max(documentLimits.listLength),
});

/** A UNDP capacity assessment; see {@link capacityAssessmentSchema}. */
export type CapacityAssessment = z.infer<typeof capacityAssessmentSchema>;
