export { type CsvByteSource } from './byteSource.js';
export {
  streamCsvToMatrix,
  streamCsvToMatrixOrThrow,
  type CsvMatrix,
} from './streamCsvToMatrix.js';
export {
  csvMatrixSettingsSchema,
  type CsvMatrixOptions,
  type CsvMatrixSettings,
} from './streamOptions.js';
export {
  csvMatrixWorker,
  streamCsvFileInWorker,
  type CsvMatrixMessageEvent,
  type CsvMatrixReply,
  type CsvMatrixRequest,
  type CsvMatrixWorkerPort,
  type CsvMatrixWorkerScope,
} from './csvMatrixWorker.js';
