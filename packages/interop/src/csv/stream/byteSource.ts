/**
 * Where a CSV streams from: a Node `Readable` (or any async iterable of byte chunks), a web
 * `ReadableStream` (`fetch` bodies, `file.stream()`), or a `Blob`/`File` itself.
 */
export type CsvByteSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> | Blob;

/** Chunks of a source, and a way to stop reading it early (releasing the file or socket). */
export interface ByteChunks {
  next(): Promise<Uint8Array | undefined>;
  cancel(): Promise<void>;
}

/** Opens any {@link CsvByteSource}; undefined for a value that is none of them. */
export function openByteSource(source: unknown): ByteChunks | undefined {
  if (typeof Blob !== 'undefined' && source instanceof Blob)
    return fromReadableStream(source.stream());
  if (isReadableStream(source)) return fromReadableStream(source);
  if (isAsyncIterable(source)) return fromAsyncIterable(source);
  return undefined;
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getReader?: unknown }).getReader === 'function'
  );
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

function fromReadableStream(stream: ReadableStream<Uint8Array>): ByteChunks {
  const reader = stream.getReader();
  return {
    async next() {
      const { done, value } = await reader.read();
      return done ? undefined : asBytes(value);
    },
    async cancel() {
      await reader.cancel();
    },
  };
}

function fromAsyncIterable(iterable: AsyncIterable<unknown>): ByteChunks {
  const iterator = iterable[Symbol.asyncIterator]();
  return {
    async next() {
      const step: IteratorResult<unknown> = await iterator.next();
      return step.done === true ? undefined : asBytes(step.value);
    },
    async cancel() {
      await iterator.return?.();
    },
  };
}

// Node streams in object mode or with setEncoding() yield strings: a caller's mistake, named.
function asBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  throw new TypeError(
    `the source yielded ${typeof value === 'string' ? 'a string' : typeof value}, not bytes (a Uint8Array); do not call setEncoding() on the stream`,
  );
}
