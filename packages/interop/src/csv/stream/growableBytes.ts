// ES2024's resizable ArrayBuffer, which the ES2023 lib does not declare.
interface ResizableArrayBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
  readonly maxByteLength: number;
  readonly resizable: boolean;
}
type ResizableArrayBufferConstructor = new (
  byteLength: number,
  options: { maxByteLength: number },
) => ResizableArrayBuffer;

// Address space reserved per array: 1 GiB holds 26 million respondents × 40 items. Reserving is
// free (pages cost memory once written); past it the array is copied into a larger one.
const reservation = 1024 * 1024 * 1024;

/**
 * A byte array that grows as rows arrive. Where the engine has resizable ArrayBuffers (Node 20,
 * current browsers) it grows in place, so a 1M-row matrix never exists twice in memory the way
 * doubling-and-copying would make it; elsewhere it grows by half and copies.
 */
export class GrowableBytes {
  #buffer: ArrayBuffer;
  #bytes: Uint8Array;
  #length = 0;

  constructor(initialBytes: number) {
    this.#buffer = allocate(initialBytes, Math.max(initialBytes, reservation));
    this.#bytes = new Uint8Array(this.#buffer);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.#length;
  }

  /**
   * Makes room for `count` more bytes, filled with `fill`, and returns the array to write them
   * into (valid until the next call) from offset {@link length} − `count`.
   */
  extend(count: number, fill: number): Uint8Array {
    const needed = this.#length + count;
    if (needed > this.#bytes.length) this.#grow(needed);
    this.#bytes.fill(fill, this.#length, needed);
    this.#length = needed;
    return this.#bytes;
  }

  /** Drops the last `count` bytes (a rejected row). */
  shrink(count: number): void {
    this.#length -= count;
  }

  /** The bytes written, without a copy where the buffer could be trimmed in place. */
  finish(): Uint8Array {
    const buffer = this.#buffer as ResizableArrayBuffer;
    if (typeof buffer.resize === 'function' && buffer.resizable) {
      buffer.resize(this.#length);
      return new Uint8Array(buffer, 0, this.#length);
    }
    return this.#bytes.slice(0, this.#length);
  }

  #grow(needed: number): void {
    const buffer = this.#buffer as ResizableArrayBuffer;
    const target = Math.max(needed, Math.ceil(this.#bytes.length * 1.5), 4096);
    if (typeof buffer.resize === 'function' && buffer.resizable && needed <= buffer.maxByteLength) {
      buffer.resize(Math.min(target, buffer.maxByteLength));
      this.#bytes = new Uint8Array(buffer);
      return;
    }
    const next = allocate(target, Math.max(target * 2, reservation));
    const bytes = new Uint8Array(next);
    bytes.set(this.#bytes.subarray(0, this.#length));
    this.#buffer = next;
    this.#bytes = bytes;
  }
}

function allocate(byteLength: number, maxByteLength: number): ArrayBuffer {
  const Resizable = ArrayBuffer as unknown as ResizableArrayBufferConstructor;
  try {
    const buffer = new Resizable(byteLength, { maxByteLength });
    if ((buffer as Partial<ResizableArrayBuffer>).maxByteLength === maxByteLength) return buffer;
  } catch {
    // No resizable buffers here, or the address space could not be reserved (32-bit browsers).
  }
  return new ArrayBuffer(byteLength);
}
