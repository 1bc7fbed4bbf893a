import { localizedCount, numberFormats, type LocalizedCount } from '../shared/localeFormat.js';
import type { ChangeWords } from './changeWords.js';
import type { EvaluationChangeText, EvaluationSummaryMessages } from './messages.js';

/** How a change's numbers read: points of the measure ("+0.60 levels") or shares of a scale. */
export type ChangeScale = 'score' | 'share';

/** The widget's numbers and recurring phrases in the reader's locale, shared by every part. */
export interface EvaluationText {
  readonly messages: EvaluationSummaryMessages;
  readonly locale: string;
  /** A number of the measure, two decimals, unsigned. */
  readonly score: (value: number) => string;
  /** An effect size d, two decimals. */
  readonly d: (value: number) => string;
  /** A share as a whole percentage. */
  readonly percent: (value: number) => string;
  readonly count: (value: number) => LocalizedCount;
  /** A change or its interval end, in its scale; `signed` puts "+" before a gain. */
  readonly amount: (value: number, scale: ChangeScale, signed: boolean) => string;
  /** A published change's formatted parts, `null` when withheld. */
  readonly parts: (words: ChangeWords, scale: ChangeScale) => EvaluationChangeText | null;
  /** The "too few people" sentence of a withheld change ('' for a published one). */
  readonly tooFew: (words: ChangeWords) => string;
  /** A change in one sentence (or "too few people to conclude"), never a withheld number. */
  readonly words: (words: ChangeWords, scale: ChangeScale) => string;
  /** The level of the intervals, e.g. "95%". */
  readonly level: (level: number) => string;
  readonly tick: (value: number) => string;
}

/** Builds {@link EvaluationText} for a locale. */
export function evaluationText(
  locale: string,
  messages: EvaluationSummaryMessages,
): EvaluationText {
  const formats = numberFormats(locale);
  const signedScore = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const signedPercent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const levelFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // Plural of a number shown with two decimals: "1.00 levels", never "1.00 level".
  const rules = new Intl.PluralRules(locale, { minimumFractionDigits: 2 });
  const amount = (value: number, scale: ChangeScale, signed: boolean) => {
    if (scale === 'share') {
      const share = signed ? signedPercent.format(value) : formats.percent.format(value);
      return messages.shareOfScale(share);
    }
    const number = signed ? signedScore.format(value) : formats.twoDecimals.format(value);
    return signed ? `${number} ${messages.unit(rules.select(Math.abs(value)))}` : number;
  };
  const end = (value: number, scale: ChangeScale) =>
    scale === 'share' ? formats.percent.format(value) : formats.twoDecimals.format(value);
  const level = (value: number) => levelFormat.format(value);
  const parts = (words: ChangeWords, scale: ChangeScale): EvaluationChangeText | null =>
    words.figures === null
      ? null
      : {
          reading: words.reading,
          size: words.size,
          estimate: amount(words.figures.estimate, scale, true),
          lower: end(words.figures.lower, scale),
          upper: end(words.figures.upper, scale),
          level: level(words.figures.level),
        };
  const tooFew = (words: ChangeWords) =>
    words.figures === null
      ? messages.tooFewPeople(formats.count.format(words.k), words.reason)
      : '';
  return {
    messages,
    locale,
    score: (value) => formats.twoDecimals.format(value),
    d: (value) => formats.twoDecimals.format(value),
    percent: (value) => formats.percent.format(value),
    count: (value) => localizedCount(locale, value),
    amount,
    level,
    tick: (value) => formats.tick.format(value),
    parts,
    tooFew,
    words: (words, scale) => {
      const change = parts(words, scale);
      return change === null ? tooFew(words) : messages.change(change);
    },
  };
}
