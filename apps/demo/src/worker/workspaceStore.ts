import { validateWorkspace, type Workspace } from '@capkit/model';
import type { IDBPDatabase } from 'idb';
import {
  openDemoDatabase,
  type DemoDatabase,
  type StoredWorkspace,
  type WorkspaceOrigin,
} from './database.js';
import { demoSampleWorkspace } from './demoSample.js';

/**
 * The workspace as the worker keeps it: read once from IndexedDB (or built from the sample on a
 * first visit), then held in memory; every change is written through before it is reported.
 */
export class WorkspaceStore {
  #database: Promise<IDBPDatabase<DemoDatabase>> | undefined;
  #current: Promise<StoredWorkspace> | undefined;
  readonly #databaseName: string | undefined;

  constructor(databaseName?: string) {
    this.#databaseName = databaseName;
  }

  #db(): Promise<IDBPDatabase<DemoDatabase>> {
    this.#database ??= openDemoDatabase(this.#databaseName);
    return this.#database;
  }

  /** The stored workspace, loading or creating it on first use. */
  current(): Promise<StoredWorkspace> {
    this.#current ??= this.#load();
    return this.#current;
  }

  async #load(): Promise<StoredWorkspace> {
    const stored = await (await this.#db()).get('workspace', 'current');
    if (stored !== undefined) {
      // Saved by an older capkit: bring the document up to today's schema, or start again
      // from the sample rather than show a broken ministry.
      const checked = validateWorkspace(stored.workspace);
      if (checked.success) return { ...stored, workspace: checked.data };
    }
    return this.#save(demoSampleWorkspace(), 'sample', stored?.revision ?? 0);
  }

  async #save(
    workspace: Workspace,
    origin: WorkspaceOrigin,
    previousRevision: number,
  ): Promise<StoredWorkspace> {
    const record: StoredWorkspace = {
      workspace,
      origin,
      savedAt: new Date().toISOString(),
      revision: previousRevision + 1,
    };
    await (await this.#db()).put('workspace', record, 'current');
    return record;
  }

  /** Stores `workspace` as the current one; the returned record carries the new revision. */
  async replace(workspace: Workspace, origin?: WorkspaceOrigin): Promise<StoredWorkspace> {
    const previous = await this.current();
    const next = this.#save(workspace, origin ?? previous.origin, previous.revision);
    // Later reads wait for the write, and a failed write leaves the previous workspace current.
    this.#current = next.catch(() => previous);
    return next;
  }
}
