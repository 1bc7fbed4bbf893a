import { decodeWindows1252 } from './windows1252.js';

/**
 * Text encodings a CSV export arrives in: UTF-8 with or without a byte order mark (KoboToolbox,
 * ODK Central, LimeSurvey), UTF-16 with a byte order mark (Excel's "Unicode text"), and
 * Windows-1252 (Excel's "CSV" on Western-European Windows). Names are WHATWG encoding labels,
 * so `TextDecoder` reads each in Node and in browsers alike.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding of a file's first bytes, and how many of them are a byte order mark. */
export interface DetectedEncoding {
  readonly encoding: CsvEncoding;
  readonly byteOrderMarkLength: number;
}

// Bytes read to decide between UTF-8 and Windows-1252: a file valid as UTF-8 this far is taken
// as UTF-8 (a Windows-1252 accent is almost never followed by the continuation bytes UTF-8
// needs); the whole file is decoded later, and a stray byte past this point shows as U+FFFD.
const sniffLength = 64 * 1024;

/**
 * Detects the encoding from the byte order mark; without one, UTF-8 if the first 64 KiB are
 * valid UTF-8 and Windows-1252 otherwise. UTF-16 without a byte order mark is not guessed: pass
 * `encoding` to the reader.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', byteOrderMarkLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', byteOrderMarkLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', byteOrderMarkLength: 2 };
  return {
    encoding: isUtf8Prefix(bytes.subarray(0, sniffLength)) ? 'utf-8' : 'windows-1252',
    byteOrderMarkLength: 0,
  };
}

// Valid UTF-8, allowing the sample to end part-way through a character.
function isUtf8Prefix(sample: Uint8Array): boolean {
  let end = sample.length;
  // Step back over at most three continuation bytes and their lead byte at the cut.
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = sample[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (needed > back) end -= back;
    }
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** A file's text, with the encoding it was read in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

/**
 * Decodes a whole file: the caller's `encoding` when given, else {@link detectEncoding}'s. The
 * byte order mark is dropped (a LimeSurvey header would otherwise start with U+FEFF and match no
 * column). Bytes invalid in the encoding become U+FFFD rather than failing: the importer then
 * reports the field that holds one.
 */
export function decodeCsvBytes(bytes: Uint8Array, encoding?: CsvEncoding): DecodedText {
  const detected = detectEncoding(bytes);
  const chosen = encoding ?? detected.encoding;
  // TextDecoder drops a byte order mark matching its own encoding; strip it ourselves so an
  // explicit encoding behaves the same.
  const skip = chosen === detected.encoding ? detected.byteOrderMarkLength : 0;
  const body = bytes.subarray(skip);
  const text =
    chosen === 'windows-1252'
      ? decodeWindows1252(body)
      : new TextDecoder(chosen, { ignoreBOM: true }).decode(body);
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding: chosen };
}
