import type { LocalizedText } from '@capkit/model';

/** Languages of some texts, in the order they first appear: one `<field>.<lang>` column each. */
export function languagesOf(texts: Iterable<LocalizedText | undefined>): string[] {
  const seen = new Set<string>();
  for (const text of texts)
    if (text !== undefined) for (const lang of Object.keys(text)) seen.add(lang);
  return [...seen];
}

/** The text of each language, blank where the text has none. */
export function textColumns(
  text: LocalizedText | undefined,
  languages: readonly string[],
): string[] {
  return languages.map((lang) => text?.[lang] ?? '');
}
