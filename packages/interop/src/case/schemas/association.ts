import { z } from 'zod';
import {
  caseAssociationTypeSchema,
  caseDateTimeSchema,
  caseExtensionsSchema,
  caseLinkGenUriSchema,
  caseLinkUriSchema,
  caseTextSchema,
  caseUriSchema,
  caseUuidSchema,
} from './primitives.js';

/**
 * A relation between two nodes (`CFPckgAssociation`): the tree (`isChildOf`), crosswalks
 * (`exactMatchOf`, `isRelatedTo`), translations (`isTranslationOf`, new in 1.1) and extension
 * types written `ext:…`. Required: `identifier`, `uri`, `associationType`, `originNodeURI`,
 * `destinationNodeURI`, `lastChangeDateTime`.
 */
export const caseAssociationSchema = z.strictObject({
  identifier: caseUuidSchema,
  associationType: caseAssociationTypeSchema,
  sequenceNumber: z.number().int().optional(),
  uri: caseUriSchema,
  originNodeURI: caseLinkGenUriSchema,
  destinationNodeURI: caseLinkGenUriSchema,
  CFAssociationGroupingURI: caseLinkUriSchema.optional(),
  lastChangeDateTime: caseDateTimeSchema,
  notes: caseTextSchema.optional(),
  CFDocumentURI: caseLinkUriSchema.optional(),
  extensions: caseExtensionsSchema.optional(),
});

/** A CASE 1.1 association; see {@link caseAssociationSchema}. */
export type CaseAssociation = z.infer<typeof caseAssociationSchema>;
