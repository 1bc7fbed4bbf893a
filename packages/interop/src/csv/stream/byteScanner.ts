/**
 * Receives the cells of a CSV as byte ranges, record by record. A range is valid only during the
 * call: it points into the chunk being scanned or into the scanner's own buffer.
 */
export interface CsvCellSink {
  /** One cell's content, quotes removed and `""` collapsed, as `bytes[start..end)`. */
  cell(bytes: Uint8Array, start: number, end: number): void;
  /** The record whose cells were just given has ended. */
  endRecord(): void;
  /**
   * A quoted cell had text after its closing quote (`"ab"c`), or the input ended inside quotes.
   * Called before the cell it concerns; the cell then holds the text up to the closing quote.
   */
  malformedQuote(kind: 'textAfterClosingQuote' | 'unclosedQuote'): void;
}

const quote = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

// Where the scanner is within a cell.
const cellStart = 0;
const unquoted = 1;
const quoted = 2;
// Just read a quote inside a quoted cell: the cell's end, or the first half of `""`.
const quoteInQuoted = 3;
// After a quoted cell's closing quote, waiting for the delimiter or the line end.
const afterClosingQuote = 4;

/**
 * An RFC 4180 scanner over bytes, for any encoding in which the delimiter, quote, CR and LF are
 * single bytes that never occur inside a multi-byte character (UTF-8 and Windows-1252; UTF-16 is
 * transcoded to UTF-8 first). Chunks may be cut anywhere — inside quotes, between CR and LF,
 * inside a character: a cell cut by a chunk boundary is carried over and handed out whole.
 *
 * Records end at LF or CRLF outside quotes. Like papaparse, a quote inside an unquoted cell is
 * kept as text. A line holding nothing comes out as a record of one empty cell (papaparse's
 * `skipEmptyLines` test); the sink decides to skip it.
 */
export class CsvByteScanner {
  readonly #delimiter: number;
  readonly #sink: CsvCellSink;
  #state = cellStart;
  // Cells handed out in the current record (to tell an empty line from an empty last cell).
  #cellsInRecord = 0;
  // Whether the current quoted cell has `""` in it, and whether its stray text was reported.
  #hasEscapedQuote = false;
  #reportedStrayText = false;
  // A cell cut by a chunk boundary: its raw bytes so far (opening quote excluded).
  #carry = new Uint8Array(256);
  #carryLength = 0;
  #carrying = false;

  constructor(delimiter: number, sink: CsvCellSink) {
    this.#delimiter = delimiter;
    this.#sink = sink;
  }

