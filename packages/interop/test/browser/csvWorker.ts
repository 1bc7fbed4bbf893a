// The worker script an app writes: one line wires the handler to the worker's global scope.
import { csvMatrixWorker, type CsvMatrixWorkerScope } from '../../src/csv/stream/index.js';

csvMatrixWorker(self as unknown as CsvMatrixWorkerScope);
