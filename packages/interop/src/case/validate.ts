import type { z } from 'zod';
import { formatPath } from '@capkit/model';
import { interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { interopLimits } from '../shared/limits.js';
import { casePackageSchema, type CasePackage } from './schemas/package.js';

/** Caps on what {@link validateCasePackage} reads; lower them for untrusted uploads. */
export interface CaseValidationOptions {
  /** Issues listed before the validator stops looking. @default interopLimits.maxIssues (1000) */
  readonly maxIssues?: number;
  /** Characters of a package given as JSON text. @default interopLimits.maxBytes */
  readonly maxBytes?: number;
}

/** Outcome of {@link validateCasePackage}. */
export type CaseValidationResult =
  | { readonly success: true; readonly data: CasePackage }
  | { readonly success: false; readonly issues: readonly InteropIssue[] };

type Path = readonly PropertyKey[];

function zodIssues(error: z.ZodError): InteropIssue[] {
  return error.issues.flatMap((issue) =>
    // One issue per unknown key, located at the key itself (`CFItems[3].colour`).
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) =>
          interopIssue(
            { path: [...issue.path, key] },
            'case.unknownField',
            `"${key}" is not a CASE 1.1 field here; put data of your own under "extensions"`,
          ),
        )
      : [interopIssue({ path: issue.path }, `case.${issue.code}`, issue.message)],
  );
}

function checkUnique(
  entries: readonly { readonly identifier: string }[] | undefined,
  path: Path,
  seen: Map<string, string>,
  issues: InteropIssue[],
): void {
  entries?.forEach((entry, index) => {
    const key = entry.identifier.toLowerCase();
    const where = [...path, index, 'identifier'];
    const first = seen.get(key);
    if (first === undefined) seen.set(key, formatPath(where));
    else
      issues.push(
        interopIssue(
          { path: where },
          'case.duplicateIdentifier',
          `Identifier ${entry.identifier} is already used at ${first}`,
        ),
      );
  });
}

// Rules a schema cannot state: identifiers unique across the package, and the back-references
// of criteria and levels (`rubricId`, `rubricCriterionId`) naming the object that holds them.
function checkReferences(pkg: CasePackage): InteropIssue[] {
  const issues: InteropIssue[] = [];
  const seen = new Map<string, string>();
  checkUnique([pkg.CFDocument], ['CFDocument'], seen, issues);
  checkUnique(pkg.CFItems, ['CFItems'], seen, issues);
  checkUnique(pkg.CFAssociations, ['CFAssociations'], seen, issues);
  const definitions = pkg.CFDefinitions;
  for (const key of [
    'CFConcepts',
    'CFSubjects',
    'CFLicenses',
    'CFItemTypes',
    'CFAssociationGroupings',
  ] as const) {
    checkUnique(definitions?.[key], ['CFDefinitions', key], seen, issues);
  }
  checkUnique(pkg.CFRubrics, ['CFRubrics'], seen, issues);
  pkg.CFRubrics?.forEach((rubric, r) => {
    const criteriaPath = ['CFRubrics', r, 'CFRubricCriteria'];
    checkUnique(rubric.CFRubricCriteria, criteriaPath, seen, issues);
    rubric.CFRubricCriteria?.forEach((criterion, c) => {
      if (
        criterion.rubricId !== undefined &&
        criterion.rubricId.toLowerCase() !== rubric.identifier.toLowerCase()
      ) {
        issues.push(
          interopIssue(
            { path: [...criteriaPath, c, 'rubricId'] },
            'case.wrongParent',
            `rubricId ${criterion.rubricId} is not the rubric that holds this criterion (${rubric.identifier})`,
          ),
        );
      }
      const levelsPath = [...criteriaPath, c, 'CFRubricCriterionLevels'];
      checkUnique(criterion.CFRubricCriterionLevels, levelsPath, seen, issues);
      criterion.CFRubricCriterionLevels?.forEach((level, l) => {
        if (
          level.rubricCriterionId !== undefined &&
          level.rubricCriterionId.toLowerCase() !== criterion.identifier.toLowerCase()
        ) {
          issues.push(
            interopIssue(
              { path: [...levelsPath, l, 'rubricCriterionId'] },
              'case.wrongParent',
              `rubricCriterionId ${level.rubricCriterionId} is not the criterion that holds this level (${criterion.identifier})`,
            ),
          );
        }
      });
    });
  });
  return issues;
}

/** A usable issue cap from a caller's `maxIssues`: a whole number of at least 1. */
export function issueCap(maxIssues: number | undefined): number {
  return maxIssues !== undefined && Number.isFinite(maxIssues)
    ? Math.max(1, Math.floor(maxIssues))
    : interopLimits.maxIssues;
}

function capped(issues: readonly InteropIssue[], maxIssues: number): InteropIssue[] {
  if (issues.length <= maxIssues) return [...issues];
  return [
    ...issues.slice(0, maxIssues - 1),
    interopIssue(
      {},
      'case.tooManyIssues',
      `${issues.length - maxIssues + 1} more issues were found and not listed`,
    ),
  ];
}

function parseJsonText(
  text: string,
  maxBytes: number,
):
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issue: InteropIssue } {
  if (text.length > maxBytes) {
    return {
      ok: false,
      issue: interopIssue({}, 'case.tooLarge', `The package is over ${maxBytes} characters`),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      issue: interopIssue(
        {},
        'case.invalidJson',
        `The package is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      ),
    };
  }
}

/**
 * Checks a CASE 1.1 `CFPackage`, given as parsed JSON or as JSON text, against the
 * specification's rules: the required fields of every class, UUID identifiers unique across
 * the package, `caseVersion` `"1.1"`, association types (with `ext:…` extensions), `targetType`,
 * ISO 8601 dates and date-times, `extensions` objects (a list of them on criterion levels), no
 * field the specification does not define outside `extensions`, and at most
 * `interopLimits.maxDocumentEntries` entries in any list. Never throws for bad input: every
 * problem is an issue whose `path` locates it, e.g. `CFItems[3].identifier`.
 *
 * On success `data` is a deep copy of the input, every key and extension kept as given.
 */
export function validateCasePackage(
  input: unknown,
  options: CaseValidationOptions = {},
): CaseValidationResult {
  const maxIssues = issueCap(options.maxIssues);
  let json: unknown = input;
  if (typeof input === 'string') {
    const text = parseJsonText(input, options.maxBytes ?? interopLimits.maxBytes);
    if (!text.ok) return { success: false, issues: [text.issue] };
    json = text.value;
  }
  const parsed = casePackageSchema.safeParse(json);
  if (!parsed.success)
    return { success: false, issues: capped(zodIssues(parsed.error), maxIssues) };
  const issues = checkReferences(parsed.data);
  if (issues.length > 0) return { success: false, issues: capped(issues, maxIssues) };
  // The input, not zod's rebuilt copy: key order and extensions stay exactly as written.
  return { success: true, data: structuredClone(json as CasePackage) };
}
