import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { databaseVersion, openDemoDatabase, upgrades } from './database.js';

let counter = 0;
const freshName = () => `capkit-demo-test-${++counter}`;

describe('the demo database', () => {
  it('is at the version of its last upgrade step', () => {
    expect(databaseVersion).toBe(upgrades.length);
    expect(databaseVersion).toBeGreaterThanOrEqual(1);
  });

  it('opens from nothing with the workspace store, and keeps a record across openings', async () => {
    const name = freshName();
    const first = await openDemoDatabase(name);
    expect([...first.objectStoreNames]).toContain('workspace');
    await first.put(
      'workspace',
      { workspace: {} as never, origin: 'import', savedAt: '2026-01-01T00:00:00Z', revision: 7 },
      'current',
    );
    first.close();
    const again = await openDemoDatabase(name);
    expect(await again.get('workspace', 'current')).toMatchObject({
      origin: 'import',
      revision: 7,
    });
    again.close();
  });

  it('brings a database made at every older version up to date, keeping what it held', async () => {
    for (let old = 1; old < databaseVersion; old += 1) {
      const name = freshName();
      const legacy = await openDB(name, old, {
        upgrade(database, oldVersion, _newVersion, transaction) {
          for (const step of upgrades.slice(oldVersion, old))
            step(database as never, transaction as never);
        },
      });
      await legacy.put('workspace', { revision: old }, 'current');
      legacy.close();
      const current = await openDemoDatabase(name);
      expect(current.version).toBe(databaseVersion);
      expect(await current.get('workspace', 'current')).toMatchObject({ revision: old });
      current.close();
    }
  });

  it('runs only the steps a visitor’s copy has not had', async () => {
    const name = freshName();
    (await openDemoDatabase(name)).close();
    // Opening again at the same version runs no step: creating the store twice would throw.
    const again = await openDemoDatabase(name);
    expect(again.version).toBe(databaseVersion);
    again.close();
  });
});
