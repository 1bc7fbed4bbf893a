import type { ImportResult } from '../../shared/importMode.js';
import { interopIssue } from '../../shared/interopIssue.js';
import { streamCsvToMatrix, type CsvMatrix } from './streamCsvToMatrix.js';
import type { CsvMatrixOptions, CsvMatrixSettings } from './streamOptions.js';

/** Messages the page sends to the worker. */
export type CsvMatrixRequest =
  | { readonly type: 'start'; readonly file: Blob; readonly settings: CsvMatrixSettings }
  | { readonly type: 'abort' };

/** Messages the worker sends back. */
export type CsvMatrixReply =
  | { readonly type: 'progress'; readonly bytesRead: number; readonly rowsRead: number }
  | { readonly type: 'done'; readonly result: ImportResult<CsvMatrix> }
  | { readonly type: 'aborted' };

/** A message event as far as the handler reads it. */
export interface CsvMatrixMessageEvent<T> {
  readonly data: T;
}

/**
 * The part of a worker's global scope (`self`) the handler uses: a `DedicatedWorkerGlobalScope`
 * fits, and so does a Node `MessagePort`.
 */
export interface CsvMatrixWorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: CsvMatrixMessageEvent<unknown>) => void,
  ): void;
  postMessage(message: CsvMatrixReply, transfer: Transferable[]): void;
}

/** The part of a `Worker` the client uses; a `Worker` fits as it is. */
export interface CsvMatrixWorkerPort {
  addEventListener(
    type: 'message',
    listener: (event: CsvMatrixMessageEvent<CsvMatrixReply>) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  removeEventListener(
    type: 'message',
    listener: (event: CsvMatrixMessageEvent<CsvMatrixReply>) => void,
  ): void;
  removeEventListener(type: 'error', listener: (event: unknown) => void): void;
  postMessage(message: CsvMatrixRequest): void;
}

type Transferable = ArrayBuffer;

// Progress messages at most this often: a 500 MB file read in 64 KiB chunks would otherwise post
// thousands of them.
const progressInterval = 50;

/**
 * Makes a dedicated worker stream CSV files into matrices: call it once in the worker's script
 * (`csvMatrixWorker(self)`). Each `start` message streams `file.stream()`; progress is posted as
 * it goes and the result at the end, the matrix's buffers transferred rather than copied.
 */
export function csvMatrixWorker(scope: CsvMatrixWorkerScope): void {
  let controller: AbortController | undefined;
  scope.addEventListener('message', (event) => {
    const request = event.data as CsvMatrixRequest | null;
    if (request?.type === 'abort') {
      controller?.abort();
      return;
    }
    if (request?.type !== 'start') return;
    const current = new AbortController();
    controller = current;
    let last = 0;
    void streamCsvToMatrix(withTurnsForMessages(request.file), {
      ...request.settings,
      signal: current.signal,
      onProgress: (bytesRead, rowsRead) => {
        const now = Date.now();
        if (now - last < progressInterval) return;
        last = now;
        scope.postMessage({ type: 'progress', bytesRead, rowsRead }, []);
      },
    }).then(
      (result) => scope.postMessage({ type: 'done', result }, transferablesOf(result)),
      () => scope.postMessage({ type: 'aborted' }, []),
    );
  });
}

// Reading a file already in memory resolves as microtasks only, which would starve the worker's
// message queue: an `abort` would wait for the end. Give the queue a turn now and then.
async function* withTurnsForMessages(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = (file.stream() as ReadableStream<Uint8Array>).getReader();
  let turn = Date.now();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
      if (Date.now() - turn >= progressInterval) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        turn = Date.now();
      }
    }
  } finally {
    await reader.cancel();
  }
}

function transferablesOf(result: ImportResult<CsvMatrix>): Transferable[] {
  if (!result.success) return [];
  const buffers = new Set<ArrayBuffer>([result.data.matrix.ratings.buffer as ArrayBuffer]);
  const { paired } = result.data;
  if (paired !== undefined) {
    buffers.add(paired.importance.buffer as ArrayBuffer);
    buffers.add(paired.performance.buffer as ArrayBuffer);
  }
  return [...buffers];
}

/**
 * Streams a `File` (from an `<input type=file>`) into a matrix inside `worker`, whose script
 * called {@link csvMatrixWorker}. `onProgress` and `signal` work as in `streamCsvToMatrix`; the
 * page stays responsive while a million rows are read.
 *
 * @throws the signal's reason when `signal` aborts.
 */
export function streamCsvFileInWorker(
  file: Blob,
  options: CsvMatrixOptions,
  worker: CsvMatrixWorkerPort,
): Promise<ImportResult<CsvMatrix>> {
  const { onProgress, signal, ...settings } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason as Error);
      return;
    }
    const abort = () => worker.postMessage({ type: 'abort' });
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => {
      signal?.removeEventListener('abort', abort);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = ({ data }: CsvMatrixMessageEvent<CsvMatrixReply>) => {
      switch (data.type) {
        case 'progress':
          onProgress?.(data.bytesRead, data.rowsRead);
          return;
        case 'done':
          settle();
          resolve(data.result);
          return;
        case 'aborted':
          settle();
          reject((signal?.reason ?? new Error('aborted')) as Error);
          return;
        default:
          data satisfies never;
      }
    };
    const onError = () => {
      settle();
      resolve({
        success: false,
        rowsRead: 0,
        issues: [
          interopIssue(
            { path: ['worker'] },
            'csv.workerFailed',
            'the worker failed to start or crashed',
          ),
        ],
      });
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    try {
      worker.postMessage({ type: 'start', file, settings });
    } catch (error) {
      settle();
      resolve({
        success: false,
        rowsRead: 0,
        issues: [
          interopIssue(
            { path: ['options'] },
            'csv.invalidOptions',
            `the options cannot be sent to the worker: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ],
      });
    }
  });
}
