import type { FormDraft } from './formDraft.js';

/**
 * Where the form keeps a respondent's draft between visits. Every method may be called on the
 * client only; implementations must not touch browser globals until called.
 */
export interface DraftStorage {
  /** The draft stored under `key`, or `undefined` when there is none. */
  load(key: string): Promise<FormDraft | undefined>;
  /** Stores `draft` under `key`, replacing any earlier draft. */
  save(key: string, draft: FormDraft): Promise<void>;
  /** Removes the draft under `key`, if any. */
  clear(key: string): Promise<void>;
}

/** A draft storage operation that failed, with the key and what was being done. */
export class DraftStorageError extends Error {
  override readonly name = 'DraftStorageError';
  /** The draft key the operation was for. */
  readonly key: string;
  /** The operation that failed. */
  readonly operation: 'open' | 'load' | 'save' | 'clear';

  constructor(
    operation: 'open' | 'load' | 'save' | 'clear',
    key: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.operation = operation;
    this.key = key;
  }
}

/**
 * Drafts kept in memory, for tests and stories: they survive a remount of the form but not a
 * page reload. Drafts are copied in and out, as a real store would, so later changes to an
 * object never leak into what was saved.
 */
export function memoryDraftStorage(
  initial: Readonly<Record<string, FormDraft>> = {},
): DraftStorage {
  const drafts = new Map<string, FormDraft>(Object.entries(initial));
  return {
    load: (key) => {
      const draft = drafts.get(key);
      return Promise.resolve(draft === undefined ? undefined : structuredClone(draft));
    },
    save: (key, draft) => {
      drafts.set(key, structuredClone(draft));
      return Promise.resolve();
    },
    clear: (key) => {
      drafts.delete(key);
      return Promise.resolve();
    },
  };
}

const storeName = 'drafts';

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Drafts kept in the browser's IndexedDB, in database `databaseName` (one object store,
 * `drafts`, keyed by draft key), so they survive reloads and crashes. The database is opened on
 * the first call, never on import, so the adapter can be created during server rendering; calls
 * reject with a {@link DraftStorageError} where IndexedDB is unavailable.
 */
export function indexedDbDraftStorage(databaseName = 'capkit-drafts'): DraftStorage {
  let opening: Promise<IDBDatabase> | undefined;

  function open(key: string): Promise<IDBDatabase> {
    if (opening !== undefined) return opening;
    const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (factory === undefined) {
      return Promise.reject(
        new DraftStorageError('open', key, 'IndexedDB is not available in this environment'),
      );
    }
    const request = factory.open(databaseName, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) {
        request.result.createObjectStore(storeName);
      }
    };
    const attempt = requestResult(request).then((database) => {
      // Let another tab upgrade the database: close, and open again on the next call.
      database.onversionchange = () => {
        database.close();
        opening = undefined;
      };
      return database;
    });
    opening = attempt.catch((error: unknown) => {
      opening = undefined;
      throw new DraftStorageError('open', key, `Could not open database ${databaseName}`, {
        cause: error,
      });
    });
    return opening;
  }

  async function run<T>(
    operation: 'load' | 'save' | 'clear',
    key: string,
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const database = await open(key);
    try {
      const transaction = database.transaction(storeName, mode);
      const done = transactionDone(transaction);
      const [result] = await Promise.all([
        requestResult(work(transaction.objectStore(storeName))),
        done,
      ]);
      return result;
    } catch (error) {
      throw new DraftStorageError(operation, key, `Could not ${operation} draft ${key}`, {
        cause: error,
      });
    }
  }

  return {
    load: async (key) =>
      (await run<unknown>('load', key, 'readonly', (store) => store.get(key))) as
        FormDraft | undefined,
    save: async (key, draft) => {
      await run('save', key, 'readwrite', (store) => store.put(draft, key));
    },
    clear: async (key) => {
      await run('clear', key, 'readwrite', (store) => store.delete(key));
    },
  };
}