  /** Scans one chunk. */
  push(chunk: Uint8Array): void {
    const delimiter = this.#delimiter;
    const length = chunk.length;
    let state = this.#state;
    // Start of the current cell's content in this chunk.
    let start = 0;
    // End of a quoted cell's content (its closing quote), once seen in this chunk.
    let contentEnd = -1;
    let i = 0;
    while (i < length) {
      const byte = chunk[i] ?? 0;
      switch (state) {
        case cellStart:
          if (byte === quote) {
            state = quoted;
            start = i + 1;
          } else if (byte === delimiter) {
            this.#emit(chunk, i, i);
          } else if (byte === lineFeed) {
            this.#emit(chunk, i, i);
            this.#endRecord();
          } else {
            state = unquoted;
            start = i;
          }
          break;
        case unquoted:
          // The cell's bytes up to the next delimiter or LF; a tight loop, the common case.
          while (i < length) {
            const next = chunk[i] ?? 0;
            if (next === delimiter) {
              this.#emit(chunk, start, i);
              state = cellStart;
              break;
            }
            if (next === lineFeed) {
              this.#emitBeforeLineFeed(chunk, start, i);
              this.#endRecord();
              state = cellStart;
              break;
            }
            i += 1;
          }
          if (state === unquoted) continue;
          break;
        case quoted: {
          const close = chunk.indexOf(quote, i);
          if (close < 0) {
            i = length;
            continue;
          }
          i = close;
          state = quoteInQuoted;
          break;
        }
        case quoteInQuoted:
          if (byte === quote) {
            this.#hasEscapedQuote = true;
            state = quoted;
          } else {
            // The previous byte was the closing quote (it may have ended the previous chunk).
            contentEnd = i - 1;
            state = afterClosingQuote;
            continue;
          }
          break;
        case afterClosingQuote:
          if (byte === delimiter) {
            this.#emitQuoted(chunk, start, contentEnd);
            state = cellStart;
          } else if (byte === lineFeed) {
            this.#emitQuoted(chunk, start, contentEnd);
            this.#endRecord();
            state = cellStart;
          } else if (byte !== carriageReturn) {
            if (!this.#reportedStrayText) this.#sink.malformedQuote('textAfterClosingQuote');
            this.#reportedStrayText = true;
            // Skip to the end of the cell; its text is what the quotes enclosed.
            let end = i;
            while (end < length && chunk[end] !== delimiter && chunk[end] !== lineFeed) end += 1;
            i = end;
            continue;
          }
          break;
      }
      i += 1;
    }
    // The chunk ended inside a cell: carry its bytes so far.
    if (state === unquoted || state === quoted || state === quoteInQuoted) {
      this.#append(chunk, start, length);
    } else if (state === afterClosingQuote && contentEnd >= 0) {
      // Content complete in this chunk; carry it, then mark the cut by the closing quote.
      this.#append(chunk, start, contentEnd);
      this.#append(quoteByte, 0, 1);
    }
    this.#state = state;
  }

  /** Ends the input: hands out the last cell and record if the input did not end with a line end. */
  finish(): void {
    switch (this.#state) {
      case cellStart:
        if (this.#cellsInRecord > 0) {
          this.#emit(empty, 0, 0);
          this.#endRecord();
        }
        break;
      case unquoted:
        this.#emitBeforeLineFeed(empty, 0, 0);
        this.#endRecord();
        break;
      case quoted:
        this.#sink.malformedQuote('unclosedQuote');
        this.#emitQuoted(empty, 0, 0);
        this.#endRecord();
        break;
      case quoteInQuoted:
      case afterClosingQuote:
        // The carry ends with the closing quote.
        this.#carryLength -= 1;
        this.#emitQuoted(empty, 0, 0);
        this.#endRecord();
        break;
    }
    this.#state = cellStart;
  }

  #append(bytes: Uint8Array, start: number, end: number): void {
    const needed = this.#carryLength + (end - start);
    if (needed > this.#carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.#carry.length * 2));
      grown.set(this.#carry.subarray(0, this.#carryLength));
      this.#carry = grown;
    }
    this.#carry.set(bytes.subarray(start, end), this.#carryLength);
    this.#carryLength = needed;
    this.#carrying = true;
  }

  // Hands out an unquoted cell, or a quoted one whose content ends at `end`.
  #emit(bytes: Uint8Array, start: number, end: number): void {
    if (this.#carrying) {
      this.#append(bytes, start, end);
      this.#sink.cell(this.#carry, 0, this.#carryLength);
      this.#carryLength = 0;
      this.#carrying = false;
    } else {
      this.#sink.cell(bytes, start, end);
    }
    this.#cellsInRecord += 1;
    this.#hasEscapedQuote = false;
    this.#reportedStrayText = false;
  }

  // An unquoted cell ended by LF drops the CR of a CRLF.
  #emitBeforeLineFeed(bytes: Uint8Array, start: number, end: number): void {
    if (this.#carrying) {
      this.#append(bytes, start, end);
      if (this.#carry[this.#carryLength - 1] === carriageReturn) this.#carryLength -= 1;
      this.#emit(empty, 0, 0);
    } else {
      this.#emit(bytes, start, end > start && bytes[end - 1] === carriageReturn ? end - 1 : end);
    }
  }

  // `contentEnd` is -1 when the closing quote was in an earlier chunk (the carry ends with it).
  #emitQuoted(bytes: Uint8Array, start: number, contentEnd: number): void {
    if (this.#carrying) {
      if (contentEnd >= 0) this.#append(bytes, start, contentEnd);
      else if (this.#carry[this.#carryLength - 1] === quote) this.#carryLength -= 1;
      this.#collapseCarry();
      this.#emit(empty, 0, 0);
      return;
    }
    if (!this.#hasEscapedQuote) {
      this.#emit(bytes, start, contentEnd);
      return;
    }
    this.#append(bytes, start, contentEnd);
    this.#collapseCarry();
    this.#emit(empty, 0, 0);
  }

  // `""` → `"` in the carry, in place.
  #collapseCarry(): void {
    if (!this.#hasEscapedQuote) return;
    const carry = this.#carry;
    let write = 0;
    for (let read = 0; read < this.#carryLength; read += 1) {
      const byte = carry[read] ?? 0;
      carry[write] = byte;
      write += 1;
      if (byte === quote) read += 1;
    }
    this.#carryLength = write;
  }

  #endRecord(): void {
    this.#cellsInRecord = 0;
    this.#sink.endRecord();
  }
}

const empty = new Uint8Array(0);
const quoteByte = new Uint8Array([quote]);
