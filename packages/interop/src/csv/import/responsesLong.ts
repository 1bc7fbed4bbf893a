import type { Answer, AssessmentResponse, InstrumentItem } from '@capkit/model';
import { interopIssue } from '../../shared/interopIssue.js';
import {
  buildResponse,
  describeResponseKey,
  fieldHeader,
  fieldText,
  readResponseHead,
  responseKey,
  type ResponseContext,
  type ResponseHead,
} from './responseContext.js';
import { readRatingCell, type RatingCell } from './responseCells.js';
import { pairedAnswer } from './responsesWide.js';
import { reportDuplicates, type ImportIssues, type KeyedRow, type RowsEntry } from './shared.js';

interface Group {
  readonly head: ResponseHead;
  readonly rows: number[];
  readonly parts: Map<
    string,
    { value?: RatingCell; importance?: RatingCell; performance?: RatingCell }
  >;
}

const partNames: Readonly<Record<string, 'value' | 'importance' | 'performance'>> = {
  '': 'value',
  value: 'value',
  importance: 'importance',
  imp: 'importance',
  performance: 'performance',
  perf: 'performance',
};

/**
 * Long layout: each row one answer (respondent, item, value, and part for a paired item); the
 * rows of one respondent, subject and perspective make one response, wherever they are in the
 * file. The same answer on two rows is an error naming both.
 */
export function readLongResponses(
  context: ResponseContext,
  issues: ImportIssues,
): RowsEntry<AssessmentResponse>[] {
  const items = new Map(context.instrument.items.map((item) => [item.id, item]));
  const groups = new Map<string, Group>();
  const answerKeys: KeyedRow[] = [];
  const { table } = context;
  table.rows.forEach((row, index) => {
    const rowNumber = table.rowNumbers[index] ?? index + 2;
    const at = (field: string) => {
      const column = fieldHeader(context, field);
      return column === undefined ? { row: rowNumber } : { row: rowNumber, column };
    };
    const head = readResponseHead(context, row, rowNumber, issues);
    const itemId = fieldText(context, row, 'itemId') ?? '';
    const item = items.get(itemId);
    if (item === undefined)
      issues.add(
        interopIssue(at('itemId'), 'import.unknownItem', `The instrument has no item "${itemId}"`),
      );
    const partText = (fieldText(context, row, 'part') ?? '').toLowerCase();
    const part = partNames[partText];
    if (part === undefined || (item !== undefined && !partFits(item, part)))
      issues.add(
        interopIssue(
          at('part'),
          'import.invalidPart',
          item?.format === 'importancePerformance'
            ? `Item "${itemId}" is paired: the part must be importance or performance, not "${partText}"`
            : `Item "${itemId}" takes one rating: leave the part empty or write value, not "${partText}"`,
        ),
      );
    const cell = readRatingCell(fieldText(context, row, 'value') ?? '', context.conventions);
    if (cell.kind === 'invalid') issues.add(interopIssue(at('value'), cell.code, cell.message));
    if (head === undefined) return;
    const key = responseKey(head);
    answerKeys.push({ key: `${key}\u0000${itemId}\u0000${part ?? partText}`, row: rowNumber });
    let group = groups.get(key);
    if (group === undefined) {
      group = { head, rows: [], parts: new Map() };
      groups.set(key, group);
    } else checkSameHead(context, group, head, rowNumber, issues);
    group.rows.push(rowNumber);
    if (item === undefined || part === undefined || cell.kind === 'invalid') return;
    const answer = group.parts.get(item.id) ?? {};
    answer[part] = cell;
    group.parts.set(item.id, answer);
  });
  const itemColumn = fieldHeader(context, 'itemId');
  reportDuplicates(answerKeys, issues, {
    code: 'import.duplicateAnswer',
    ...(itemColumn === undefined ? {} : { column: itemColumn }),
    describe: (key) => {
      const [respondentId = '', subjectId = '', perspective = '', itemId = '', part = ''] =
        key.split('\u0000');
      return `${describeResponseKey([respondentId, subjectId, perspective].join('\u0000'))}'s answer to "${itemId}"${part === 'value' ? '' : ` (${part})`}`;
    },
  });
  const entries: RowsEntry<AssessmentResponse>[] = [];
  for (const group of groups.values()) {
    const answers: Answer[] = [];
    for (const item of context.instrument.items) {
      const parts = group.parts.get(item.id);
      if (parts === undefined) continue;
      const answer = toAnswer(item, parts, (message) =>
        issues.add(
          interopIssue(
            { row: group.rows[0] ?? 2, column: fieldHeader(context, 'value') ?? '' },
            'import.mixedNotApplicable',
            message,
          ),
        ),
      );
      if (answer !== undefined) answers.push(answer);
    }
    const first = group.rows[0] ?? 2;
    const response = buildResponse(context, group.head, answers, first, issues);
    if (response !== undefined) entries.push({ rows: group.rows, value: response });
  }
  return entries;
}

function partFits(item: InstrumentItem, part: 'value' | 'importance' | 'performance'): boolean {
  return (item.format === 'rating') === (part === 'value');
}

function toAnswer(
  item: InstrumentItem,
  parts: { value?: RatingCell; importance?: RatingCell; performance?: RatingCell },
  report: (message: string) => void,
): Answer | undefined {
  if (item.format === 'importancePerformance')
    return pairedAnswer(
      item.id,
      parts.importance ?? { kind: 'absent' },
      parts.performance ?? { kind: 'absent' },
      report,
    );
  const value = parts.value;
  if (value?.kind === 'notApplicable') return { kind: 'notApplicable', itemId: item.id };
  return value?.kind === 'value'
    ? { kind: 'rating', itemId: item.id, value: value.value }
    : undefined;
}

// The rows of one response repeat its times, status and id; they must agree. One issue per row,
// on the first column that disagrees (the times derive from one another, so one cause shows once).
function checkSameHead(
  context: ResponseContext,
  group: Group,
  head: ResponseHead,
  row: number,
  issues: ImportIssues,
): void {
  const fields = ['id', 'status', 'submittedAt', 'startedAt', 'updatedAt'] as const;
  const differing = fields.filter((field) => group.head[field] !== head[field]);
  const field = differing.find((name) => context.fieldColumns.has(name)) ?? differing[0];
  if (field === undefined) return;
  const column = fieldHeader(context, field);
  issues.add(
    interopIssue(
      column === undefined ? { row } : { row, column },
      'import.conflictingResponseField',
      `${field} is "${head[field] ?? ''}" here but "${group.head[field] ?? ''}" in row ${group.rows[0] ?? ''} of the same response`,
    ),
  );
}
