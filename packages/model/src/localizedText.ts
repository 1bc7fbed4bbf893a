import { z } from 'zod';
import { documentLimits } from './limits.js';
import { visibleTextSchema } from './visibleText.js';

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * A BCP 47 language tag such as `en`, `fr-CA` or `ar-EG`, as `Intl` accepts it, at most
 * `documentLimits.languageTagLength` (100) characters.
 */
export const languageTagSchema = z
  .string()
  .max(documentLimits.languageTagLength)
  .refine(isLanguageTag, {
    message: 'Expected a BCP 47 language tag such as "en" or "fr-CA"',
    params: { capkitCode: 'text.badLanguageTag' },
  });

/** The record inside {@link localizedTextSchema}, after its `__proto__` check. */
export const localizedTextRecordSchema = z
  .record(languageTagSchema, visibleTextSchema())
  .refine((text) => Object.keys(text).length > 0, {
    message: 'Give the text in at least one language',
    params: { capkitCode: 'text.noLanguage' },
  })
  .refine((text) => Object.keys(text).length <= documentLimits.languages, {
    message: `Give the text in at most ${documentLimits.languages} languages`,
    params: { capkitCode: 'text.tooManyLanguages', max: documentLimits.languages },
  });

/**
 * Human-facing text in one or more languages, keyed by BCP 47 tag:
 * `{ en: 'Data literacy', fr: 'Culture des données' }`. At least one language is required, at
 * most `documentLimits.languages` (100); each text must show something (not only spaces,
 * zero-width spaces or other invisible characters) and is at most `documentLimits.textLength`
 * (10,000) characters. A `__proto__` key, which zod's records would silently drop, is refused.
 */
export const localizedTextSchema = z.preprocess((input, ctx) => {
  // JSON.parse makes "__proto__" an own key; a record would skip it without a word.
  if (typeof input === 'object' && input !== null && Object.hasOwn(input, '__proto__')) {
    ctx.addIssue({
      code: 'custom',
      path: ['__proto__'],
      message: '"__proto__" is not a language tag; it may not be used as a key',
      params: { capkitCode: 'text.forbiddenKey' },
      input,
    });
  }
  return input;
}, localizedTextRecordSchema);

/** Text in several languages; see {@link localizedTextSchema}. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** One language's text picked out of a {@link LocalizedText}, with the tag it is written in. */
export interface ResolvedText {
  /** The text itself. */
  readonly text: string;
  /** The language the text is in; set it as `lang` on the element that shows it (WCAG 3.1.2). */
  readonly lang: string;
}

function withParents(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

/**
 * Picks the best language from `text` for a reader who prefers `preferred` (most preferred first).
 *
 * Fallback rule: for each preferred tag, an exact match, then its parents (`fr-CA` → `fr`);
 * then English; then the first language the text was given in. Never fails on valid text.
 */
export function resolveLocalizedText(
  text: LocalizedText,
  preferred: readonly string[] = [],
): ResolvedText {
  const available = new Map(Object.keys(text).map((tag) => [tag.toLowerCase(), tag]));
  for (const candidate of [...preferred.flatMap(withParents), 'en']) {
    const tag = available.get(candidate.toLowerCase());
    if (tag !== undefined) return { text: text[tag] as string, lang: tag };
  }
  const [firstTag, firstText] = Object.entries(text)[0] ?? ['und', ''];
  return { text: firstText, lang: firstTag };
}

// Scripts written right to left (ISO 15924); Intl's own textInfo is not yet in every browser.
const rightToLeftScripts = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/** Writing direction of a language tag: `'rtl'` for Arabic, Hebrew, Persian, Urdu, Dhivehi…; else `'ltr'`. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(lang).maximize().script;
    return script !== undefined && rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
