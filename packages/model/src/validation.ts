import type { z } from 'zod';
import { competencySchema, type Competency } from './competency.js';
import { competencyFrameworkSchema, type CompetencyFramework } from './competencyFramework.js';
import { instrumentSchema, type Instrument } from './instrument.js';
import { migrateDocument } from './migrations.js';
import { proficiencyScaleSchema, type ProficiencyScale } from './proficiencyScale.js';
import { responseSchema, type AssessmentResponse } from './response.js';
import { fromZodIssue, type ValidationIssue, type ValidationResult } from './validationIssue.js';
import { workspaceSchema, type Workspace } from './workspace.js';
import { checkFrameworkReferences, checkWorkspaceReferences } from './workspaceReferences.js';

function validateWith<T>(schema: z.ZodType<T>, input: unknown): ValidationResult<T> {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, issues: parsed.error.issues.map((issue) => fromZodIssue(issue)) };
}

function validateDocument<T>(
  schema: z.ZodType<T>,
  input: unknown,
  checkReferences: (document: T) => ValidationIssue[],
): ValidationResult<T> {
  const migrated = migrateDocument(input);
  if (!migrated.success) return migrated;
  const parsed = validateWith(schema, migrated.data);
  if (!parsed.success) return parsed;
  const issues = checkReferences(parsed.data);
  return issues.length === 0 ? parsed : { success: false, issues };
}

/** Checks unknown input against {@link proficiencyScaleSchema}; never throws for bad data. */
export function validateProficiencyScale(input: unknown): ValidationResult<ProficiencyScale> {
  return validateWith(proficiencyScaleSchema, input);
}

/** Checks unknown input against {@link competencySchema}; never throws for bad data. */
export function validateCompetency(input: unknown): ValidationResult<Competency> {
  return validateWith(competencySchema, input);
}

/** Checks unknown input against {@link instrumentSchema}; never throws for bad data. */
export function validateInstrument(input: unknown): ValidationResult<Instrument> {
  return validateWith(instrumentSchema, input);
}

/** Checks unknown input against {@link responseSchema}; never throws for bad data. */
export function validateResponse(input: unknown): ValidationResult<AssessmentResponse> {
  return validateWith(responseSchema, input);
}

/**
 * Validates a competency framework document: migrates it to the current `schemaVersion`,
 * checks its shape, then its internal references (scales, areas, no area its own ancestor).
 */
export function validateCompetencyFramework(input: unknown): ValidationResult<CompetencyFramework> {
  return validateDocument(competencyFrameworkSchema, input, checkFrameworkReferences);
}

/**
 * Validates a whole programme workspace: migrates it to the current `schemaVersion`, checks the
 * shape of every document in it, then that every reference resolves and dates run in order.
 * Shape problems are reported first, all at once; reference checks run once the shape is sound.
 */
export function validateWorkspace(input: unknown): ValidationResult<Workspace> {
  return validateDocument(workspaceSchema, input, checkWorkspaceReferences);
}
