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

// The functions that read a LocalizedText (resolveLocalizedText, textDirection) live in
// textLanguage.ts, which does not import zod, so that an app's first screen can pick a language
// without loading the schemas.
