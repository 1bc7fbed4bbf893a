import { z } from 'zod';
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
 * The root of a CASE 1.1 framework (`CFPckgDocument`). Required: `identifier`, `uri`, `creator`,
 * `title`, `lastChangeDateTime`. `caseVersion` is `"1.1"` when given; `frameworkType` and
 * `extensions` are new in 1.1. `CFPackageURI`, which the stand-alone `CFDocument` carries, is
 * accepted too, since servers write it inside packages.
 */
export const caseDocumentSchema = z.strictObject({
  identifier: caseUuidSchema,
  uri: caseUriSchema,
  frameworkType: caseTextSchema.optional(),
  caseVersion: z.literal('1.1', { message: 'caseVersion must be "1.1" when given' }).optional(),
  creator: caseTextSchema,
  title: caseTextSchema,
  lastChangeDateTime: caseDateTimeSchema,
  officialSourceURL: caseUriSchema.optional(),
  publisher: caseTextSchema.optional(),
  description: caseTextSchema.optional(),
  subject: caseTextListSchema.optional(),
  subjectURI: z.array(caseLinkUriSchema).optional(),
  language: caseTextSchema.optional(),
  version: caseTextSchema.optional(),
  adoptionStatus: caseTextSchema.optional(),
  statusStartDate: caseDateSchema.optional(),
  statusEndDate: caseDateSchema.optional(),
  licenseURI: caseLinkUriSchema.optional(),
  notes: caseTextSchema.optional(),
  CFPackageURI: caseLinkUriSchema.optional(),
  extensions: caseExtensionsSchema.optional(),
});

/** A CASE 1.1 framework document; see {@link caseDocumentSchema}. */
export type CaseDocument = z.infer<typeof caseDocumentSchema>;
