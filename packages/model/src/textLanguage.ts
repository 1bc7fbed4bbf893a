import type { LocalizedText } from './localizedText.js';

// Picking a language and its direction, with no schema in sight: `@capkit/model/text` serves this
// module alone, so a page can set `lang` and `dir` before zod and the schemas have loaded.

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
