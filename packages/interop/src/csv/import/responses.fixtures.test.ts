import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../columnMapping.js';
import { surveyCampaign, surveyInstrument } from '../fixtures/surveyInstrument.js';
import { readCsvTable } from '../readCsvTable.js';
import { suggestColumnMapping } from '../suggestColumnMapping.js';
import { importResponses } from './responses.js';

// Golden files in ../fixtures, written by hand from each tool's export conventions; each
// `<file>.expected.json` holds the mapped columns and the responses the file must give.
function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
}
function expected(name: string): { columns: unknown; responses: unknown } {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/${name}.expected.json`, import.meta.url), 'utf8'),
  ) as { columns: unknown; responses: unknown };
}
const mappedColumns = (mapping: ColumnMapping) =>
  Object.fromEntries(
    mapping.columns
      .filter((column) => column.to.kind !== 'ignore')
      .map((column) => [column.header, column.to]),
  );

describe.each([
  ['kobo-semicolon.csv', { encoding: 'utf-8', delimiter: ';', dialect: 'kobo' }],
  ['odk-central.csv', { encoding: 'utf-8', delimiter: ',', dialect: 'odk' }],
  ['limesurvey-bom.csv', { encoding: 'utf-8', delimiter: ';', dialect: 'limesurvey' }],
  ['spreadsheet-utf16le-tab.txt', { encoding: 'utf-16le', delimiter: '\t', dialect: 'generic' }],
  ['long-layout.csv', { encoding: 'utf-8', delimiter: ',', dialect: 'generic' }],
] as const)('%s', (name, dialect) => {
  it('is read, mapped by suggestion alone, and imported as expected', () => {
    const bytes = fixture(name);
    const table = readCsvTable(bytes);
    expect({
      encoding: table.encoding,
      delimiter: table.delimiter,
      dialect: table.dialect,
    }).toEqual(dialect);
    expect(table.issues).toEqual([]);
    const mapping = {
      ...suggestColumnMapping(table.headers, {
        target: 'responses',
        instrument: surveyInstrument,
        table,
      }),
      notApplicableValues: ['na', 'n/a', 'NA'],
    };
    const golden = expected(name);
    expect(mappedColumns(mapping)).toEqual(golden.columns);
    const result = importResponses(bytes, {
      mapping,
      instrument: surveyInstrument,
      campaign: surveyCampaign,
    });
    expect(result.issues).toEqual([]);
    expect(result.success && result.data).toEqual(golden.responses);
  });
});

describe('spreadsheet-windows1252.csv (Excel on a French Windows: ;, decimal comma, labels)', () => {
  it('needs the user to name the respondent and date columns, then imports', () => {
    const bytes = fixture('spreadsheet-windows1252.csv');
    const table = readCsvTable(bytes);
    expect([table.encoding, table.delimiter, table.decimalSeparator]).toEqual([
      'windows-1252',
      ';',
      ',',
    ]);
    expect(table.rows[0]?.[1]).toBe('Hélène Müller');
    expect(table.rows[0]?.[7]).toBe('Formation souhaitée – données');
    expect(table.rows[1]?.[7]).toBe('€ budget');
    const suggested = suggestColumnMapping(table.headers, {
      target: 'responses',
      instrument: surveyInstrument,
      table,
    });
    // The suggestion matched the items by prompt text but cannot know "Matricule" is the person.
    const edited: ColumnMapping = {
      ...suggested,
      notApplicableValues: ['n/a'],
      columns: suggested.columns.map((column) =>
        column.header === 'Matricule'
          ? { header: column.header, to: { kind: 'field', field: 'respondentId' } }
          : column.header === 'Date'
            ? { header: column.header, to: { kind: 'field', field: 'submittedAt' } }
            : column,
      ),
    };
    const golden = expected('spreadsheet-windows1252.csv');
    expect(mappedColumns(edited)).toEqual(golden.columns);
    const result = importResponses(bytes, {
      mapping: edited,
      instrument: surveyInstrument,
      campaign: surveyCampaign,
    });
    expect(result.issues).toEqual([]);
    expect(result.success && result.data).toEqual(golden.responses);
  });
});
