import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectEncoding } from './decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i += 1)
    view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('detectEncoding', () => {
  it('reads byte order marks', () => {
    expect(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toEqual({
      encoding: 'utf-8',
      byteOrderMarkLength: 3,
    });
    expect(detectEncoding(Uint8Array.of(0xff, 0xfe, 0x61, 0))).toEqual({
      encoding: 'utf-16le',
      byteOrderMarkLength: 2,
    });
    expect(detectEncoding(Uint8Array.of(0xfe, 0xff, 0, 0x61))).toEqual({
      encoding: 'utf-16be',
      byteOrderMarkLength: 2,
    });
  });

  it('tells UTF-8 without a mark from Windows-1252', () => {
    expect(detectEncoding(utf8('nom;prénom\n')).encoding).toBe('utf-8');
    // "prénom" as Excel writes it on a French Windows: é is the single byte 0xE9.
    expect(detectEncoding(Uint8Array.of(0x70, 0x72, 0xe9, 0x6e, 0x6f, 0x6d)).encoding).toBe(
      'windows-1252',
    );
  });

  it('keeps UTF-8 when the 64 KiB sample cuts a character in two', () => {
    const text = `${'a'.repeat(64 * 1024 - 1)}é`;
    expect(detectEncoding(utf8(text)).encoding).toBe('utf-8');
  });
});

describe('decodeCsvBytes', () => {
  it('drops the byte order mark so the first header matches', () => {
    const { text, encoding } = decodeCsvBytes(utf8('\uFEFFid;Q1[SQ001]\r\n'));
    expect(encoding).toBe('utf-8');
    expect(text).toBe('id;Q1[SQ001]\r\n');
  });

  it('reads UTF-16 in both byte orders', () => {
    for (const littleEndian of [true, false]) {
      expect(decodeCsvBytes(utf16('ñame,عربي\n', littleEndian)).text).toBe('ñame,عربي\n');
    }
  });

  it('maps Windows-1252 bytes 0x80–0x9F as the WHATWG index does', () => {
    // Expected code points from Python's cp1252 codec (run outside the project); the five
    // bytes cp1252 leaves undefined are C1 controls in the WHATWG index.
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const expected = [
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
      0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
      0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ];
    const { text } = decodeCsvBytes(bytes, 'windows-1252');
    expect(Array.from(text, (char) => char.codePointAt(0))).toEqual(expected);
  });

  it('lets the caller override detection', () => {
    expect(decodeCsvBytes(utf8('é'), 'windows-1252').text).toBe('Ã©');
  });

  it('decodes any text written as UTF-8, with or without a mark, back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, mark) => {
        const body = utf8(text);
        const bytes = mark ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
        expect(decodeCsvBytes(bytes).text).toBe(
          text.startsWith('\uFEFF') && !mark ? text.slice(1) : text,
        );
      }),
    );
  });

  it('reads every Latin-1 letter written as Windows-1252 back to itself', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0xa0, max: 0xff }), { minLength: 1 }), (codes) => {
        const bytes = Uint8Array.from(codes);
        expect(decodeCsvBytes(bytes, 'windows-1252').text).toBe(String.fromCharCode(...codes));
      }),
    );
  });
});
