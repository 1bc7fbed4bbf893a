/**
 * Numbers and plural forms in the reader's locale, one way for every widget: each number a
 * widget shows (in its sentence, its chart and its table) goes through these formatters, so that
 * one locale never mixes numbering systems (Arabic-Indic digits in a sentence, Latin in a table).
 */

/** The number formats the widgets use. */
export interface NumberFormats {
  /** Whole counts: "1,234". */
  readonly count: Intl.NumberFormat;
  /** Scores with one decimal: "3.4". */
  readonly oneDecimal: Intl.NumberFormat;
  /** Scores with two decimals: "3.42". */
  readonly twoDecimals: Intl.NumberFormat;
  /** Axis ticks: up to one decimal. */
  readonly tick: Intl.NumberFormat;
  /** Shares as whole percentages: "42%". */
  readonly percent: Intl.NumberFormat;
}

// Intl formatters are costly to build and immutable: one set per locale for the page's life.
const cache = new Map<string, NumberFormats>();

/** The shared number formats of a (well-formed) locale. */
export function numberFormats(locale: string): NumberFormats {
  let formats = cache.get(locale);
  if (formats === undefined) {
    formats = {
      count: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      oneDecimal: new Intl.NumberFormat(locale, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
      twoDecimals: new Intl.NumberFormat(locale, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
      tick: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    };
    cache.set(locale, formats);
  }
  return formats;
}

/** A count as a number (for choosing plural forms) and as text formatted in the reader's locale. */
export interface LocalizedCount {
  /** The count itself, e.g. for `Intl.PluralRules`. */
  readonly value: number;
  /** The count formatted with `Intl.NumberFormat` in the widget's locale. */
  readonly text: string;
  /** The count's plural category in the widget's locale: `one`, `few`, `other`… */
  readonly plural: Intl.LDMLPluralRule;
}

const pluralCache = new Map<string, Intl.PluralRules>();

/** `value` as a {@link LocalizedCount} in `locale`. */
export function localizedCount(locale: string, value: number): LocalizedCount {
  let rules = pluralCache.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralCache.set(locale, rules);
  }
  return { value, text: numberFormats(locale).count.format(value), plural: rules.select(value) };
}

/**
 * Plural forms of one phrase, by CLDR category; `other` is required because every locale has it.
 * `{count}` in a form is replaced by the formatted count.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** The form of `forms` that `count` takes, with `{count}` filled in. */
export function plural(count: LocalizedCount, forms: PluralForms): string {
  return (forms[count.plural] ?? forms.other).replaceAll('{count}', count.text);
}
