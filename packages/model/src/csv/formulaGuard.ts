// Characters a spreadsheet skips, or a reader cannot see, before the first one it reads: Unicode
// white space (space, NBSP, tab, LF, CR, ideographic space…), control characters (NUL…), format
// characters (zero-width space, BOM, bidi marks…) and other default-ignorable code points (such
// as the Hangul fillers). A formula hidden behind any of them still runs in some spreadsheet, or
// looks like plain text to the person who opens the file, so the guard looks past them.
const leadingIgnorable = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]+/u;

// What a formula starts with after NFKC: = + - @ (OWASP, “CSV Injection”), and U+2212 MINUS
// SIGN, which NFKC keeps (and to which it maps superscript and subscript minus).
const formulaStarters = new Set(['=', '+', '-', '@', '\u2212']);

// A tab or carriage return as the very first character is a starter in its own right (OWASP).
const rawStarters = new Set(['\t', '\r']);

// A plain decimal number, in ASCII, with nothing around it: "-3", "+2.5", "-1e-7", ".5".
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Whether a spreadsheet could run `text` as a formula, or show it as something it is not. The text
 * is NFKC-normalised first (so full-width ＝ ＋ － ＠ and the small forms ﹦ ﹢ ﹣ ﹫ read as = + - @),
 * then leading white space, control, format and default-ignorable characters (space, NBSP, LF,
 * NUL, zero-width space, BOM…) are skipped; it is formula-like when the next character is
 * =, +, -, @ or U+2212 −, or when the text itself starts with a tab or carriage return.
 *
 * A plain number is not formula-like: `"-3"`, `"+2.5"` or `"-1e-7"` (ASCII digits, an optional
 * sign, decimal point and exponent, nothing else) is a value a spreadsheet reads as that number
 * and cannot run anything, so a numeric cell stays a number. Anything more — `"-3+cmd|' /C calc'!A0"`,
 * `" -3"`, `"−3"` with U+2212 — is formula-like.
 */
export function startsLikeFormula(text: string): boolean {
  if (rawStarters.has(text.charAt(0))) return true;
  if (plainNumber.test(text)) return false;
  const visible = text.normalize('NFKC').replace(leadingIgnorable, '');
  // Code point, not UTF-16 unit, so a lone surrogate or an astral character is never a starter.
  const first = String.fromCodePoint(visible.codePointAt(0) ?? 0x20);
  return formulaStarters.has(first);
}
