import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

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
});

describe('csvField: RFC 4180 quoting', () => {
  it('encloses fields with commas, quotes or line breaks in double quotes, quotes doubled', () => {
    expect(csvField('Finance, HR and Legal')).toBe('"Finance, HR and Legal"');
    expect(csvField('The "Platform" team')).toBe('"The ""Platform"" team"');
    expect(csvField('Line one\nline two')).toBe('"Line one\nline two"');
    expect(csvField('Line one\r\nline two')).toBe('"Line one\r\nline two"');
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
});
