import { describe, expect, it } from 'vitest';
import { readCsvTable } from './readCsvTable.js';

describe('readCsvTable', () => {
  it('reads a header and records, numbering rows as a spreadsheet does', () => {
    const table = readCsvTable('id,Q1\r\nA1,3\r\n\r\nA2,"4"\r\n');
    expect(table.headers).toEqual(['id', 'Q1']);
    expect(table.rows).toEqual([
      ['A1', '3'],
      ['A2', '4'],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
    expect(table.delimiter).toBe(',');
    expect(table.issues).toEqual([]);
  });

  it('counts records, not lines, when a quoted field spans lines', () => {
    const table = readCsvTable('id;note\n1;"two\nlines"\n2;x\n');
    expect(table.rows).toEqual([
      ['1', 'two\nlines'],
      ['2', 'x'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
    expect(table.delimiter).toBe(';');
  });

  it('pads a short row and cuts a long one, reporting each where it is', () => {
    const table = readCsvTable('a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n');
    expect(table.rows).toEqual([
      ['1', '2', ''],
      ['1', '2', '3'],
      ['1', '2', '3'],
    ]);
    expect(table.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ['csv.raggedRow', 2, 'b'],
      ['csv.raggedRow', 3, 'c'],
    ]);
  });

  it('reports an unterminated quote on the row and column where it opens', () => {
    const table = readCsvTable('id,name,score\n1,"Ana,3\n2,Bo,4\n');
    expect(table.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ['csv.unterminatedQuote', 2, 'name'],
    ]);
  });

  it('reports duplicate and empty headers, and drops Excel’s blank trailing columns', () => {
    const table = readCsvTable('id,Q1,Q1,,x,,\n1,2,3,,5,,\n');
    expect(table.headers).toEqual(['id', 'Q1', 'Q1', '', 'x']);
    expect(table.issues.map((issue) => [issue.code, issue.row, issue.path])).toEqual([
      ['csv.duplicateHeader', 1, '[2]'],
      ['csv.emptyHeader', 1, '[3]'],
    ]);
  });

  it('applies the caps with located issues', () => {
    expect(readCsvTable('a\n1\n', { limits: { maxBytes: 3 } }).issues[0]?.code).toBe(
      'csv.tooLarge',
    );
    const rows = readCsvTable('a\n1\n2\n3\n', { limits: { maxRows: 2 } });
    expect(rows.rows).toEqual([['1'], ['2']]);
    expect(rows.issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['csv.tooManyRows', undefined],
    ]);
    expect(readCsvTable('a,b,c\n1,2,3\n', { limits: { maxColumns: 2 } }).issues[0]?.code).toBe(
      'csv.tooManyColumns',
    );
    const long = readCsvTable('a,b\n1,xxxx\n', { limits: { maxFieldLength: 3 } });
    expect(long.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ['csv.fieldTooLong', 2, 'b'],
    ]);
  });

  it('reports an empty file as having no header', () => {
    expect(readCsvTable('').issues.map((issue) => issue.code)).toEqual(['csv.noHeader']);
    expect(readCsvTable(new Uint8Array()).issues.map((issue) => issue.code)).toEqual([
      'csv.noHeader',
    ]);
  });

  it('takes the formula guard’s quote off, unless asked to keep it', () => {
    const csv = "name,score\r\n'=SUM(A1),-3\r\n'plain,'-3\r\n";
    expect(readCsvTable(csv).rows).toEqual([
      ['=SUM(A1)', '-3'],
      ["'plain", "'-3"],
    ]);
    expect(readCsvTable(csv, { formulaQuote: 'keep' }).rows[0]).toEqual(["'=SUM(A1)", '-3']);
  });

  it('decodes bytes and detects the dialect and decimal comma', () => {
    const bytes = new TextEncoder().encode(
      '\uFEFFid;submitdate;lastpage;Q1[SQ001]\r\n1;2026-03-01 10:00:00;2;3,5\r\n',
    );
    const table = readCsvTable(bytes);
    expect(table.headers[0]).toBe('id');
    expect(table.encoding).toBe('utf-8');
    expect(table.dialect).toBe('limesurvey');
    expect(table.decimalSeparator).toBe(',');
  });
});

describe('readCsvTable overrides', () => {
  it('uses the caller’s delimiter, encoding and decimal separator over detection', () => {
    const text = 'a;b,c\n1;2,5\n';
    // Equally consistent, so detection takes the comma; the caller knows better.
    expect(readCsvTable(text).headers).toEqual(['a;b', 'c']);
    expect(readCsvTable(text, { delimiter: ';' }).headers).toEqual(['a', 'b,c']);
    const latin = Uint8Array.of(0x6e, 0x6f, 0x6d, 0x0a, 0xe9, 0x0a);
    expect(readCsvTable(latin).rows).toEqual([['é']]);
    expect(readCsvTable(latin, { encoding: 'utf-8' }).rows).toEqual([['\uFFFD']]);
    expect(readCsvTable(text, { decimalSeparator: '.' }).decimalSeparator).toBe('.');
  });

  it('reads UTF-16 big-endian with its byte order mark, tab-separated', () => {
    const text = 'id\tQ1\r\nA1\t4\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i += 1) bytes[3 + i * 2] = text.charCodeAt(i);
    const table = readCsvTable(bytes);
    expect([table.encoding, table.delimiter, table.headers, table.rows]).toEqual([
      'utf-16be',
      '\t',
      ['id', 'Q1'],
      [['A1', '4']],
    ]);
  });
});

describe('readCsvTable and a lone quote at the end', () => {
  it('keeps the record as a row, so its issue belongs to a row the import rejects', () => {
    // Found by the importResponses fuzz test (seed -713994628): a file cut after an opening
    // quote read as a blank record, skipped, while its issue stayed.
    const table = readCsvTable('a;b\r\n1;2\r\n"');
    expect(table.rowNumbers).toEqual([2, 3]);
    expect(table.issues).toEqual([
      expect.objectContaining({ row: 3, code: 'csv.unterminatedQuote' }),
    ]);
  });
});
