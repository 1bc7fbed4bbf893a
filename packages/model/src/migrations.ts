import { currentSchemaVersion } from './schemaVersion.js';
import { makeIssue, type ValidationResult } from './validationIssue.js';

/** Turns a document of one schema version into the next version's shape. */
export type Migration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they upgrade from. Version 1 is the first published shape,
 * so there are none yet; each future breaking change adds one here with its test.
 */
export const migrations: ReadonlyMap<number, Migration> = new Map();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a parsed JSON document up to {@link currentSchemaVersion} by applying migrations in
 * turn. Never throws for bad data: a missing or newer `schemaVersion` or a gap in the chain is
 * reported as an issue. A document already current is returned as it is.
 */
export function migrateDocument(
  input: unknown,
  registry: ReadonlyMap<number, Migration> = migrations,
  target: number = currentSchemaVersion,
): ValidationResult<Record<string, unknown>> {
  if (!isRecord(input)) return { success: false, issues: [makeIssue([], 'document.notAnObject')] };
  const found = input['schemaVersion'];
  if (typeof found !== 'number' || !Number.isInteger(found)) {
    return {
      success: false,
      issues: [makeIssue(['schemaVersion'], 'document.missingSchemaVersion')],
    };
  }
  if (found > target) {
    return {
      success: false,
      issues: [
        makeIssue(['schemaVersion'], 'document.newerSchemaVersion', { found, supported: target }),
      ],
    };
  }
  let document: Record<string, unknown> = input;
  for (let version = found; version < target; version += 1) {
    const migrate = registry.get(version);
    if (migrate === undefined) {
      return {
        success: false,
        issues: [makeIssue(['schemaVersion'], 'document.noMigration', { from: version })],
      };
    }
    document = { ...migrate(document), schemaVersion: version + 1 };
  }
  return { success: true, data: document };
}
