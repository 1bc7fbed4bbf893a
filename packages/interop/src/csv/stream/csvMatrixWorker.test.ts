import { readFileSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../columnMapping.js';
import {
  csvMatrixWorker,
  streamCsvFileInWorker,
  type CsvMatrixWorkerPort,
  type CsvMatrixWorkerScope,
} from './csvMatrixWorker.js';

// The two ends of a worker, on one thread: the page's `Worker` and the worker's `self`.
const open: MessagePort[] = [];
function channel(): { page: CsvMatrixWorkerPort; worker: CsvMatrixWorkerScope } {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  return {
    page: port1 as unknown as CsvMatrixWorkerPort,
    worker: port2 as unknown as CsvMatrixWorkerScope,
  };
}
afterEach(() => open.splice(0).forEach((port) => port.close()));

const mapping: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  columns: [
    { header: 'skills/c01_importance', to: { kind: 'rating', itemId: 'c01', part: 'importance' } },
    {
      header: 'skills/c01_performance',
      to: { kind: 'rating', itemId: 'c01', part: 'performance' },
    },
    { header: '_uuid', to: { kind: 'field', field: 'respondentId' } },
  ],
};
const kobo = new Blob([readFileSync(new URL('./fixtures/kobo-paired.csv', import.meta.url))]);

describe('csvMatrixWorker and streamCsvFileInWorker', () => {
  it('streams a file in the worker and hands the matrix back', async () => {
    const { page, worker } = channel();
    csvMatrixWorker(worker);
    const result = await streamCsvFileInWorker(
      kobo,
      { mapping, itemOrder: ['c01'], paired: true },
      page,
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.matrix).toEqual({
      respondents: 3,
      items: 1,
      ratings: new Uint8Array([3, 4, 2]),
    });
    expect([...(result.data.paired?.importance ?? [])]).toEqual([5, 4, 3]);
    expect(result.data.respondentIds).toHaveLength(3);
  });

  it('posts progress while reading a large file', async () => {
    const { page, worker } = channel();
    csvMatrixWorker(worker);
    const rows = Array.from({ length: 200_000 }, (_, i) => `"${i % 5}";"${i % 4}";"p${i}"`);
    const file = new Blob([
      `"skills/c01_importance";"skills/c01_performance";"_uuid"\n${rows.join('\n')}\n`,
    ]);
    const progress: number[] = [];
    const result = await streamCsvFileInWorker(
      file,
      { mapping, itemOrder: ['c01'], onProgress: (_, rowsRead) => progress.push(rowsRead) },
      page,
    );
    expect(result.success && result.data.matrix.respondents).toBe(200_000);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('rejects with the signal’s reason when aborted', async () => {
    const { page, worker } = channel();
    csvMatrixWorker(worker);
    const rows = Array.from({ length: 300_000 }, (_, i) => `"1";"2";"p${i}"`);
    const file = new Blob([
      `"skills/c01_importance";"skills/c01_performance";"_uuid"\n${rows.join('\n')}\n`,
    ]);
    const controller = new AbortController();
    const reason = new Error('cancelled by the user');
    const run = streamCsvFileInWorker(
      file,
      { mapping, itemOrder: ['c01'], signal: controller.signal },
      page,
    );
    controller.abort(reason);
    await expect(run).rejects.toBe(reason);
  });

  it('returns the located issues of bad options without starting', async () => {
    const { page, worker } = channel();
    csvMatrixWorker(worker);
    const result = await streamCsvFileInWorker(kobo, { mapping, itemOrder: [''] }, page);
    expect(result.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'options.itemOrder[0]', code: 'csv.invalidOptions' },
    ]);
  });
});
