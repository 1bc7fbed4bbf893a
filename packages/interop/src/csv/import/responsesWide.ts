import type { Answer, AssessmentResponse, InstrumentItem } from '@capkit/model';
import { interopIssue } from '../../shared/interopIssue.js';
import {
  buildResponse,
  describeResponseKey,
  readResponseHead,
  responseKey,
  type ResponseContext,
} from './responseContext.js';
import { readRatingCell, type RatingCell } from './responseCells.js';
import { reportDuplicates, type ImportIssues, type KeyedRow, type RowsEntry } from './shared.js';

interface ItemColumns {
  readonly item: InstrumentItem;
  value?: number;
  importance?: number;
  performance?: number;
}

/** Wide layout: each row one response, a column per item (two for a paired item). */
export function readWideResponses(
  context: ResponseContext,
  issues: ImportIssues,
): RowsEntry<AssessmentResponse>[] {
  const columns = itemColumns(context);
  const entries: RowsEntry<AssessmentResponse>[] = [];
  const keyed: KeyedRow[] = [];
  const { table } = context;
  table.rows.forEach((row, index) => {
    const rowNumber = table.rowNumbers[index] ?? index + 2;
    const head = readResponseHead(context, row, rowNumber, issues);
    const answers: Answer[] = [];
    for (const item of columns) {
      const answer = readAnswer(context, item, row, rowNumber, issues);
      if (answer !== undefined) answers.push(answer);
    }
    if (head === undefined) return;
    keyed.push({ key: responseKey(head), row: rowNumber });
    const response = buildResponse(context, head, answers, rowNumber, issues);
    if (response !== undefined) entries.push({ rows: [rowNumber], value: response });
  });
  reportDuplicates(keyed, issues, {
    code: 'import.duplicateResponse',
    describe: describeResponseKey,
    ...(context.fieldColumns.has('respondentId')
      ? { column: context.table.headers[context.fieldColumns.get('respondentId') ?? 0] ?? '' }
      : {}),
  });
  return entries;
}

// Rating columns by item, in the instrument's order, so that answers come out in that order.
function itemColumns(context: ResponseContext): ItemColumns[] {
  const byItem = new Map<string, ItemColumns>(
    context.instrument.items.map((item) => [item.id, { item }]),
  );
  const columnOf = new Map(context.table.headers.map((header, index) => [header, index]));
  for (const { header, to } of context.mapping.columns) {
    if (to.kind !== 'rating') continue;
    const entry = byItem.get(to.itemId);
    const column = columnOf.get(header);
    if (entry !== undefined && column !== undefined) entry[to.part] = column;
  }
  return [...byItem.values()].filter(
    (entry) =>
      entry.value !== undefined ||
      entry.importance !== undefined ||
      entry.performance !== undefined,
  );
}

function readAnswer(
  context: ResponseContext,
  columns: ItemColumns,
  row: readonly string[],
  rowNumber: number,
  issues: ImportIssues,
): Answer | undefined {
  const cell = (column: number | undefined): RatingCell => {
    if (column === undefined) return { kind: 'absent' };
    const read = readRatingCell(row[column] ?? '', context.conventions);
    if (read.kind === 'invalid')
      issues.add(
        interopIssue(
          { row: rowNumber, column: context.table.headers[column] ?? '' },
          read.code,
          read.message,
        ),
      );
    return read;
  };
  const itemId = columns.item.id;
  if (columns.item.format === 'rating') {
    const value = cell(columns.value);
    if (value.kind === 'notApplicable') return { kind: 'notApplicable', itemId };
    return value.kind === 'value' ? { kind: 'rating', itemId, value: value.value } : undefined;
  }
  const importance = cell(columns.importance);
  const performance = cell(columns.performance);
  if (importance.kind === 'invalid' || performance.kind === 'invalid') return undefined;
  return pairedAnswer(itemId, importance, performance, (message) =>
    issues.add(
      interopIssue(
        {
          row: rowNumber,
          column: context.table.headers[columns.performance ?? columns.importance ?? 0] ?? '',
        },
        'import.mixedNotApplicable',
        message,
      ),
    ),
  );
}

/**
 * The answer to a paired item from its two cells: both blank is no answer, both
 * not-applicable (or one not-applicable, the other blank) is not applicable, one blank is `null` for that part; not-applicable beside a
 * rating is a contradiction and reported.
 */
export function pairedAnswer(
  itemId: string,
  importance: RatingCell,
  performance: RatingCell,
  report: (message: string) => void,
): Answer | undefined {
  if (importance.kind === 'absent' && performance.kind === 'absent') return undefined;
  const na = [importance, performance].filter((part) => part.kind === 'notApplicable').length;
  const blank = [importance, performance].filter((part) => part.kind === 'absent').length;
  if (na === 2 || (na === 1 && blank === 1)) return { kind: 'notApplicable', itemId };
  if (na === 1) {
    report(`Item "${itemId}" is not applicable in one part and rated in the other`);
    return undefined;
  }
  const valueOf = (part: RatingCell) => (part.kind === 'value' ? part.value : null);
  return {
    kind: 'importancePerformance',
    itemId,
    importance: valueOf(importance),
    performance: valueOf(performance),
  };
}
