import type { Workspace } from '@capkit/model';
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';

/** Where the workspace came from, for the landing page and the data page to say. */
export type WorkspaceOrigin = 'sample' | 'import';

/** The stored workspace and what the page says about it. */
export interface StoredWorkspace {
  readonly workspace: Workspace;
  readonly origin: WorkspaceOrigin;
  /** ISO timestamp of the last save. */
  readonly savedAt: string;
  /** Counts up with every change, so views know to read again. */
  readonly revision: number;
  /**
   * The checks this workspace last passed (`WorkspaceStoreOptions.checks`): a copy saved
   * by the demo as it is now is not checked again on every load. Absent in copies saved before
   * this field was added, which are checked once and saved with it.
   */
  readonly checkedBy?: string;
}

export interface DemoDatabase extends DBSchema {
  workspace: { key: 'current'; value: StoredWorkspace };
}

export const databaseName = 'capkit-demo';

type Upgrade = (
  database: IDBPDatabase<DemoDatabase>,
  transaction: IDBPTransaction<DemoDatabase, StoreNames<DemoDatabase>[], 'versionchange'>,
) => void;

/**
 * The database's versions, each with the step that brings the one before it up to date. A new
 * version appends a step here and never edits an old one: a visitor may come back from any
 * version, and their saved work must survive the way up. (The workspace document inside has its
 * own `schemaVersion`, migrated by `@capkit/model` when it is read.)
 */
export const upgrades: readonly Upgrade[] = [
  // Version 1: one store, the current workspace under the key `current`.
  (database) => {
    database.createObjectStore('workspace');
  },
];

export const databaseVersion = upgrades.length;

/** Opens the demo's database, running every upgrade step the visitor's copy has not had. */
export function openDemoDatabase(name = databaseName): Promise<IDBPDatabase<DemoDatabase>> {
  return openDB<DemoDatabase>(name, databaseVersion, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      for (const step of upgrades.slice(oldVersion)) step(database, transaction);
    },
    // Another tab holds an older version open: close ours so that its upgrade is not blocked
    // forever; the next read opens it again.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
}
