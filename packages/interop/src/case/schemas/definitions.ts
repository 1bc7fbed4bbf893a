import { z } from 'zod';
import { interopLimits } from '../../shared/limits.js';
import {
  caseDateTimeSchema,
  caseExtensionsSchema,
  caseTextSchema,
  caseUriSchema,
  caseUuidSchema,
} from './primitives.js';

const common = {
  identifier: caseUuidSchema,
  uri: caseUriSchema,
  title: caseTextSchema,
  description: caseTextSchema.optional(),
  lastChangeDateTime: caseDateTimeSchema,
  extensions: caseExtensionsSchema.optional(),
};

/** `CFConcept`: a topic the framework addresses; `hierarchyCode` is required. */
export const caseConceptSchema = z.strictObject({
  ...common,
  keywords: caseTextSchema.optional(),
  hierarchyCode: caseTextSchema,
});

/** `CFSubject`: a subject such as "Digital government"; `hierarchyCode` is required. */
export const caseSubjectSchema = z.strictObject({ ...common, hierarchyCode: caseTextSchema });

/** `CFLicense`: terms of use; `licenseText` is required. */
export const caseLicenseSchema = z.strictObject({ ...common, licenseText: caseTextSchema });

/** `CFItemType`: what kind of node an item is; `description` and `hierarchyCode` are required. */
export const caseItemTypeSchema = z.strictObject({
  ...common,
  description: caseTextSchema,
  hierarchyCode: caseTextSchema,
  typeCode: caseTextSchema.optional(),
});

/** `CFAssociationGrouping`: a named set of associations, e.g. "Crosswalk to DigComp 2.2". */
export const caseAssociationGroupingSchema = z.strictObject(common);

const list = <T extends z.ZodType>(schema: T) =>
  z.array(schema).max(interopLimits.maxDocumentEntries).optional();

/** `CFDefinitions`: the package's lookup lists. */
export const caseDefinitionsSchema = z.strictObject({
  CFConcepts: list(caseConceptSchema),
  CFSubjects: list(caseSubjectSchema),
  CFLicenses: list(caseLicenseSchema),
  CFItemTypes: list(caseItemTypeSchema),
  CFAssociationGroupings: list(caseAssociationGroupingSchema),
  extensions: caseExtensionsSchema.optional(),
});

/** A CASE 1.1 `CFConcept`. */
export type CaseConcept = z.infer<typeof caseConceptSchema>;
/** A CASE 1.1 `CFSubject`. */
export type CaseSubject = z.infer<typeof caseSubjectSchema>;
/** A CASE 1.1 `CFLicense`. */
export type CaseLicense = z.infer<typeof caseLicenseSchema>;
/** A CASE 1.1 `CFItemType`. */
export type CaseItemType = z.infer<typeof caseItemTypeSchema>;
/** A CASE 1.1 `CFAssociationGrouping`. */
export type CaseAssociationGrouping = z.infer<typeof caseAssociationGroupingSchema>;
/** A CASE 1.1 `CFDefinitions`. */
export type CaseDefinitions = z.infer<typeof caseDefinitionsSchema>;
