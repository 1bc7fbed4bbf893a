import type { CsvValue } from '@capkit/model/csv';
import type {
  GroupSummary,
  GroupSummaryCell,
  Publication,
  PublicationTable,
} from '@capkit/scoring/publication';
import { csvTable, labelOf, type CsvExportOptions } from './csvTable.js';

/** Names for the indices a publication's cells carry; without them the index is written. */
export interface PublicationLabels {
  /** Unit ids (or codes), by unit index. */
  readonly units?: readonly string[];
  /** Role ids, by role index. */
  readonly roles?: readonly string[];
  /** Competency ids (or codes), by competency index. */
  readonly competencies?: readonly string[];
}

const tables: readonly PublicationTable[] = ['organisation', 'units', 'roles', 'unitRoles'];

/**
 * The tables of a publication set (`summarisePublication`) as one long CSV: a record per table ×
 * group × competency. A withheld cell is written as withheld — `status` `withheld` with its
 * reason, and every figure blank — never as a number, so neither its value nor its size leaks;
 * gap figures withheld on their own denominator likewise (`gapStatus`). Quantile columns
 * (`quantile.0.5`…) appear only when the publication holds quantiles.
 */
export function publicationToCsv(
  publication: Publication,
  labels: PublicationLabels = {},
  options: CsvExportOptions = {},
): string {
  const present = tables.flatMap((table) => {
    const summary = publication[table];
    return summary === undefined ? [] : [{ table, summary }];
  });
  const probabilities = quantileProbabilities(present.map(({ summary }) => summary));
  const header = [
    'table',
    'unit',
    'role',
    'competency',
    'status',
    'withheldReason',
    'count',
    'mean',
    'sd',
    'min',
    'max',
    ...probabilities.map((p) => `quantile.${p}`),
    'gapStatus',
    'gapWithheldReason',
    'gapCount',
    'meanGap',
    'shareBelowRequired',
  ];
  const roleCount = labels.roles?.length ?? roleCountOf(publication);
  const records = present.flatMap(({ table, summary }) =>
    summary.cells.map((cell) => [
      table,
      ...groupColumns(table, cell.group, roleCount, labels),
      labelOf(labels.competencies, cell.competency),
      ...cellColumns(cell, probabilities),
    ]),
  );
  return csvTable(header, records, options);
}

function groupColumns(
  table: PublicationTable,
  group: number,
  roleCount: number,
  labels: PublicationLabels,
): [CsvValue, CsvValue] {
  switch (table) {
    case 'organisation':
      return ['', ''];
    case 'units':
      return [labelOf(labels.units, group), ''];
    case 'roles':
      return ['', labelOf(labels.roles, group)];
    case 'unitRoles': {
      const roles = Math.max(1, roleCount);
      return [
        labelOf(labels.units, Math.floor(group / roles)),
        labelOf(labels.roles, group % roles),
      ];
    }
    default:
      return table satisfies never;
  }
}

function cellColumns(cell: GroupSummaryCell, probabilities: readonly number[]): CsvValue[] {
  const blanks = (n: number): CsvValue[] => Array.from({ length: n }, () => '');
  switch (cell.status) {
    case 'suppressed':
      return [
        'withheld',
        cell.reason,
        ...blanks(5 + probabilities.length),
        'withheld',
        cell.reason,
        '',
        '',
        '',
      ];
    case 'empty':
      return ['empty', '', ...blanks(5 + probabilities.length), 'none', '', '', '', ''];
    case 'published':
      return [
        'published',
        '',
        cell.count,
        cell.mean,
        cell.sd,
        cell.min,
        cell.max,
        ...probabilities.map((p) => cell.quantiles.get(p)),
        cell.gapStatus,
        cell.gapReason,
        cell.gapCount,
        cell.meanGap,
        cell.shareBelowRequired,
      ];
    default:
      return cell satisfies never;
  }
}

function quantileProbabilities(summaries: readonly GroupSummary[]): number[] {
  const seen = new Set<number>();
  for (const summary of summaries)
    for (const cell of summary.cells)
      if (cell.status === 'published') for (const p of cell.quantiles.keys()) seen.add(p);
  return [...seen].sort((a, b) => a - b);
}

// Unit × role groups are `unit * roles + role`; without role labels the roles table's groups
// give the number of roles.
function roleCountOf(publication: Publication): number {
  const roles = publication.roles;
  if (roles === undefined || roles.cells.length === 0) return 1;
  return Math.max(...roles.cells.map((cell) => cell.group)) + 1;
}
