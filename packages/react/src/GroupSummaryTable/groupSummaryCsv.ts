import { toCsv, type CsvValue } from '@capkit/model/csv';
import type { GroupSummaryCell } from '@capkit/scoring/publication';
import { usableLocale } from '../CapkitProvider/usableLocale.js';
import { defaultGroupSummaryTableMessages, type GroupSummaryTableMessages } from './messages.js';
import {
  checkShape,
  groupMeasures,
  measureValue,
  sortRows,
  summaryRows,
  type GroupSummaryContent,
  type SummaryRow,
} from './summaryRows.js';

/** A row's status in words: published, withheld and why, or no responses. */
export function statusText(
  cell: GroupSummaryCell | undefined,
  k: number,
  messages: GroupSummaryTableMessages,
): string {
  if (cell === undefined || cell.status === 'empty') return messages.noResponses;
  if (cell.status === 'published') return messages.published;
  return cell.reason === 'primary' ? messages.withheldPrimary(k) : messages.withheldComplementary;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function csvRecords(
  rows: readonly SummaryRow[],
  content: GroupSummaryContent,
  messages: GroupSummaryTableMessages,
): CsvValue[][] {
  const { summary, groups, competencies, measures = groupMeasures } = content;
  const header: CsvValue[] = [
    content.groupHeading ?? messages.group,
    messages.competency,
    messages.status,
    ...measures.map((measure) =>
      measure === 'shareBelowRequired'
        ? messages.percentColumn(messages[measure])
        : messages[measure],
    ),
  ];
  return [
    header,
    ...rows.map((row): CsvValue[] => [
      groups[row.group],
      competencies[row.competency],
      statusText(row.cell, summary.k, messages),
      ...measures.map((measure) => {
        const value = measureValue(row.cell, measure);
        if (value === null) return null;
        if (measure === 'count') return value;
        return measure === 'shareBelowRequired' ? round(value * 100, 2) : round(value, 4);
      }),
    ]),
  ];
}

/**
 * The table’s rows as CSV, as the download button saves them: one record per group ×
 * competency with its status (published, or why withheld) and the measures as plain numbers
 * (shares as percentages), formula-safe, RFC 4180, with a UTF-8 byte order mark.
 *
 * @throws {RangeError} when `summary` does not have `groups.length × competencies.length` cells.
 */
export function groupSummaryCsv(content: GroupSummaryContent): string {
  checkShape(content);
  const messages = { ...defaultGroupSummaryTableMessages, ...content.messages };
  const collator = new Intl.Collator(usableLocale(content.locale ?? 'en'));
  const rows = sortRows(summaryRows(content), content.sort ?? null, content, collator);
  return toCsv(csvRecords(rows, content, messages));
}

/** Saves text as a file: a Blob URL on a temporary link, made and revoked inside the click. */
export function saveFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: revoke it on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
