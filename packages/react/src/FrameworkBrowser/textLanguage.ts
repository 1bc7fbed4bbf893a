function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/**
 * The `lang` attribute for a text written in `textLanguage` shown to a reader of `readerLocale`:
 * the text's language when it differs (WCAG 3.1.2), else `undefined` so the element inherits.
 * Regional variants of one language (`en` text, `en-GB` reader) count as the same language.
 */
export function langIfDifferent(textLanguage: string, readerLocale: string): string | undefined {
  return primaryLanguage(textLanguage) === primaryLanguage(readerLocale) ? undefined : textLanguage;
}
