import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, type CsvValue } from './toCsv.js';

// An RFC 4180 reader written apart from the writer: splits CSV text into records of fields.
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote === -1) throw new Error(`unterminated quoted field at ${index}`);
        field += text.slice(index, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          index = quote + 2;
        } else {
          index = quote + 1;
          break;
        }
      }
    } else if (text[index] === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else {
      const char = text[index] as string;
      if (char === '\r' || char === '\n') throw new Error(`bare line break at ${index}`);
      field += char;
      index += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

// What a reader of the file sees first, worked out apart from the guard: NFKC, then leading
// white space, controls and invisible characters removed, listed here by hand.
const invisible = new Set(
  [
    ' \t\n\r\v\f\u0085\u00A0\u1680\u2028\u2029\u202F\u205F\u3000\u0000\u0001\u001F',
    '\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A',
    '\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF\u00AD\u061C\u180E\u3164\u115F\u1160',
  ]
    .join('')
    .split(''), // every one of them is a single UTF-16 unit
);
function firstVisible(cell: string): string | undefined {
  for (const char of cell.normalize('NFKC')) if (!invisible.has(char)) return char;
  return undefined;
}
const isPlainNumber = (cell: string) =>
  /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell);

// Text made of the characters the guard is about, so that the properties reach every case.
const trickyChar = fc.constantFrom(
  ...['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63'],
  ...['\uFE6B', '\u2212', '\u207B', ' ', '\t', '\r', '\n', '\u00A0', '\u200B', '\uFEFF', '\0'],
  ...['\u3000', '\u2060', '\u3164', '"', ',', "'", '0', '3', '.', 'e', 'A', 'é', 'ف', '|', '!'],
);
const trickyText = fc.oneof(
  fc.string({ unit: trickyChar, maxLength: 8 }),
  fc.string({ maxLength: 8 }),
  fc.double().map(String),
);
const cellValue: fc.Arbitrary<CsvValue> = fc.oneof(
  trickyText,
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
);

describe('csvField: formula injection', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
  ])('puts a single quote before text starting %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it.each([
    ['\uFF1D1+1', 'FULLWIDTH EQUALS SIGN'],
    ['\uFF0B1+1', 'FULLWIDTH PLUS SIGN'],
    ['\uFF0D1+1', 'FULLWIDTH HYPHEN-MINUS'],
    ['\uFF20SUM(A1)', 'FULLWIDTH COMMERCIAL AT'],
    ['\uFE661+1', 'SMALL EQUALS SIGN'],
    ['\uFE621+1', 'SMALL PLUS SIGN'],
    ['\uFE631+1', 'SMALL HYPHEN-MINUS'],
    ['\uFE6BSUM(A1)', 'SMALL COMMERCIAL AT'],
    ['\u22121+1', 'MINUS SIGN U+2212'],
    [' =1+1', 'SPACE, then ='],
    ['\u00A0=1+1', 'NO-BREAK SPACE, then ='],
    ['\u200B=1+1', 'ZERO WIDTH SPACE, then ='],
    ['\uFEFF=1+1', 'BYTE ORDER MARK, then ='],
    ['\0=1+1', 'NUL, then ='],
  ])('puts a single quote before %j (%s), keeping the text as it is', (text, name) => {
    expect(csvField(text), name).toBe(`'${text}`);
  });

  it('guards and quotes text starting with a line feed, then =', () => {
    expect(csvField('\n=1+1')).toBe('"\'\n=1+1"');
  });

  it('quotes a field starting with a carriage return after guarding it', () => {
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
  });

  it('guards and quotes a formula that also holds commas and quotes', () => {
    expect(csvField('=HYPERLINK("https://example.test","Results")')).toBe(
      '"\'=HYPERLINK(""https://example.test"",""Results"")"',
    );
  });

  it('leaves text that only contains a trigger later on alone', () => {
    expect(csvField('Data literacy = 2')).toBe('Data literacy = 2');
    expect(csvField('team@example.test')).toBe('team@example.test');
  });

  it('leaves text that is a plain number alone, so that it stays a number', () => {
    // papaparse's escapeFormulae writes "'-3" here, which a spreadsheet shows as text.
    expect(csvField('-3')).toBe('-3');
    expect(csvField('+2.5')).toBe('+2.5');
    expect(csvField('-1e-7')).toBe('-1e-7');
  });

  it('guards a negative number followed by anything else', () => {
    expect(csvField("-3+cmd|' /C calc'!A0")).toBe("'-3+cmd|' /C calc'!A0");
    expect(csvField('-3 ')).toBe("'-3 ");
    expect(csvField('\u22123')).toBe("'\u22123");
  });

  it('writes numbers as numbers, so a negative number is not mistaken for a formula', () => {
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(42)).toBe('42');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('writes missing values as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('writes no cell a reader could run as a formula (property)', () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const [record] = parseCsv(`${csvField(value)}\r\n`);
        const cell = record?.[0] ?? '';
        expect(record).toHaveLength(1);
        if (isPlainNumber(cell)) return;
        expect(cell.startsWith('\t') || cell.startsWith('\r')).toBe(false);
        expect(['=', '+', '-', '@', '\u2212']).not.toContain(firstVisible(cell));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('csvField: RFC 4180 quoting', () => {
  it('encloses fields with commas, quotes or line breaks in double quotes, quotes doubled', () => {
    expect(csvField('Finance, HR and Legal')).toBe('"Finance, HR and Legal"');
    expect(csvField('The "Platform" team')).toBe('"The ""Platform"" team"');
    expect(csvField('Line one\nline two')).toBe('"Line one\nline two"');
    expect(csvField('Line one\r\nline two')).toBe('"Line one\r\nline two"');
  });

  it('leaves other fields unquoted', () => {
    expect(csvField('Platform team')).toBe('Platform team');
    expect(csvField(' padded ')).toBe(' padded ');
  });

  it('keeps accents and other scripts as they are', () => {
    expect(csvField('Côte d’Ivoire')).toBe('Côte d’Ivoire');
    expect(csvField('فريق المنصة')).toBe('فريق المنصة');
  });
});

describe('toCsv', () => {
  const rows = [
    ['Unit', 'Mean score'],
    ['Platform team', 3.25],
    ['=cmd|" /C calc"!A0', null],
  ];

  it('ends every record with CRLF and starts with a UTF-8 byte order mark', () => {
    expect(toCsv(rows)).toBe(
      '\uFEFFUnit,Mean score\r\nPlatform team,3.25\r\n"\'=cmd|"" /C calc""!A0",\r\n',
    );
  });

  it('encodes the byte order mark as EF BB BF, which Excel reads as UTF-8', () => {
    const bytes = new TextEncoder().encode(toCsv([['Équipe']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Équipe\r\n');
  });

  it('leaves the byte order mark out when asked', () => {
    expect(toCsv([['a', 'b']], { byteOrderMark: false })).toBe('a,b\r\n');
  });

  it('writes nothing for no rows but the mark', () => {
    expect(toCsv([])).toBe('\uFEFF');
  });

  it('reads back, by an RFC 4180 reader, as the rows written, guarded text quoted (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { minLength: 1, maxLength: 5 })), (table) => {
        const read = parseCsv(toCsv(table, { byteOrderMark: false }));
        expect(read).toHaveLength(table.length);
        table.forEach((row, rowIndex) => {
          const cells = read[rowIndex] ?? [];
          expect(cells).toHaveLength(row.length);
          row.forEach((value, columnIndex) => {
            const cell = cells[columnIndex];
            if (value === null || value === undefined) expect(cell).toBe('');
            else if (typeof value === 'number')
              expect(cell).toBe(Number.isFinite(value) ? String(value) : '');
            else expect([value, `'${value}`]).toContain(cell);
          });
        });
      }),
      { numRuns: 500 },
    );
  });
});

// The README's CSV example, kept runnable.
it('guards a full-width formula and keeps a negative number, as the README shows', () => {
  expect(
    toCsv([
      ['Unit', 'Mean score'],
      ['＝HYPERLINK("https://example.test")', -0.5],
    ]),
  ).toBe('\uFEFFUnit,Mean score\r\n"\'＝HYPERLINK(""https://example.test"")",-0.5\r\n');
});
