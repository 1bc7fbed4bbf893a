import { plural, type LocalizedCount } from '../shared/localeFormat.js';
import type { LoadStateMessages } from '../shared/widgetProps.js';

/** The steps of an import, each the `data-state` of the widget while it is shown. */
export type DataImportStep =
  'idle' | 'reading' | 'mapping' | 'errors' | 'confirm' | 'confirmed' | 'failed' | 'empty';

/**
 * Every string DataImport shows of its own, so an app can translate it; English by default. The
 * problems found in the file are not among them: they are the importer's, shown as it wrote them.
 */
export interface DataImportMessages extends LoadStateMessages {
  /** Under the title, on every step: the promise the widget keeps. */
  readonly intro: string;
  /** Heading of each step (focus moves to it). */
  readonly stepHeading: Readonly<Record<DataImportStep, string>>;
  readonly chooseLead: string;
  readonly fileLabel: string;
  readonly fileHint: string;
  /** In the drop zone, around the file input. */
  readonly dropHint: string;
  readonly chosenFile: (name: string) => string;
  /** The widget's own check: Continue with no file. */
  readonly noFileChosen: string;
  readonly continue: string;
  readonly readingFile: (name: string) => string;
  readonly checkingRows: (name: string) => string;
  /** Accessible name of the progress bar. */
  readonly progressLabel: string;
  /** Beside the progress bar; `percent` is formatted, or `undefined` when the size is unknown. */
  readonly progress: (percent: string | undefined, rows: LocalizedCount) => string;
  readonly cancel: string;
  /** Announced after Cancel. */
  readonly cancelled: string;
  readonly mappingLead: (chosen: LocalizedCount, targets: LocalizedCount, file: string) => string;
  /** After a required field's label. */
  readonly required: string;
  /** The option for "no column holds this field". */
  readonly notInFile: string;
  /** An option: the header and the value of the first row. */
  readonly columnOption: (header: string, example: string | undefined) => string;
  readonly missingColumn: (label: string) => string;
  readonly chosenTwice: (header: string, label: string) => string;
  readonly modeLegend: string;
  readonly modeAllOrNothing: string;
  readonly modeAllOrNothingHint: string;
  readonly modeGoodRows: string;
  readonly modeGoodRowsHint: string;
  readonly checkRows: string;
  readonly chooseAnother: string;
  readonly changeColumns: string;
  /** Title of the error summary. */
  readonly problemTitle: string;
  /** Errors step, all-or-nothing: nothing can be imported as it is. */
  readonly errorsNothing: (problems: LocalizedCount) => string;
  /** Errors step, good rows only, and still nothing: the problems stop the whole file. */
  readonly errorsWholeFile: (problems: LocalizedCount) => string;
  /** Errors step, good rows only: some rows left out. */
  readonly errorsSomeRows: (rejected: LocalizedCount, imported: LocalizedCount) => string;
  /** The error summary's link to the table. */
  readonly seeProblems: (problems: LocalizedCount) => string;
  readonly importGoodRows: string;
  readonly tableCaption: (problems: LocalizedCount) => string;
  readonly rowHeading: string;
  readonly columnHeading: string;
  readonly problemHeading: string;
  /** In the row or column cell of a problem that concerns the whole file. */
  readonly wholeFile: string;
  /** In the column cell of a problem that concerns a whole row. */
  readonly wholeRow: string;
  /** A problem as one line of a summary: "Row 3, column unit: …" (row and column formatted). */
  readonly located: (
    row: string | undefined,
    column: string | undefined,
    message: string,
  ) => string;
  readonly pageStatus: (from: string, to: string, total: LocalizedCount) => string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly confirmLead: (imported: LocalizedCount, rejected: LocalizedCount) => string;
  readonly fileTerm: string;
  readonly rowsReadTerm: string;
  readonly rowsImportedTerm: string;
  readonly rowsRejectedTerm: string;
  readonly modeTerm: string;
  readonly columnsTerm: string;
  /** One line of the chosen columns: "Staff ID: staff_id". */
  readonly columnFor: (label: string, header: string) => string;
  readonly confirm: string;
  readonly confirming: string;
  readonly confirmedLead: (imported: LocalizedCount, file: string) => string;
  readonly importAnother: string;
  readonly failedLead: string;
  readonly startAgain: string;
  readonly emptyLead: (file: string) => string;
}

