import { z } from 'zod';
import { interopLimits } from '../../shared/limits.js';
import {
  caseDateTimeSchema,
  caseExtensionsSchema,
  caseLevelExtensionsSchema,
  caseLinkUriSchema,
  caseTextSchema,
  caseUriSchema,
  caseUuidSchema,
} from './primitives.js';

/**
 * One performance level of a criterion (`CFRubricCriterionLevel`). Required: `identifier`,
 * `uri`, `lastChangeDateTime`. Its `extensions` is a list of objects, unlike every other class's.
 */
export const caseRubricCriterionLevelSchema = z.strictObject({
  identifier: caseUuidSchema,
  uri: caseUriSchema,
  description: caseTextSchema.optional(),
  quality: caseTextSchema.optional(),
  score: z.number().optional(),
  feedback: caseTextSchema.optional(),
  position: z.number().int().optional(),
  rubricCriterionId: caseUuidSchema.optional(),
  lastChangeDateTime: caseDateTimeSchema,
  extensions: caseLevelExtensionsSchema.optional(),
});

/**
 * One thing a rubric judges (`CFRubricCriterion`). `CFItemURI`, the item it assesses, is
 * optional: a criterion may stand alone.
 */
export const caseRubricCriterionSchema = z.strictObject({
  identifier: caseUuidSchema,
  uri: caseUriSchema,
  category: caseTextSchema.optional(),
  description: caseTextSchema.optional(),
  CFItemURI: caseLinkUriSchema.optional(),
  weight: z.number().optional(),
  position: z.number().int().optional(),
  rubricId: caseUuidSchema.optional(),
  lastChangeDateTime: caseDateTimeSchema,
  CFRubricCriterionLevels: z
    .array(caseRubricCriterionLevelSchema)
    .max(interopLimits.maxDocumentEntries)
    .optional(),
  extensions: caseExtensionsSchema.optional(),
});

/** A rubric (`CFRubric`). Required: `identifier`, `uri`, `lastChangeDateTime`. */
export const caseRubricSchema = z.strictObject({
  identifier: caseUuidSchema,
  uri: caseUriSchema,
  title: caseTextSchema.optional(),
  description: caseTextSchema.optional(),
  lastChangeDateTime: caseDateTimeSchema,
  CFRubricCriteria: z
    .array(caseRubricCriterionSchema)
    .max(interopLimits.maxDocumentEntries)
    .optional(),
  extensions: caseExtensionsSchema.optional(),
});

/** A CASE 1.1 rubric criterion level. */
export type CaseRubricCriterionLevel = z.infer<typeof caseRubricCriterionLevelSchema>;
/** A CASE 1.1 rubric criterion. */
export type CaseRubricCriterion = z.infer<typeof caseRubricCriterionSchema>;
/** A CASE 1.1 rubric. */
export type CaseRubric = z.infer<typeof caseRubricSchema>;
