import { describe, expect, it } from 'vitest';
import { interopIssue } from '../../shared/interopIssue.js';
import { finishImport, ImportIssues, reportDuplicates } from './shared.js';

const entries = [
  { rows: [2], value: 'a' },
  { rows: [3, 5], value: 'b' },
  { rows: [4], value: 'c' },
];

describe('finishImport', () => {
  it('imports everything when no row has a problem', () => {
    expect(finishImport(new ImportIssues(), 4, entries)).toEqual({
      success: true,
      data: ['a', 'b', 'c'],
      rowsRead: 4,
      rowsImported: 4,
      rowsRejected: 0,
      issues: [],
    });
  });

  it('imports nothing in allOrNothing mode when one row is bad', () => {
    const issues = new ImportIssues();
    issues.add(interopIssue({ row: 4, column: 'q1' }, 'x', 'bad'));
    expect(finishImport(issues, 4, entries)).toEqual({
      success: false,
      issues: [{ path: '', code: 'x', message: 'bad', row: 4, column: 'q1' }],
      rowsRead: 4,
    });
  });

  it('in goodRows mode leaves out every entry touching a bad row, and says why for its other rows', () => {
    const issues = new ImportIssues();
    issues.add(interopIssue({ row: 5, column: 'q1' }, 'x', 'bad'));
    const result = finishImport(issues, 4, entries, 'goodRows');
    expect(result.success && result.data).toEqual(['a', 'c']);
    expect(result.success && [result.rowsImported, result.rowsRejected]).toEqual([2, 2]);
    expect(result.issues.map((issue) => [issue.row, issue.code])).toEqual([
      [5, 'x'],
      [3, 'import.siblingRowRejected'],
    ]);
  });

  it('fails in either mode for a problem of the whole file', () => {
    const issues = new ImportIssues();
    issues.add(interopIssue({ row: 1, column: 'q1' }, 'csv.duplicateHeader', 'twice'));
    expect(finishImport(issues, 4, entries, 'goodRows').success).toBe(false);
  });
});

describe('ImportIssues', () => {
  it('lists up to maxIssues, then counts the rest, still rejecting every row', () => {
    const issues = new ImportIssues(2);
    for (const row of [2, 3, 4, 5]) issues.add(interopIssue({ row }, 'x', 'bad'));
    expect(issues.list().map((issue) => issue.message)).toEqual([
      'bad',
      'bad',
      '2 more issues not listed',
    ]);
    expect([2, 3, 4, 5, 6].map((row) => issues.isRejected(row))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('reportDuplicates', () => {
  it('puts an issue on every row of a repeated key, naming all of them', () => {
    const issues = new ImportIssues();
    reportDuplicates(
      [
        { key: 'p1', row: 2 },
        { key: 'p2', row: 3 },
        { key: 'p1', row: 4 },
        { key: 'p1', row: 7 },
      ],
      issues,
      { code: 'dup', column: 'id', describe: (key) => `Person "${key}"` },
    );
    expect(issues.list().map((issue) => [issue.row, issue.column, issue.message])).toEqual([
      [2, 'id', 'Person "p1" appears in rows 2, 4 and 7: keep one of them'],
      [4, 'id', 'Person "p1" appears in rows 2, 4 and 7: keep one of them'],
      [7, 'id', 'Person "p1" appears in rows 2, 4 and 7: keep one of them'],
    ]);
  });
});
