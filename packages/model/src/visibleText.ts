import { z } from 'zod';
import { documentLimits } from './limits.js';

// Separators (Z: spaces, line and paragraph separators), format characters (Cf: zero-width
// space U+200B, BOM U+FEFF, bidi marks…), controls (Cc) and the rest of JavaScript's \s.
const invisibleCharacters = '\\s\\p{Z}\\p{Cf}\\p{Cc}';
const visibleCharacter = new RegExp(`[^${invisibleCharacters}]`, 'u');

/**
 * The pattern a text must match to count as not empty: one character that is not white space,
 * a separator (`\p{Z}`), a format character (`\p{Cf}`, e.g. U+200B, U+FEFF) or a control
 * (`\p{Cc}`). Written for JSON Schema's `pattern` (ECMA-262 with the `u` flag).
 */
export const visibleCharacterPattern = `[^${invisibleCharacters}]`;

/** Whether `text` has a character a reader can see; see {@link visibleCharacterPattern}. */
export function hasVisibleCharacter(text: string): boolean {
  return visibleCharacter.test(text);
}

// Schemas made by visibleTextSchema, so the JSON Schema export can describe their refinement.
const madeHere = new WeakSet<z.core.$ZodType>();

/** Whether `schema` was made by {@link visibleTextSchema}. */
export function isVisibleTextSchema(schema: z.core.$ZodType): boolean {
  return madeHere.has(schema);
}

/**
 * Text that must show something: trimmed, at most `maxLength` code units, and refused as
 * "must not be empty" when nothing but spaces, NBSP, zero-width spaces, BOMs or other invisible
 * characters is left (code `text.empty`).
 *
 * @param maxLength Longest text accepted. @default documentLimits.textLength (10000)
 * @param emptyMessage Message for text with nothing visible. @default 'Text must not be empty'
 */
export function visibleTextSchema(
  maxLength: number = documentLimits.textLength,
  emptyMessage = 'Text must not be empty',
): z.ZodString {
  const schema = z
    .string()
    .max(maxLength, `Text must be at most ${maxLength} characters long`)
    .trim()
    .refine(hasVisibleCharacter, {
      message: emptyMessage,
      params: { capkitCode: 'text.empty' },
    });
  madeHere.add(schema);
  return schema;
}
