/**
 * Finds a respondent id seen before, for the duplicate check. An open-addressing table of
 * indexes into the caller's id list rather than a `Map<string, number>`: the ids are kept once
 * (in the list the result returns), and 1M respondents cost 8–16 MB of table instead of the
 * ~40 MB a Map's entries take.
 */
export class RespondentIndex {
  readonly #ids: readonly string[];
  // Slot → 1 + index into ids; 0 = empty.
  #slots = new Int32Array(1024);
  #count = 0;

  constructor(ids: readonly string[]) {
    this.#ids = ids;
  }

  /** Index in the id list of an earlier `id`, or -1. */
  find(id: string): number {
    const mask = this.#slots.length - 1;
    for (let slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot] ?? 0;
      if (entry === 0) return -1;
      if (this.#ids[entry - 1] === id) return entry - 1;
    }
  }

  /** Records that the id at `index` in the list is taken (after `find` returned -1). */
  add(index: number): void {
    if ((this.#count + 1) * 2 > this.#slots.length) this.#grow();
    this.#insert(this.#slots, index);
    this.#count += 1;
  }

  #insert(slots: Int32Array, index: number): void {
    const mask = slots.length - 1;
    let slot = hash(this.#ids[index] ?? '') & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
  }

  #grow(): void {
    const old = this.#slots;
    const slots = new Int32Array(old.length * 2);
    for (const entry of old) if (entry !== 0) this.#insert(slots, entry - 1);
    this.#slots = slots;
  }
}

// FNV-1a over UTF-16 code units.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
