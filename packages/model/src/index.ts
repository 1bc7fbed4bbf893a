export { competencySchema, type Competency } from './competency.js';
export { idSchema } from './ids.js';
export {
  languageTagSchema,
  localizedTextSchema,
  resolveLocalizedText,
  textDirection,
  type LocalizedText,
  type ResolvedText,
} from './localizedText.js';
export {
  proficiencyLevelSchema,
  proficiencyScaleSchema,
  scaleBounds,
  type ProficiencyLevel,
  type ProficiencyScale,
} from './proficiencyScale.js';
export {
  formatPath,
  validateCompetency,
  validateProficiencyScale,
  type ValidationIssue,
  type ValidationResult,
} from './validation.js';
