// The page: a file chosen in <input type=file> is streamed in a worker; the outcome is left on
// `window.outcome` (a promise) for the runner to read.
import { streamCsvFileInWorker, type CsvMatrixWorkerPort } from '../../src/csv/stream/index.js';

interface Outcome {
  readonly success: boolean;
  readonly respondents: number;
  readonly items: number;
  readonly ratingSum: number;
  readonly missing: number;
  readonly firstId: string;
  readonly lastId: string;
  readonly progress: readonly (readonly [number, number])[];
  readonly fileSize: number;
  readonly sharedBuffer: boolean;
  readonly aborted: string;
}

declare global {
  interface Window {
    outcome?: Promise<Outcome>;
  }
}

const mappingUrl = new URL('./mapping.json', import.meta.url);
const input = document.querySelector<HTMLInputElement>('input[type=file]');
window.outcome = new Promise<Outcome>((resolve, reject) => {
  input?.addEventListener('change', () => {
    void (async () => {
      const file = input.files?.[0];
      if (file === undefined) throw new Error('no file chosen');
      const { mapping, itemOrder } = (await (await fetch(mappingUrl)).json()) as {
        mapping: never;
        itemOrder: string[];
      };
      const worker = new Worker(new URL('./csvWorker.js', import.meta.url), { type: 'module' });
      const port: CsvMatrixWorkerPort = worker;
      // A first run aborted part-way, then the real one on the same worker.
      const controller = new AbortController();
      let aborted = '';
      try {
        await streamCsvFileInWorker(
          file,
          {
            mapping,
            itemOrder,
            signal: controller.signal,
            onProgress: (bytesRead) => {
              if (bytesRead > 1_000_000) controller.abort(new Error('stopped by the test'));
            },
          },
          port,
        );
      } catch (error) {
        aborted = error instanceof Error ? error.message : String(error);
      }
      const progress: [number, number][] = [];
      const result = await streamCsvFileInWorker(
        file,
        {
          mapping,
          itemOrder,
          paired: true,
          scale: { min: 1, max: 5 },
          onProgress: (bytesRead, rowsRead) => progress.push([bytesRead, rowsRead]),
        },
        port,
      );
      if (!result.success) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
      const { matrix, paired, respondentIds } = result.data;
      let ratingSum = 0;
      let missing = 0;
      for (const bytes of [paired?.importance ?? new Uint8Array(0), matrix.ratings]) {
        for (const rating of bytes) {
          if (rating === 255) missing += 1;
          else ratingSum += rating;
        }
      }
      resolve({
        success: result.success,
        respondents: matrix.respondents,
        items: matrix.items,
        ratingSum,
        missing,
        firstId: respondentIds[0] ?? '',
        lastId: respondentIds.at(-1) ?? '',
        progress,
        fileSize: file.size,
        sharedBuffer: paired?.performance === matrix.ratings,
        aborted,
      });
    })().catch(reject);
  });
});
