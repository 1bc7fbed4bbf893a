// 1EdTech CASE 1.1: packages in and out of capkit's framework model, and crosswalks.
export {
  crosswalk,
  type Crosswalk,
  type CrosswalkMatch,
  type CrosswalkQuery,
} from './crosswalk.js';
export { exportCasePackage, type CaseExportOptions } from './exportPackage.js';
export {
  importCasePackage,
  importCasePackageOrThrow,
  type CaseImport,
  type CaseImportResult,
} from './importPackage.js';
export type { CaseImportOptions } from './readPackage.js';
export { capkitExtensionKey } from './capkitExtension.js';
export { capkitCaseNamespace } from './caseNamespace.js';
export { uuidV5 } from '../shared/uuidV5.js';
export {
  validateCasePackage,
  type CaseValidationOptions,
  type CaseValidationResult,
} from './validate.js';
export { caseAssociationSchema, type CaseAssociation } from './schemas/association.js';
export {
  caseAssociationGroupingSchema,
  caseConceptSchema,
  caseDefinitionsSchema,
  caseItemTypeSchema,
  caseLicenseSchema,
  caseSubjectSchema,
  type CaseAssociationGrouping,
  type CaseConcept,
  type CaseDefinitions,
  type CaseItemType,
  type CaseLicense,
  type CaseSubject,
} from './schemas/definitions.js';
export { caseDocumentSchema, type CaseDocument } from './schemas/document.js';
export { caseItemSchema, type CaseItem } from './schemas/item.js';
export { casePackageSchema, type CasePackage } from './schemas/package.js';
export {
  caseAssociationTypes,
  caseAssociationTypeSchema,
  caseExtensionsSchema,
  caseLevelExtensionsSchema,
  caseLinkGenUriSchema,
  caseLinkUriSchema,
  caseTargetTypeSchema,
  caseUuidSchema,
  type CaseAssociationType,
  type CaseExtensions,
  type CaseJsonValue,
  type CaseLinkGenUri,
  type CaseLinkUri,
} from './schemas/primitives.js';
export {
  caseRubricCriterionLevelSchema,
  caseRubricCriterionSchema,
  caseRubricSchema,
  type CaseRubric,
  type CaseRubricCriterion,
  type CaseRubricCriterionLevel,
} from './schemas/rubric.js';
