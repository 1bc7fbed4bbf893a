/*
 * The shapes DataImport takes, written structurally so that `@capkit/interop`'s values satisfy
 * them as they are: an `InteropIssue` is an {@link ImportIssue}, an `ImportResult<T>` an
 * {@link ImportOutcome}, a `ColumnMapping` (from `suggestColumnMapping`) an
 * {@link ImportMappingShape}, a `CsvTable` (from `readCsvTable`) an {@link ImportPreview}, and
 * `validateColumnMapping` fits DataImport's `validateMapping` prop. They mirror interop's types
 * rather than importing them because widgets may not depend on interop (the architecture's
 * one-way rule, `model ← interop` and `model ← scoring ← react`, kept by scripts/check-deps.mjs):
 * the app wires the importer to the widget, and the widget only shows what the importer found.
 * Once `apps/demo` passes one to the other, a change in interop that breaks the fit stops the
 * demo compiling.
 *
 * The wiring, as an app does it (type-checked against interop's built types when written):
 *
 *   <DataImport
 *     title="Import responses"
 *     targets={[{ to: { kind: 'field', field: 'respondentId' }, label: 'Respondent', required: true }]}
 *     readFile={async (file) => readCsvTable(new Uint8Array(await file.arrayBuffer()))}
 *     suggestMapping={(headers) => suggestColumnMapping(headers, { target: 'responses', instrument })}
 *     validateMapping={validateColumnMapping}
 *     importWith={(mapping, mode, { preview }) =>
 *       importResponsesFromTable(preview, mapping, { instrument, campaign, mode })}
 *     onConfirm={(result) => saveResponses(result.data)}
 *   />
 *
 * and for a large file, `importWith={(mapping, mode, { file, signal, onProgress }) =>
 * streamCsvToMatrix(file, { mapping, itemOrder, mode, signal, onProgress })}`.
 */

/** An import mode, as interop's `ImportMode`: nothing if any row is bad, or the good rows only. */
export type ImportMode = 'allOrNothing' | 'goodRows';

/** One problem the importer found, located (interop's `InteropIssue`). */
export interface ImportIssue {
  /** Why, in the importer's words: the widget shows it as it is. */
  readonly message: string;
  readonly code?: string | undefined;
  /** Spreadsheet row (the header is row 1); absent for a problem of the whole file. */
  readonly row?: number | undefined;
  /** The column's header, as written in the file. */
  readonly column?: string | undefined;
}

/** Where one column goes (interop's `ColumnTarget`). */
export type ImportColumnTarget =
  | { readonly kind: 'ignore' }
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'rating'; readonly itemId: string; readonly part: string };

/** A column mapping: a target per header (interop's `ColumnMapping`, of which only `columns` is read). */
export interface ImportMappingShape {
  readonly columns: readonly { readonly header: string; readonly to: ImportColumnTarget }[];
}

/** What reading a file gives: its headers and its first rows, or all of them (a `CsvTable`). */
export interface ImportPreview {
  readonly headers: readonly string[];
  /** Records (or a sample of them), each a field per header; the first one's values are shown as examples. */
  readonly rows: readonly (readonly string[])[];
}

/** The result of checking a mapping (interop's `ColumnMappingResult`). */
export type MappingCheck =
  { readonly success: true } | { readonly success: false; readonly issues: readonly ImportIssue[] };

/** The outcome of an import run without committing anything (interop's `ImportResult<T>`). */
export type ImportOutcome<T> =
  | {
      readonly success: true;
      readonly data: T;
      readonly rowsRead: number;
      readonly rowsImported: number;
      readonly rowsRejected: number;
      readonly issues: readonly ImportIssue[];
    }
  | { readonly success: false; readonly issues: readonly ImportIssue[]; readonly rowsRead: number };

/** The successful branch of {@link ImportOutcome}: what `onConfirm` is given. */
export type ImportSuccess<T> = Extract<ImportOutcome<T>, { success: true }>;

/**
 * How a long read reports (interop's stream: `signal` stops it, `onProgress(bytesRead, rowsRead)`
 * after each chunk), so `streamCsvToMatrix`'s options can be passed on as they are.
 */
export interface ImportTask {
  readonly signal: AbortSignal;
  readonly onProgress: (bytesRead: number, rowsRead: number) => void;
}

/** One field the file's columns can fill, with the select the user picks its column in. */
export interface ImportTarget<To extends ImportColumnTarget = ImportColumnTarget> {
  /** The target as the mapping writes it, e.g. `{ kind: 'field', field: 'respondentId' }`. */
  readonly to: To;
  /** The field's name for people, the select's label, e.g. "Staff ID". */
  readonly label: string;
  /**
   * Whether the import needs a column for it; marked "(required)" and checked before running.
   * @default false
   */
  readonly required?: boolean | undefined;
}
