import { z } from 'zod';
import { interopLimits } from '../../shared/limits.js';
import {
  caseDateSchema,
  caseDateTimeSchema,
  caseExtensionsSchema,
  caseLinkUriSchema,
  caseTextListSchema,
  caseTextSchema,
  caseUriSchema,
  caseUuidSchema,
} from './primitives.js';

/**
 * One node of a CASE 1.1 framework (`CFPckgItem`): a competency, a standard, or a grouping such
 * as a domain. Required: `identifier`, `uri`, `fullStatement`, `lastChangeDateTime`.
 * `CFDocumentURI`, which the stand-alone `CFItem` carries, is accepted too.
 */
export const caseItemSchema = z.strictObject({
  identifier: caseUuidSchema,
  uri: caseUriSchema,
  fullStatement: caseTextSchema,
  alternativeLabel: caseTextSchema.optional(),
  CFItemType: caseTextSchema.optional(),
  humanCodingScheme: caseTextSchema.optional(),
  listEnumeration: caseTextSchema.optional(),
  abbreviatedStatement: caseTextSchema.optional(),
  conceptKeywords: caseTextListSchema.optional(),
  conceptKeywordsURI: caseLinkUriSchema.optional(),
  notes: caseTextSchema.optional(),
  subject: caseTextListSchema.optional(),
  subjectURI: z.array(caseLinkUriSchema).max(interopLimits.maxDocumentEntries).optional(),
  language: caseTextSchema.optional(),
  educationLevel: caseTextListSchema.optional(),
  CFItemTypeURI: caseLinkUriSchema.optional(),
  licenseURI: caseLinkUriSchema.optional(),
  statusStartDate: caseDateSchema.optional(),
  statusEndDate: caseDateSchema.optional(),
  lastChangeDateTime: caseDateTimeSchema,
  CFDocumentURI: caseLinkUriSchema.optional(),
  extensions: caseExtensionsSchema.optional(),
});

/** A CASE 1.1 item; see {@link caseItemSchema}. */
export type CaseItem = z.infer<typeof caseItemSchema>;
