/** The languages the demo speaks. Arabic is written right to left. */
export const locales = ['en', 'fr', 'ar'] as const;
export type Locale = (typeof locales)[number];

/** Each language's name in itself, for the language switch. */
export const localeNames: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
};

export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/** One set of strings per language; pages keep theirs next to them, so they load with the page. */
export type Translations<M> = Readonly<Record<Locale, M>>;
