import 'fake-indexeddb/auto';
import { validateWorkspace, type Workspace } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import { describe, expect, it } from 'vitest';
import { openDemoDatabase, type StoredWorkspace } from './database.js';
import { WorkspaceStore } from './workspaceStore.js';

// The store against fake-indexeddb, with a small sample so that each check runs in milliseconds.

let counter = 0;
const freshName = () => `capkit-store-test-${++counter}`;
const small = generateSampleWorkspace({ people: 30, seed: 7, personalData: true });
const sample = () => structuredClone(small);

async function stored(databaseName: string): Promise<StoredWorkspace | undefined> {
  const database = await openDemoDatabase(databaseName);
  const record = await database.get('workspace', 'current');
  database.close();
  return record;
}

async function put(databaseName: string, record: StoredWorkspace): Promise<void> {
  const database = await openDemoDatabase(databaseName);
  await database.put('workspace', record, 'current');
  database.close();
}

// A workspace that validateWorkspace refuses: an assessment by someone who is not on the staff.
function broken(workspace: Workspace): Workspace {
  const [first, ...rest] = workspace.responses;
  if (first === undefined) throw new Error('the small sample has no responses');
  return { ...workspace, responses: [{ ...first, respondentId: 'nobody' }, ...rest] };
}

describe('WorkspaceStore', () => {
  it('starts a first visit from the sample, stored as checked by these checks', async () => {
    const databaseName = freshName();
    const store = new WorkspaceStore({ checks: 'model-a', databaseName, sample });
    const current = await store.current();
    expect(current).toMatchObject({ origin: 'sample', revision: 1, checkedBy: 'model-a' });
    expect(current.workspace.people).toHaveLength(30);
    expect(await stored(databaseName)).toEqual(current);
  });

  it('does not check again a copy that the same checks passed', async () => {
    const databaseName = freshName();
    // Marked by these checks, so taken as it is: had it been checked, the sample would be back.
    const record: StoredWorkspace = {
      workspace: broken(sample()),
      origin: 'import',
      savedAt: '2026-11-01T00:00:00.000Z',
      revision: 5,
      checkedBy: 'model-a',
    };
    await put(databaseName, record);
    const store = new WorkspaceStore({ checks: 'model-a', databaseName, sample });
    expect(await store.current()).toEqual(record);
  });

  it('checks once a copy from other checks, keeping its revision and origin, and marks it', async () => {
    const databaseName = freshName();
    const record: StoredWorkspace = {
      workspace: sample(),
      origin: 'import',
      savedAt: '2026-11-01T00:00:00.000Z',
      revision: 5,
      checkedBy: 'model-old',
    };
    await put(databaseName, record);
    const store = new WorkspaceStore({ checks: 'model-a', databaseName, sample });
    const current = await store.current();
    expect(current).toEqual({ ...record, checkedBy: 'model-a' });
    expect(await stored(databaseName)).toEqual(current);
  });

  it('starts again from the sample when an unmarked copy fails the checks', async () => {
    const databaseName = freshName();
    await put(databaseName, {
      workspace: broken(sample()),
      origin: 'import',
      savedAt: '2026-11-01T00:00:00.000Z',
      revision: 5,
    });
    const store = new WorkspaceStore({ checks: 'model-a', databaseName, sample });
    expect(await store.current()).toMatchObject({
      origin: 'sample',
      revision: 6,
      checkedBy: 'model-a',
      workspace: small,
    });
  });

  it('marks a replacement only when it was validated, so an unchecked change is checked on the next load', async () => {
    const databaseName = freshName();
    const store = new WorkspaceStore({ checks: 'model-a', databaseName, sample });
    await store.current();
    const checked = await store.replace(sample(), { validated: true });
    expect(checked).toMatchObject({ revision: 2, origin: 'sample', checkedBy: 'model-a' });

    const unchecked = await store.replace(sample(), { origin: 'import', validated: false });
    expect(unchecked).toMatchObject({ revision: 3, origin: 'import' });
    expect(unchecked).not.toHaveProperty('checkedBy');
    expect(await stored(databaseName)).toEqual(unchecked);
    expect(await store.current()).toEqual(unchecked);

    // The next visit checks it, and marks the same revision as checked.
    const next = new WorkspaceStore({ checks: 'model-a', databaseName, sample });
    expect(await next.current()).toEqual({ ...unchecked, checkedBy: 'model-a' });
  });

  it('holds a sample the checks pass', () => {
    expect(validateWorkspace(sample()).success).toBe(true);
    expect(validateWorkspace(broken(sample())).success).toBe(false);
  });
});
