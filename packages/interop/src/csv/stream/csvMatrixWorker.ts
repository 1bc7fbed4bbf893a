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

/** The part of a worker's global scope (`self`) the handler uses, so it runs under any runtime. */
export interface CsvMatrixWorkerScope {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  postMessage(message: CsvMatrixReply, transfer: Transferable[]): void;
}

/** The part of a `Worker` the client uses. */
export interface CsvMatrixWorkerPort {
  onmessage: ((event: { readonly data: CsvMatrixReply }) => void) | null;
  onerror?: ((event: unknown) => void) | null;
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
  scope.onmessage = (event) => {
    const request = event.data as CsvMatrixRequest | null;
    if (request?.type === 'abort') {
      controller?.abort();
      return;
    }
    if (request?.type !== 'start') return;
    const current = new AbortController();
    controller = current;
    let last = 0;
    void streamCsvToMatrix(request.file, {
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
  };
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
      worker.onmessage = null;
    };
    worker.onmessage = ({ data }) => {
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
    worker.onerror = () => {
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
