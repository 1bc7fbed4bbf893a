import { z } from 'zod';
import { documentLimits } from './limits.js';
import { scorableRangeEndSchema } from './scorable.js';
import { visibleTextSchema } from './visibleText.js';
import { calendarDateSchema } from './dates.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localizedText.js';
import { roundNumberSchema } from './programme.js';

/** UNDP point of entry: the level at which capacity is assessed. */
export const pointOfEntrySchema = z.enum(['enablingEnvironment', 'organisation', 'individual']);

/** UNDP point of entry; see {@link pointOfEntrySchema}. */
export type PointOfEntry = z.infer<typeof pointOfEntrySchema>;

/** UNDP core issue: what capacity is about. */
export const coreIssueSchema = z.enum([
  'institutionalArrangements',
  'leadership',
  'knowledge',
  'accountability',
]);

/** UNDP core issue; see {@link coreIssueSchema}. */
export type CoreIssue = z.infer<typeof coreIssueSchema>;

/** UNDP functional capacity: what capacity is for. */
export const functionalCapacitySchema = z.enum([
  'engageStakeholders',
  'assessAndEnvision',
  'formulatePolicyAndStrategy',
  'budgetManageAndImplement',
  'monitorAndEvaluate',
]);

/** UNDP functional capacity; see {@link functionalCapacitySchema}. */
export type FunctionalCapacity = z.infer<typeof functionalCapacitySchema>;

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
