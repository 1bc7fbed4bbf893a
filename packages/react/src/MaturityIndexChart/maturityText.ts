import { langIfDifferent } from '../FrameworkBrowser/textLanguage.js';
import { localizedCount, numberFormats, type LocalizedCount } from '../shared/localeFormat.js';
import type { MaturityIndexChartMessages } from './messages.js';

/** The widget's numbers and lists in the reader's locale, shared by every part. */
export interface MaturityText {
  readonly messages: MaturityIndexChartMessages;
  readonly locale: string;
  /** An index or dimension score, one decimal; the "no score" words when missing. */
  readonly score: (value: number | null) => string;
  /** A rank: whole, or with one decimal for a median between two runs. */
  readonly rank: (value: number) => string;
  /** A Sobol index, two decimals. */
  readonly index: (value: number) => string;
  /** A weight as a percentage. */
  readonly weight: (value: number) => string;
  readonly count: (value: number) => LocalizedCount;
  /** "A, B and C" in the reader's language. */
  readonly list: (items: readonly string[]) => string;
  /** The `lang` of a name written in another language than the reader's. */
  readonly lang: (textLanguage: string) => string | undefined;
}

// One list format per locale for the page's life, as the number formats are.
const lists = new Map<string, Intl.ListFormat>();

/** {@link MaturityText} for `locale`. */
export function maturityText(locale: string, messages: MaturityIndexChartMessages): MaturityText {
  const formats = numberFormats(locale);
  let listFormat = lists.get(locale);
  if (listFormat === undefined) {
    listFormat = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, listFormat);
  }
  const join = listFormat;
  return {
    messages,
    locale,
    score: (value) => (value === null ? messages.noScore : formats.oneDecimal.format(value)),
    rank: (value) => formats.tick.format(value),
    index: (value) => formats.twoDecimals.format(value),
    weight: (value) => formats.percent.format(value),
    count: (value) => localizedCount(locale, value),
    list: (items) => join.format(items),
    lang: (textLanguage) =>
      textLanguage === 'und' ? undefined : langIfDifferent(textLanguage, locale),
  };
}