/** English defaults for {@link DataImportMessages}. */
export const defaultDataImportMessages: DataImportMessages = {
  intro: 'Nothing is imported until you have checked the import and confirmed it.',
  stepHeading: {
    idle: 'Choose a file',
    reading: 'Reading the file',
    mapping: 'Check the columns',
    errors: 'Problems in the file',
    confirm: 'Check your import',
    confirmed: 'Import complete',
    failed: 'The import did not finish',
    empty: 'Nothing to import',
  },
  chooseLead: 'Choose the CSV file exported from your spreadsheet or survey tool.',
  fileLabel: 'CSV file',
  fileHint: 'A .csv file, with the column names in the first row.',
  dropHint: 'You can also drop the file here.',
  chosenFile: (name) => `Chosen: ${name}`,
  noFileChosen: 'Choose a CSV file',
  continue: 'Continue',
  readingFile: (name) => `Reading ${name}…`,
  checkingRows: (name) => `Checking every row of ${name}…`,
  progressLabel: 'Progress',
  progress: (percent, rows) =>
    plural(rows, {
      one: `${percent === undefined ? '' : `${percent} read, `}{count} row so far`,
      other: `${percent === undefined ? '' : `${percent} read, `}{count} rows so far`,
    }),
  cancel: 'Cancel',
  cancelled: 'Cancelled. Nothing was imported.',
  mappingLead: (chosen, targets, file) =>
    `We matched ${chosen.text} of ${plural(targets, { one: '{count} field', other: '{count} fields' })} to columns of ${file}. Check them and change any that are wrong.`,
  required: '(required)',
  notInFile: 'Not in this file',
  columnOption: (header, example) =>
    example === undefined || example === '' ? header : `${header} (e.g. ${example})`,
  missingColumn: (label) => `Select the column that holds ${label}`,
  chosenTwice: (header, label) =>
    `Column ${header} is already chosen for another field: choose another column for ${label}`,
  modeLegend: 'If some rows have problems',
  modeAllOrNothing: 'Import nothing until every row is right',
  modeAllOrNothingHint: 'Fix the file and choose it again.',
  modeGoodRows: 'Import the good rows and leave out the others',
  modeGoodRowsHint: 'You will see which rows are left out, and why, before anything is imported.',
  checkRows: 'Check the rows',
  chooseAnother: 'Choose another file',
  changeColumns: 'Change the columns',
  problemTitle: 'There is a problem',
  errorsNothing: (problems) =>
    plural(problems, {
      one: 'Nothing can be imported as it is: the importer lists {count} problem. Fix it in the file and choose it again, or import only the good rows.',
      other:
        'Nothing can be imported as it is: the importer lists {count} problems. Fix them in the file and choose it again, or import only the good rows.',
    }),
  errorsWholeFile: (problems) =>
    plural(problems, {
      one: 'Nothing can be imported: {count} problem stops the whole file. Fix it and choose the file again.',
      other:
        'Nothing can be imported: {count} problems stop the whole file. Fix them and choose the file again.',
    }),
  errorsSomeRows: (rejected, imported) =>
    `${plural(rejected, {
      one: '{count} row has problems and will be left out',
      other: '{count} rows have problems and will be left out',
    })}; ${plural(imported, {
      one: '{count} good row can be imported.',
      other: '{count} good rows can be imported.',
    })}`,
  seeProblems: (problems) =>
    plural(problems, { one: 'See the problem', other: 'See the {count} problems, by row' }),
  importGoodRows: 'Import only the good rows',
  tableCaption: (problems) =>
    plural(problems, { one: '{count} problem, by row', other: '{count} problems, by row' }),
  rowHeading: 'Row',
  columnHeading: 'Column',
  problemHeading: 'Problem',
  wholeFile: 'Whole file',
  wholeRow: 'Whole row',
  located: (row, column, message) => {
    const place = [
      row === undefined ? undefined : `Row ${row}`,
      column === undefined ? undefined : `column ${column}`,
    ].filter((part) => part !== undefined);
    return place.length === 0 ? message : `${place.join(', ')}: ${message}`;
  },
  pageStatus: (from, to, total) =>
    plural(total, {
      one: `Showing ${from} to ${to} of {count} problem`,
      other: `Showing ${from} to ${to} of {count} problems`,
    }),
  previousPage: 'Previous problems',
  nextPage: 'Next problems',
  confirmLead: (imported, rejected) =>
    `${plural(imported, {
      one: '{count} row will be imported',
      other: '{count} rows will be imported',
    })}${
      rejected.value === 0
        ? ''
        : ` and ${plural(rejected, { one: '{count} left out', other: '{count} left out' })}`
    }. Nothing has changed yet: confirm to import.`,
  fileTerm: 'File',
  rowsReadTerm: 'Rows read',
  rowsImportedTerm: 'Rows to import',
  rowsRejectedTerm: 'Rows left out',
  modeTerm: 'If some rows have problems',
  columnsTerm: 'Columns',
  columnFor: (label, header) => `${label}: ${header}`,
  confirm: 'Confirm import',
  confirming: 'Importing…',
  confirmedLead: (imported, file) =>
    plural(imported, {
      one: `{count} row of ${file} imported.`,
      other: `{count} rows of ${file} imported.`,
    }),
  importAnother: 'Import another file',
  failedLead: 'Nothing was imported.',
  startAgain: 'Start again',
  emptyLead: (file) => `${file} has column names but no rows: there is nothing to import.`,
  loading: 'Getting the import ready…',
  error: 'The import cannot be started.',
  empty: 'There is nothing to import into.',
};
