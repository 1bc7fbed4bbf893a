/**
 * The tables the data page offers as CSV, each as `@capkit/interop/csv`'s importers read it back.
 * Here, not in the worker's module, so the page knows the names without loading the writers.
 */
export const csvTables = ['people', 'units', 'roles', 'memberships', 'frameworkItems'] as const;
export type CsvTableName = (typeof csvTables)[number];
