import type { z } from 'zod';
import { InteropError, interopIssue, type InteropIssue } from '../shared/interopIssue.js';
import { interopLimits } from '../shared/limits.js';
import { isRecord, type XapiVersion } from './primitives.js';
import { statementSchemaFor, type XapiStatement } from './statement.js';

/** How to check statements. */
export interface XapiValidationOptions {
  /**
   * Rules to apply: `'2.0.0'` (IEEE 9274.1.1), `'1.0.3'`, or `'auto'` to read each statement's
   * own `version` property (a statement without one is checked as 2.0).
   * @default '2.0.0'
   */
  readonly version?: XapiVersion | 'auto';
  /** Issues collected before validation stops looking. @default interopLimits.maxIssues */
  readonly maxIssues?: number;
  /** Statements accepted in one batch. @default interopLimits.maxDocumentEntries */
  readonly maxStatements?: number;
}

/** Outcome of a validation: the statements (normalised) or every problem found. */
export type XapiValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly InteropIssue[] };

// 2.0 names 1.0.3 does not know, so the message can say why they are refused.
const newIn20 = new Set(['contextAgents', 'contextGroups']);

function versionFor(input: unknown, option: XapiVersion | 'auto'): XapiVersion {
  if (option !== 'auto') return option;
  const declared = isRecord(input) ? input['version'] : undefined;
  return typeof declared === 'string' && declared.startsWith('1.0') ? '1.0.3' : '2.0.0';
}

function toInteropIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
  version: XapiVersion,
): InteropIssue[] {
  return issues.flatMap((issue): InteropIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        interopIssue(
          { path: [...path, key] },
          'xapi.unknownProperty',
          newIn20.has(key) && version === '1.0.3'
            ? `"${key}" is new in xAPI 2.0; a 1.0.3 statement cannot have it`
            : `"${key}" is not a property xAPI ${version === '2.0.0' ? '2.0' : '1.0.3'} defines here`,
        ),
      );
    }
    const xapiCode =
      issue.code === 'custom' || issue.code === 'invalid_format'
        ? (issue as { params?: { xapiCode?: unknown } }).params?.xapiCode
        : undefined;
    return [
      interopIssue({ path }, typeof xapiCode === 'string' ? xapiCode : issue.code, issue.message),
    ];
  });
}

/** Checks one statement whose issues are located under `prefix` (its place in a batch). */
export function checkStatementAt(
  input: unknown,
  prefix: readonly PropertyKey[],
  option: XapiVersion | 'auto',
): XapiValidationResult<XapiStatement> {
  const version = versionFor(input, option);
  try {
    const parsed = statementSchemaFor(version).safeParse(input);
    if (parsed.success) return { success: true, data: parsed.data };
    return { success: false, issues: toInteropIssues(parsed.error.issues, prefix, version) };
  } catch (error) {
    // Input built in code (getters, proxies) can throw while being read; JSON input cannot.
    return {
      success: false,
      issues: [
        interopIssue(
          { path: prefix },
          'xapi.unreadable',
          `The statement could not be read: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ],
    };
  }
}

function fromJsonText(input: unknown): XapiValidationResult<unknown> {
  if (typeof input !== 'string') return { success: true, data: input };
  if (input.length > interopLimits.maxBytes) {
    return {
      success: false,
      issues: [
        interopIssue(
          {},
          'xapi.tooLarge',
          `The JSON text is longer than ${interopLimits.maxBytes} characters`,
        ),
      ],
    };
  }
  try {
    return { success: true, data: JSON.parse(input) as unknown };
  } catch (error) {
    return {
      success: false,
      issues: [
        interopIssue(
          {},
          'xapi.notJson',
          `Not JSON: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ],
    };
  }
}

/**
 * Checks one statement against the xAPI rules of `options.version` (2.0 by default). `input`
 * is the parsed JSON or the JSON text. Never throws: every problem is an issue whose `path`
 * locates it (`actor.mbox`, `context.contextActivities.parent[0].id`). On success `data` is the
 * statement with 1.0.3's single context activities wrapped in arrays.
 */
export function validateStatement(
  input: unknown,
  options: XapiValidationOptions = {},
): XapiValidationResult<XapiStatement> {
  const json = fromJsonText(input);
  if (!json.success) return json;
  const result = checkStatementAt(json.data, [], options.version ?? '2.0.0');
  if (result.success) return result;
  return {
    success: false,
    issues: result.issues.slice(0, options.maxIssues ?? interopLimits.maxIssues),
  };
}

/**
 * Checks a batch of statements (an array, as an LRS takes them). Issues are located by index,
 * `[3].actor.mbox`; statement ids must be unique within the batch. Never throws.
 */
export function validateStatements(
  input: unknown,
  options: XapiValidationOptions = {},
): XapiValidationResult<XapiStatement[]> {
  const json = fromJsonText(input);
  if (!json.success) return json;
  const batch = json.data;
  const maxIssues = options.maxIssues ?? interopLimits.maxIssues;
  const maxStatements = options.maxStatements ?? interopLimits.maxDocumentEntries;
  if (!Array.isArray(batch)) {
    return {
      success: false,
      issues: [interopIssue({}, 'xapi.notArray', 'Expected an array of statements')],
    };
  }
  if (batch.length > maxStatements) {
    return {
      success: false,
      issues: [
        interopIssue(
          {},
          'xapi.tooManyStatements',
          `A batch holds at most ${maxStatements} statements; this one has ${batch.length}`,
        ),
      ],
    };
  }
  const issues: InteropIssue[] = [];
  const statements: XapiStatement[] = [];
  const firstIndexOfId = new Map<string, number>();
  for (const [index, input] of (batch as unknown[]).entries()) {
    if (issues.length >= maxIssues) break;
    const result = checkStatementAt(input, [index], options.version ?? '2.0.0');
    if (!result.success) {
      issues.push(...result.issues);
      continue;
    }
    statements.push(result.data);
    const id = result.data.id?.toLowerCase();
    if (id === undefined) continue;
    const first = firstIndexOfId.get(id);
    if (first === undefined) firstIndexOfId.set(id, index);
    else {
      issues.push(
        interopIssue(
          { path: [index, 'id'] },
          'xapi.duplicateStatementId',
          `Statement id ${id} is also the id of statement [${first}]`,
        ),
      );
    }
  }
  if (issues.length > 0) return { success: false, issues: issues.slice(0, maxIssues) };
  return { success: true, data: statements };
}

/** {@link validateStatement} for callers who want the statement or an {@link InteropError}. */
export function validateStatementOrThrow(
  input: unknown,
  options: XapiValidationOptions = {},
): XapiStatement {
  const result = validateStatement(input, options);
  if (result.success) return result.data;
  throw new InteropError('Not a valid xAPI statement', result.issues);
}
