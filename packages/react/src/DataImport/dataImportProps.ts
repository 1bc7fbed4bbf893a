import type { HeadingProps, LoadStateProps, LocaleProps } from '../shared/widgetProps.js';
import type {
  ImportMappingShape,
  ImportMode,
  ImportOutcome,
  ImportPreview,
  ImportSuccess,
  ImportTarget,
  ImportTask,
  MappingCheck,
} from './importTypes.js';
import type { DataImportMessages } from './messages.js';

/** What `importWith` is given besides the mapping and the mode: the file, its preview, and the task. */
export interface ImportRun<P> extends ImportTask {
  readonly file: File;
  /** What `readFile` returned (a `CsvTable`, say, for `importResponsesFromTable`). */
  readonly preview: P;
}

/** What `onConfirm` is given besides the result. */
export interface ImportConfirmation<M> {
  readonly file: File;
  readonly mapping: M;
  readonly mode: ImportMode;
}

/** Props of {@link DataImport}. */
export interface DataImportProps<T, M extends ImportMappingShape, P extends ImportPreview>
  extends LocaleProps<DataImportMessages>, LoadStateProps, HeadingProps {
  /** Title of the widget, also its accessible name, e.g. "Import staff responses". */
  readonly title: string;
  /** A sentence on what the file should hold. */
  readonly description?: string | undefined;
  /**
   * The fields the file's columns fill, each with its own select; required ones are marked. Each
   * `to` is a target of the mapping's own type (`M` is taken from `suggestMapping`, not from here).
   */
  readonly targets: readonly ImportTarget<NoInfer<M['columns'][number]['to']>>[];
  /**
   * Reads the chosen file into its headers and (first) rows, reporting progress and stopping
   * when `signal` aborts (e.g. `readCsvTable` of the file's bytes).
   */
  readonly readFile: (file: File, task: ImportTask) => Promise<P> | P;
  /** The suggested mapping for the file's headers (e.g. interop's `suggestColumnMapping` with the app's options). */
  readonly suggestMapping: (headers: readonly string[]) => M;
  /**
   * Checks the mapping before any row is read, its issues shown as written (interop's
   * `validateColumnMapping` can be passed as it is).
   * @default undefined: the importer's own check is the only one
   */
  readonly validateMapping?:
    ((mapping: M, options: { readonly headers: readonly string[] }) => MappingCheck) | undefined;
  /**
   * Runs the import over every row with the user's mapping and mode and returns what it would
   * import, changing nothing (e.g. `importResponsesFromTable`, or `streamCsvToMatrix` of the
   * file for large files, with the task's `signal` and `onProgress`).
   */
  readonly importWith: (
    mapping: M,
    mode: ImportMode,
    run: ImportRun<P>,
  ) => Promise<ImportOutcome<T>> | ImportOutcome<T>;
  /**
   * The only callback that commits: called when the user confirms the checked import. A
   * rejected promise shows the failed step.
   */
  readonly onConfirm: (
    result: ImportSuccess<T>,
    confirmation: ImportConfirmation<M>,
  ) => void | Promise<void>;
  /**
   * What to do if some rows are bad, until the user chooses.
   * @default 'allOrNothing' (interop's default)
   */
  readonly defaultMode?: ImportMode | undefined;
  /**
   * Problems in the table at a time.
   * @default 50
   */
  readonly issuesPerPage?: number | undefined;
  /**
   * The file input's `accept`.
   * @default '.csv,text/csv'
   */
  readonly accept?: string | undefined;
}
