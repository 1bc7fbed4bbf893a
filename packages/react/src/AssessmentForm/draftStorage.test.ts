import { describe, expect, it } from 'vitest';
import type { FormDraft } from './formDraft.js';
import { DraftStorageError, indexedDbDraftStorage, memoryDraftStorage } from './draftStorage.js';

const draft: FormDraft = {
  version: 1,
  instrumentId: 'tna-2026',
  pageId: 'section-dg-identity',
  startedAt: '2026-02-02T09:00:00.000Z',
  savedAt: '2026-02-02T09:05:00.000Z',
  answers: { q1: { kind: 'rating', itemId: 'q1', value: 3 } },
};

describe('memoryDraftStorage', () => {
  it('saves, loads back and clears a draft by key', async () => {
    const storage = memoryDraftStorage();
    expect(await storage.load('respondent-1')).toBeUndefined();
    await storage.save('respondent-1', draft);
    expect(await storage.load('respondent-1')).toEqual(draft);
    expect(await storage.load('respondent-2')).toBeUndefined();
    await storage.clear('respondent-1');
    expect(await storage.load('respondent-1')).toBeUndefined();
  });

  it('copies drafts in and out, as a real store would', async () => {
    const storage = memoryDraftStorage();
    const mutable = structuredClone(draft) as { pageId: string };
    await storage.save('key', mutable as FormDraft);
    mutable.pageId = 'changed later';
    const loaded = await storage.load('key');
    expect(loaded?.pageId).toBe('section-dg-identity');
    expect(loaded).not.toBe(await storage.load('key'));
  });

  it('starts from the drafts it is given', async () => {
    const storage = memoryDraftStorage({ key: draft });
    expect(await storage.load('key')).toEqual(draft);
  });
});

describe('indexedDbDraftStorage', () => {
  // Its round trip runs in Chromium, in the DraftResume story; happy-dom has no IndexedDB.
  it('can be created without IndexedDB, and rejects with a DraftStorageError when used', async () => {
    const storage = indexedDbDraftStorage('capkit-test');
    const failure = await storage.load('key').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DraftStorageError);
    expect(failure).toMatchObject({ operation: 'open', key: 'key' });
  });
});
