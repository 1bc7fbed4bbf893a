import { currentSchemaVersion } from './schemaVersion.js';
import { makeIssue, type ValidationResult } from './validationIssue.js';

/** Turns a document of one schema version into the next version's shape. */
export type Migration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Migrations read documents not yet validated: they change only what has the old shape and
// leave anything else as it is, for validation to report where it stands.
const mapRecords = (value: unknown, change: (record: Record<string, unknown>) => unknown) =>
  Array.isArray(value)
    ? value.map((entry: unknown) => (isRecord(entry) ? change(entry) : entry))
    : value;

const withDefault = (record: Record<string, unknown>, key: string, value: unknown) =>
  key in record ? record : { ...record, [key]: value };

function interventionCostV2(intervention: Record<string, unknown>): Record<string, unknown> {
  const cost = intervention['cost'];
  if (!isRecord(cost) || !('amount' in cost) || 'fixed' in cost) return intervention;
  const { amount, ...rest } = cost;
  return { ...intervention, cost: { ...rest, fixed: amount, perParticipant: 0 } };
}

/**
 * Version 1 → 2. Workspace: an intervention's `cost` `{ amount, currency }` becomes
 * `{ currency, fixed: amount, perParticipant: 0 }` (the whole amount was the cost of the run);
 * the new collections `catalogue` and `maturityIndexes` start empty, and each evaluation gets
 * `observations: []`; the frameworks it holds go to version 2 with it. A competency framework
 * keeps its shape; only its version changes.
 */
export const migrateVersion1: Migration = (document) => {
  if (document['kind'] !== 'capkitWorkspace') return { ...document };
  const workspace = withDefault(withDefault(document, 'catalogue', []), 'maturityIndexes', []);
  const { frameworks, plans, evaluations } = workspace;
  return {
    ...workspace,
    // Frameworks inside a workspace carry the workspace's schemaVersion too.
    ...(frameworks === undefined
      ? {}
      : {
          frameworks: mapRecords(frameworks, (framework) =>
            framework['schemaVersion'] === 1 ? { ...framework, schemaVersion: 2 } : framework,
          ),
        }),
    ...(plans === undefined
      ? {}
      : {
          plans: mapRecords(plans, (plan) =>
            'interventions' in plan
              ? { ...plan, interventions: mapRecords(plan['interventions'], interventionCostV2) }
              : plan,
          ),
        }),
    ...(evaluations === undefined
      ? {}
      : {
          evaluations: mapRecords(evaluations, (evaluation) =>
            withDefault(evaluation, 'observations', []),
          ),
        }),
  };
};

/**
 * Migrations keyed by the version they upgrade from; each breaking change adds one here with
 * its test. 1 → 2: {@link migrateVersion1}.
 */
export const migrations: ReadonlyMap<number, Migration> = new Map([[1, migrateVersion1]]);

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
