import { describe, expect, it } from 'vitest';
import { startsLikeFormula } from './formulaGuard.js';

describe('startsLikeFormula: ASCII starters (OWASP)', () => {
  it.each(['=SUM(A1:A9)', '+44 20 7946 0000', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '\tplain'])(
    'flags %j',
    (text) => {
      expect(startsLikeFormula(text)).toBe(true);
    },
  );

  it('leaves text with a starter only later on alone', () => {
    expect(startsLikeFormula('Data literacy = 2')).toBe(false);
    expect(startsLikeFormula('team@example.test')).toBe(false);
    expect(startsLikeFormula('')).toBe(false);
  });
});

describe('startsLikeFormula: look-alike starters, which NFKC maps to = + - @', () => {
  it.each([
    ['\uFF1D', 'FULLWIDTH EQUALS SIGN ＝'],
    ['\uFF0B', 'FULLWIDTH PLUS SIGN ＋'],
    ['\uFF0D', 'FULLWIDTH HYPHEN-MINUS －'],
    ['\uFF20', 'FULLWIDTH COMMERCIAL AT ＠'],
    ['\uFE66', 'SMALL EQUALS SIGN ﹦'],
    ['\uFE62', 'SMALL PLUS SIGN ﹢'],
    ['\uFE63', 'SMALL HYPHEN-MINUS ﹣'],
    ['\uFE6B', 'SMALL COMMERCIAL AT ﹫'],
  ])('flags text starting with U+%s', (starter, name) => {
    expect(startsLikeFormula(`${starter}cmd|' /C calc'!A0`), name).toBe(true);
  });

  it('flags U+2212 MINUS SIGN, which NFKC keeps as it is', () => {
    expect('\u2212'.normalize('NFKC')).toBe('\u2212');
    expect(startsLikeFormula('\u22123+cmd')).toBe(true);
    expect(startsLikeFormula('\u22123')).toBe(true);
  });

  it('flags superscript and subscript minus, which NFKC maps to U+2212', () => {
    expect(startsLikeFormula('\u207B1')).toBe(true);
    expect(startsLikeFormula('\u208B1')).toBe(true);
  });
});

describe('startsLikeFormula: a starter hidden behind leading characters', () => {
  it.each([
    [' ', 'SPACE'],
    ['   ', 'three spaces'],
    ['\u00A0', 'NO-BREAK SPACE'],
    ['\u200B', 'ZERO WIDTH SPACE'],
    ['\uFEFF', 'BYTE ORDER MARK'],
    ['\n', 'LINE FEED'],
    ['\0', 'NUL'],
    ['\u3000', 'IDEOGRAPHIC SPACE'],
    ['\u2060', 'WORD JOINER'],
    ['\u200E', 'LEFT-TO-RIGHT MARK'],
    ['\u3164', 'HANGUL FILLER'],
    [' \u200B\n\uFEFF\0\u00A0', 'all of them together'],
  ])('flags =, +, -, @ after %s (%s)', (prefix) => {
    for (const starter of ['=', '+', '-', '@', '\uFF1D', '\u2212']) {
      expect(startsLikeFormula(`${prefix}${starter}1+1`), JSON.stringify(prefix + starter)).toBe(
        true,
      );
    }
  });

  it('leaves text after leading spaces alone when no starter follows', () => {
    expect(startsLikeFormula('  Platform team')).toBe(false);
    expect(startsLikeFormula('\u200BPlatform team')).toBe(false);
    expect(startsLikeFormula(' \n ')).toBe(false);
  });
});

describe('startsLikeFormula: plain numbers stay numbers', () => {
  it.each(['-3', '+3', '-0.5', '-.5', '+2.5', '-1e-7', '-3E+2', '42', '3.'])(
    'does not flag the plain number %j',
    (text) => {
      expect(startsLikeFormula(text)).toBe(false);
    },
  );

  it.each([
    "-3+cmd|' /C calc'!A0",
    '-3 ',
    ' -3',
    '-3\n',
    '--3',
    '-3%',
    '-1,5',
    '-Infinity',
    '-NaN',
    '-0x1F',
    '\uFF0D3',
    '-\uFF13',
  ])('flags %j, which is more than a plain number', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
  });
});
