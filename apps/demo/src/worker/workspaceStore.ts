import { validateWorkspace, type Workspace } from '@capkit/model';
import type { IDBPDatabase } from 'idb';
import {
  openDemoDatabase,
  type DemoDatabase,
  type StoredWorkspace,
  type WorkspaceOrigin,
} from './database.js';
import { demoSampleWorkspace } from './demoSample.js';

export interface WorkspaceStoreOptions {
  /**
   * Names the checks that `validateWorkspace` makes in this build of the demo (the worker passes
   * a digest of `@capkit/model`'s code). A stored copy marked with the same name was checked by
   * this very code before it was written, so it is not checked again on load.
   */
  readonly checks: string;
  readonly databaseName?: string;
  /** The workspace a first visit starts with. */
  readonly sample?: () => Workspace;
}

/**
 * The workspace as the worker keeps it: read once from IndexedDB (or built from the sample on a
 * first visit), then held in memory; every change is written through before it is reported.
 */
export class WorkspaceStore {
  #database: Promise<IDBPDatabase<DemoDatabase>> | undefined;
  #current: Promise<StoredWorkspace> | undefined;
  readonly #options: WorkspaceStoreOptions;

  constructor(options: WorkspaceStoreOptions) {
    this.#options = options;
  }

  #db(): Promise<IDBPDatabase<DemoDatabase>> {
    this.#database ??= openDemoDatabase(this.#options.databaseName);
    return this.#database;
  }

  /** The stored workspace, loading or creating it on first use. */
  current(): Promise<StoredWorkspace> {
    this.#current ??= this.#load();
    return this.#current;
  }

  async #load(): Promise<StoredWorkspace> {
    const stored = await (await this.#db()).get('workspace', 'current');
    // Only this origin's own code writes here, and it sets `checkedBy` only on workspaces that
    // passed those checks: checking 25 MB again took 1.5 s of every reload. A copy from another
    // build (an older capkit, another schema), or one an unchecked change wrote, is checked once.
    if (stored?.checkedBy === this.#options.checks) return stored;
    if (stored !== undefined) {
      const checked = validateWorkspace(stored.workspace);
      // The same workspace and revision, brought up to today's schema and marked as checked.
      if (checked.success)
        return this.#write({ ...stored, workspace: checked.data, checkedBy: this.#options.checks });
    }
    // Nothing stored, or a copy that no longer passes: start again from the sample rather
    // than show a broken ministry. The sample is marked without a check of its own: a test
    // (demoSample.test.ts) holds that it passes.
    const sample = (this.#options.sample ?? demoSampleWorkspace)();
    return this.#save(sample, 'sample', stored?.revision ?? 0, true);
  }

  async #write(record: StoredWorkspace): Promise<StoredWorkspace> {
    await (await this.#db()).put('workspace', record, 'current');
    return record;
  }

  #save(
    workspace: Workspace,
    origin: WorkspaceOrigin,
    previousRevision: number,
    validated: boolean,
  ): Promise<StoredWorkspace> {
    return this.#write({
      workspace,
      origin,
      savedAt: new Date().toISOString(),
      revision: previousRevision + 1,
      ...(validated ? { checkedBy: this.#options.checks } : {}),
    });
  }

  /**
   * Stores `workspace` as the current one; the returned record carries the new revision.
   * `validated` says that `workspace` is what `validateWorkspace` returned: only then is the copy
   * marked as checked, and otherwise the next load checks it once.
   */
  async replace(
    workspace: Workspace,
    {
      origin,
      validated,
    }: { readonly origin?: WorkspaceOrigin | undefined; readonly validated: boolean },
  ): Promise<StoredWorkspace> {
    const previous = await this.current();
    const next = this.#save(workspace, origin ?? previous.origin, previous.revision, validated);
    // Later reads wait for the write, and a failed write leaves the previous workspace current.
    this.#current = next.catch(() => previous);
    return next;
  }
}
