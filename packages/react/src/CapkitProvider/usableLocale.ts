/** The locale widgets fall back to when they are given one that `Intl` cannot use. */
export const fallbackLocale = 'en';

// Each bad locale is reported once per module instance, not on every render of every widget.
const reported = new Set<string>();

/**
 * `locale` if `Intl` accepts it as a BCP 47 language tag, else {@link fallbackLocale} with one
 * `console.warn` per bad value. Internal: every widget gets its locale through
 * `useCapkitSettings`, which calls this, so a bad locale (`''`, `'xx-INVALID-123456789'`) cannot
 * crash `Intl.NumberFormat`, `Intl.Collator` or `Intl.ListFormat` during server rendering.
 *
 * A well-formed tag that the runtime has no data for (such as `'xx'`) is kept: `Intl` falls
 * back on its own without throwing, and level names and other localized text may still exist
 * in that language.
 */
export function usableLocale(locale: string): string {
  try {
    // Throws a RangeError for a malformed tag, a TypeError for a value that is not a string.
    if (Intl.getCanonicalLocales(locale).length === 1) return locale;
  } catch {
    // reported below
  }
  const shown = typeof locale === 'string' ? JSON.stringify(locale) : String(locale);
  if (!reported.has(shown)) {
    reported.add(shown);
    console.warn(
      `capkit: locale ${shown} is not a valid BCP 47 language tag; using "${fallbackLocale}" instead.`,
    );
  }
  return fallbackLocale;
}

/** Forgets which bad locales were reported, so that a test can see the warning again. */
export function forgetReportedLocales(): void {
  reported.clear();
}
