import { z } from 'zod';
import { interopLimits } from '../../shared/limits.js';
import { caseAssociationSchema } from './association.js';
import { caseDefinitionsSchema } from './definitions.js';
import { caseDocumentSchema } from './document.js';
import { caseItemSchema } from './item.js';
import { caseExtensionsSchema } from './primitives.js';
import { caseRubricSchema } from './rubric.js';

/**
 * A whole CASE 1.1 framework as one JSON document (`CFPackage`): the document, its items and
 * associations, the definitions they use and the rubrics. Only `CFDocument` is required. Each
 * list holds at most `interopLimits.maxDocumentEntries` entries.
 */
export const casePackageSchema = z.strictObject({
  CFDocument: caseDocumentSchema,
  CFItems: z.array(caseItemSchema).max(interopLimits.maxDocumentEntries).optional(),
  CFAssociations: z.array(caseAssociationSchema).max(interopLimits.maxDocumentEntries).optional(),
  CFDefinitions: caseDefinitionsSchema.optional(),
  CFRubrics: z.array(caseRubricSchema).max(interopLimits.maxDocumentEntries).optional(),
  extensions: caseExtensionsSchema.optional(),
});

/** A CASE 1.1 package; see {@link casePackageSchema}. */
export type CasePackage = z.infer<typeof casePackageSchema>;
