/** A run of matched characters: `[start, end)` offsets into the text as displayed. */
export interface TextRange {
  /** Offset of the first matched character. */
  readonly start: number;
  /** Offset just past the last matched character. */
  readonly end: number;
}

/**
 * A text prepared for case- and accent-insensitive search: its folded form, and where each
 * folded character came from in the original so that a match can be highlighted there.
 */
export interface SearchableText {
  /** The text as displayed. */
  readonly text: string;
  /** Lower case, without diacritics, ligatures spelt out (`œ` → `oe`), curly apostrophes straight. */
  readonly folded: string;
  /**
   * For each code unit of `folded`, the offsets in `text` of the character it came from and of the
   * next character that survives folding; `undefined` when folding kept every offset (ASCII text).
   */
  readonly origins:
    { readonly starts: readonly number[]; readonly ends: readonly number[] } | undefined;
}

// Letters that lose nothing by being spelt out, so that "oeuvre" finds "œuvre".
const spelledOut: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ĳ: 'ij',
  '’': "'",
  '‘': "'",
  ʼ: "'",
};

// Printable ASCII folds by lower-casing alone, offsets unchanged: the common case, kept fast.
const asciiOnly = /^[ -~]*$/;
const combiningMarks = /\p{M}/gu;

/** Folds one character: lower case, diacritics (and Arabic short vowels) dropped. */
function foldCharacter(character: string): string {
  const lower = character.toLowerCase();
  return spelledOut[lower] ?? lower.normalize('NFD').replace(combiningMarks, '');
}

/** Folds a whole string the way {@link prepareSearchableText} folds its text; for queries. */
export function foldSearchQuery(query: string): string {
  if (asciiOnly.test(query)) return query.trim().toLowerCase();
  return Array.from(query.trim(), foldCharacter).join('');
}

/** Prepares `text` for {@link findMatches}. Pure; call it once per text, not per keystroke. */
export function prepareSearchableText(text: string): SearchableText {
  if (asciiOnly.test(text)) return { text, folded: text.toLowerCase(), origins: undefined };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  // Code units of `folded` whose end is not yet known: it is where the next surviving character
  // starts, so that combining marks dropped after a matched letter are highlighted with it.
  let open: number[] = [];
  for (const character of text) {
    const piece = foldCharacter(character);
    if (piece !== '') {
      for (const index of open) ends[index] = offset;
      open = [];
      for (let unit = 0; unit < piece.length; unit += 1) {
        starts.push(offset);
        ends.push(offset + character.length);
        open.push(starts.length - 1);
      }
      folded += piece;
    }
    offset += character.length;
  }
  for (const index of open) ends[index] = offset;
  return { text, folded, origins: { starts, ends } };
}

/**
 * Every non-overlapping occurrence of `foldedQuery` (already folded with {@link foldSearchQuery})
 * in `searchable`, as ranges of the original text. Empty when the query is empty or absent.
 */
export function findMatches(searchable: SearchableText, foldedQuery: string): TextRange[] {
  if (foldedQuery === '') return [];
  const ranges: TextRange[] = [];
  let from = 0;
  for (;;) {
    const start = searchable.folded.indexOf(foldedQuery, from);
    if (start === -1) return ranges;
    const end = start + foldedQuery.length;
    const { origins } = searchable;
    const range =
      origins === undefined
        ? { start, end }
        : {
            start: origins.starts[start] ?? 0,
            end: origins.ends[end - 1] ?? searchable.text.length,
          };
    // Two folded matches inside one original character (`ß` → `ss`) would highlight it twice.
    const previous = ranges[ranges.length - 1];
    if (previous !== undefined && range.start < previous.end) {
      ranges[ranges.length - 1] = { start: previous.start, end: Math.max(previous.end, range.end) };
    } else {
      ranges.push(range);
    }
    from = end;
  }
}

/** Whether the folded text starts with an already-folded prefix; for typeahead. */
export function startsWithFolded(searchable: SearchableText, foldedPrefix: string): boolean {
  return foldedPrefix !== '' && searchable.folded.startsWith(foldedPrefix);
}
