import { CapkitProvider } from '@capkit/react/CapkitProvider';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { directionOf, isLocale, type Locale, type Translations } from './locales.js';

interface LocaleSettings {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleSettings | undefined>(undefined);

// The choice of language is a preference, not data about anyone: localStorage keeps it, read
// synchronously so that the first paint is already in the visitor's language.
const storageKey = 'capkit-demo-locale';

function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be switched off; English it is.
  }
  return 'en';
}

/** Holds the visitor's language, sets `lang` and `dir` on the page, and passes both to the widgets. */
export function LocaleProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered across visits, still switched for this one.
    }
  }, []);
  const dir = directionOf(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);
  const value = useMemo(() => ({ locale, dir, setLocale }), [locale, dir, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <CapkitProvider locale={locale} dir={dir}>
        {children}
      </CapkitProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleSettings {
  const settings = useContext(LocaleContext);
  if (settings === undefined) throw new Error('useLocale is used outside LocaleProvider');
  return settings;
}

/** The strings of `translations` in the visitor's language. */
export function useTranslations<M>(translations: Translations<M>): M {
  return translations[useLocale().locale];
}

/** Numbers and dates in the visitor's locale. */
export function useFormat() {
  const { locale } = useLocale();
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return {
      integer: (value: number) => integer.format(value),
      decimal: (value: number) => decimal.format(value),
      percent: (share: number) => percent.format(share),
      /** A calendar date (`YYYY-MM-DD`) or a timestamp, as a long date in the locale. */
      date: (iso: string) => date.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)),
      money: (amount: number, currency: string) =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          maximumFractionDigits: 0,
        }).format(amount),
    };
  }, [locale]);
}
