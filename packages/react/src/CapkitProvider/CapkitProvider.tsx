import { textDirection } from '@capkit/model/text';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CapkitMessages, CapkitWidgetName, MessagesOf } from './capkitMessages.js';
import { usableLocale } from './usableLocale.js';

/** Settings every capkit widget inside a {@link CapkitProvider} reads. */
export interface CapkitSettings {
  /** BCP 47 locale for numbers, dates and level names. */
  readonly locale: string;
  /** Text direction; right-to-left mirrors charts and layouts. */
  readonly dir: 'ltr' | 'rtl';
  /** Translated strings per widget, keyed by widget name, e.g. `{ GapHeatmap: { legend: '…' } }`. */
  readonly messages: CapkitMessages;
}

const CapkitContext = createContext<CapkitSettings | undefined>(undefined);

/** Props of {@link CapkitProvider}. */
export interface CapkitProviderProps {
  /**
   * BCP 47 locale.
   * @default 'en'
   */
  readonly locale?: string | undefined;
  /**
   * Text direction.
   * @default the locale's direction
   */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** Translated strings per widget, typed per widget; missing keys fall back to English. */
  readonly messages?: CapkitMessages | undefined;
  readonly children?: ReactNode;
}

/** Sets the locale, direction and translated strings of every capkit widget inside it. */
export function CapkitProvider({ locale = 'en', dir, messages, children }: CapkitProviderProps) {
  const value = useMemo<CapkitSettings>(
    () => ({ locale, dir: dir ?? textDirection(locale), messages: messages ?? {} }),
    [locale, dir, messages],
  );
  return <CapkitContext.Provider value={value}>{children}</CapkitContext.Provider>;
}

/**
 * A widget's locale and direction: its own props first, then the nearest {@link CapkitProvider},
 * then English, left to right. A locale that is not a well-formed BCP 47 tag (such as `''`)
 * becomes `'en'`, with one `console.warn` per bad value, so that `Intl` never throws.
 */
export function useCapkitSettings(
  own: { locale?: string | undefined; dir?: 'ltr' | 'rtl' | undefined } = {},
): {
  locale: string;
  dir: 'ltr' | 'rtl';
} {
  const context = useContext(CapkitContext);
  // A malformed locale falls back to English with a warning instead of crashing Intl.
  const locale = usableLocale(own.locale ?? context?.locale ?? 'en');
  return {
    locale,
    dir: own.dir ?? (own.locale === undefined ? context?.dir : undefined) ?? textDirection(locale),
  };
}

/**
 * A widget's strings: English defaults, overridden by the provider's `messages[widget]`, then by
 * the widget's own `messages` prop.
 */
export function useMessages<W extends CapkitWidgetName, M extends MessagesOf<W> & object>(
  widget: W,
  defaults: M,
  overrides?: Partial<M>,
): M {
  const context = useContext(CapkitContext);
  const fromProvider = context?.messages[widget] as Partial<M> | undefined;
  return useMemo(
    () => ({ ...defaults, ...fromProvider, ...overrides }),
    [defaults, fromProvider, overrides],
  );
}
