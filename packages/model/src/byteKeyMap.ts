// A checker that streams a million responses must remember every response id and every
// submission key to find duplicates across chunks. Held as JS strings in a Map or Set, each costs
// about 110–170 bytes (a string object, a hash-table entry and the table's slack) on top of its
// characters; held here, a key costs its bytes plus 16 bytes of index and its share of the slots.

const emptySlot = 0;
const initialEntries = 256;

// fmix32 of MurmurHash3 over FNV-1a: FNV alone leaves ids that differ in their last characters in
// neighbouring slots, which linear probing then walks through.
function hashBytes(bytes: Uint8Array, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i += 1) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

const grown = (length: number, needed: number) => Math.max(needed, length + (length >> 1) + 16);

/**
 * An exact map from strings to whole numbers (0 to 2³² − 1) that keeps its keys as bytes in
 * typed arrays rather than as strings: an open-addressing hash table with linear probing. Keys
 * are written as their UTF-16 code units in LEB128 (one byte for ASCII, which every capkit id
 * is), a prefix-free code, so two keys share bytes only when they are equal; lookups compare the
 * bytes, never just the hash.
 */
export class ByteKeyMap {
  private keyBytes = new Uint8Array(initialEntries * 16);
  private keyBytesUsed = 0;
  private starts = new Uint32Array(initialEntries);
  private values = new Uint32Array(initialEntries);
  private hashes = new Int32Array(initialEntries);
  private slots = new Int32Array(initialEntries * 2);
  private entries = 0;
  private scratch = new Uint8Array(256);
  private scratchLength = 0;
  private scratchHash = 0;

  /** Number of keys held. */
  get size(): number {
    return this.entries;
  }

  /** Bytes of the typed arrays behind the map: what it retains, growth slack included. */
  get byteLength(): number {
    return (
      this.keyBytes.byteLength +
      this.starts.byteLength +
      this.values.byteLength +
      this.hashes.byteLength +
      this.slots.byteLength +
      this.scratch.byteLength
    );
  }

  /** The value of `key`, or `undefined` when the map does not hold it. */
  get(key: string): number | undefined {
    const found = this.find(key);
    return found >= 0 ? this.values[found] : undefined;
  }

  /** True when the map holds `key`. */
  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /**
   * Sets the value of `key`, adding it when new.
   * @throws {RangeError} for a value that is not a whole number from 0 to 2³² − 1.
   */
  set(key: string, value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value <= 0xffffffff)) {
      throw new RangeError(`value ${String(value)} is not a whole number from 0 to 2^32 − 1`);
    }
    const found = this.find(key);
    if (found >= 0) {
      this.values[found] = value;
      return;
    }
    this.insert(~found, value);
  }

  // Encodes `key` into the scratch buffer, then probes: the entry's index, or ~slot where it
  // would go.
  private find(key: string): number {
    this.encode(key);
    const length = this.scratchLength;
    const hash = hashBytes(this.scratch, length);
    this.scratchHash = hash;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === emptySlot) return ~slot;
      const entry = held - 1;
      if (this.hashes[entry] === hash && this.equals(entry, length)) return entry;
    }
  }

  private encode(key: string): void {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3);
    const out = this.scratch;
    let n = 0;
    for (let i = 0; i < key.length; i += 1) {
      let unit = key.charCodeAt(i);
      while (unit >= 0x80) {
        out[n] = (unit & 0x7f) | 0x80;
        n += 1;
        unit >>>= 7;
      }
      out[n] = unit;
      n += 1;
    }
    this.scratchLength = n;
  }

  private equals(entry: number, length: number): boolean {
    const start = this.starts[entry] as number;
    const end = entry + 1 < this.entries ? (this.starts[entry + 1] as number) : this.keyBytesUsed;
    if (end - start !== length) return false;
    const { keyBytes, scratch } = this;
    for (let i = 0; i < length; i += 1) {
      if (keyBytes[start + i] !== scratch[i]) return false;
    }
    return true;
  }

  // Adds the key last found (still in the scratch buffer) at `slot`, then grows the table past half full.
  private insert(slot: number, value: number): void {
    const entry = this.entries;
    const length = this.scratchLength;
    if (entry === this.starts.length) {
      const capacity = grown(entry, entry + 1);
      const copy = <T extends Uint32Array | Int32Array>(from: T, to: T) => {
        to.set(from);
        return to;
      };
      this.starts = copy(this.starts, new Uint32Array(capacity));
      this.values = copy(this.values, new Uint32Array(capacity));
      this.hashes = copy(this.hashes, new Int32Array(capacity));
    }
    if (this.keyBytesUsed + length > this.keyBytes.length) {
      const bytes = new Uint8Array(grown(this.keyBytes.length, this.keyBytesUsed + length));
      bytes.set(this.keyBytes.subarray(0, this.keyBytesUsed));
      this.keyBytes = bytes;
    }
    this.keyBytes.set(this.scratch.subarray(0, length), this.keyBytesUsed);
    this.starts[entry] = this.keyBytesUsed;
    this.keyBytesUsed += length;
    this.values[entry] = value;
    this.hashes[entry] = this.scratchHash;
    this.slots[slot] = entry + 1;
    this.entries = entry + 1;
    if (this.entries * 2 > this.slots.length) this.rehash(this.slots.length * 2);
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let entry = 0; entry < this.entries; entry += 1) {
      let slot = (this.hashes[entry] as number) & mask;
      while (slots[slot] !== emptySlot) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}
