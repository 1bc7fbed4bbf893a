import type { z } from 'zod';
import { competencySchema, type Competency } from './competency.js';
import { competencyFrameworkSchema, type CompetencyFramework } from './competencyFramework.js';
import { instrumentSchema, type Instrument } from './instrument.js';
import { checkInstrument } from './instrumentReferences.js';
import { IssueList, maxIssuesOf, type ValidationOptions } from './issueList.js';
import { migrateDocument } from './migrations.js';
import { proficiencyScaleSchema, type ProficiencyScale } from './proficiencyScale.js';
import { responseSchema, type AssessmentResponse } from './response.js';
import { fromZodIssue, type ValidationIssue, type ValidationResult } from './validationIssue.js';
import { workspaceSchema, type Workspace } from './workspace.js';
import { checkFrameworkReferences, checkWorkspaceReferences } from './workspaceReferences.js';

function capped(issues: readonly ValidationIssue[], maxIssues: number): ValidationIssue[] {
  const list = new IssueList(maxIssues);
  for (const issue of issues) list.push(issue);
  return list.result();
}

function validateWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  maxIssues: number,
): ValidationResult<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  const list = new IssueList(maxIssues);
  for (const issue of parsed.error.issues) list.push(fromZodIssue(issue));
  return { success: false, issues: list.result() };
}

function validateDocument<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: ValidationOptions,
  checkReferences: (document: T, options: ValidationOptions) => ValidationIssue[],
): ValidationResult<T> {
  const maxIssues = maxIssuesOf(options);
  const migrated = migrateDocument(input);
  if (!migrated.success) return { success: false, issues: capped(migrated.issues, maxIssues) };
  const parsed = validateWith(schema, migrated.data, maxIssues);
  if (!parsed.success) return parsed;
  const issues = checkReferences(parsed.data, { maxIssues });
  return issues.length === 0 ? parsed : { success: false, issues };
}

/**
 * Checks unknown input against {@link proficiencyScaleSchema}; never throws for bad data.
 * Lists at most `options.maxIssues` (100) issues, then one that counts the rest.
 * @throws {RangeError} only for a `maxIssues` that is not a whole number of at least 1.
 */
export function validateProficiencyScale(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult<ProficiencyScale> {
  return validateWith(proficiencyScaleSchema, input, maxIssuesOf(options));
}

/**
 * Checks unknown input against {@link competencySchema}; never throws for bad data.
 * Lists at most `options.maxIssues` (100) issues, then one that counts the rest.
 * @throws {RangeError} only for a `maxIssues` that is not a whole number of at least 1.
 */
export function validateCompetency(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult<Competency> {
  return validateWith(competencySchema, input, maxIssuesOf(options));
}

/**
 * Checks unknown input against {@link instrumentSchema}, then the rules inside the instrument
 * that `validateWorkspace` applies too: unique item and section ids, every `sectionId` a section
 * of the instrument, every `showIf` on an earlier item. Never throws for bad data. Lists at most
 * `options.maxIssues` (100) issues, then one that counts the rest.
 * @throws {RangeError} only for a `maxIssues` that is not a whole number of at least 1.
 */
export function validateInstrument(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult<Instrument> {
  const maxIssues = maxIssuesOf(options);
  const parsed = validateWith(instrumentSchema, input, maxIssues);
  if (!parsed.success) return parsed;
  const list = new IssueList(maxIssues);
  checkInstrument(parsed.data, list, []);
  return list.count === 0 ? parsed : { success: false, issues: list.result() };
}

/**
 * Checks unknown input against {@link responseSchema}; never throws for bad data.
 * Lists at most `options.maxIssues` (100) issues, then one that counts the rest.
 * @throws {RangeError} only for a `maxIssues` that is not a whole number of at least 1.
 */
export function validateResponse(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult<AssessmentResponse> {
  return validateWith(responseSchema, input, maxIssuesOf(options));
}

/**
 * Validates a competency framework document: migrates it to the current `schemaVersion`,
 * checks its shape, then its internal references (scales, areas, no area its own ancestor).
 * Lists at most `options.maxIssues` (100) issues, then one that counts the rest.
 * @throws {RangeError} only for a `maxIssues` that is not a whole number of at least 1.
 */
export function validateCompetencyFramework(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult<CompetencyFramework> {
  return validateDocument(competencyFrameworkSchema, input, options, checkFrameworkReferences);
}

/**
 * Validates a whole programme workspace: migrates it to the current `schemaVersion`, checks the
 * shape of every document in it, then that every reference resolves and dates run in order.
 * Shape problems are reported first; reference checks run once the shape is sound. Lists at
 * most `options.maxIssues` (100) issues, then one that counts the rest.
 * @throws {RangeError} only for a `maxIssues` that is not a whole number of at least 1.
 */
export function validateWorkspace(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult<Workspace> {
  return validateDocument(workspaceSchema, input, options, checkWorkspaceReferences);
}
