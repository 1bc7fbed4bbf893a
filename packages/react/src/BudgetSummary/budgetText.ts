import type { Locale } from 'date-fns';
import { formatCalendarDay } from '../shared/calendarDay.js';
import { localizedCount, numberFormats, type LocalizedCount } from '../shared/localeFormat.js';
import type { BudgetSummaryMessages } from './messages.js';

/** Every number and date the budget summary shows, formatted one way for its locale. */
export interface BudgetText {
  readonly messages: BudgetSummaryMessages;
  /** Money to the currency's minor unit: "€4,200.00". */
  readonly money: (value: number) => string;
  /** Money in whole units, for sentences: "€4,200". */
  readonly whole: (value: number) => string;
  /** Money on an axis: "€10K". */
  readonly tick: (value: number) => string;
  /** Gap points: up to two decimals, as the planner shares them along pathways. */
  readonly points: (value: number) => string;
  readonly percent: (value: number) => string;
  readonly count: (value: number) => LocalizedCount;
  /** A calendar date: "15 Sept 2026" in English. */
  readonly date: (iso: string) => string;
  /** A period's first day, as long as the period: a week's day, a month, a quarter. */
  readonly period: (by: 'week' | 'month' | 'quarter', iso: string) => string;
}

const periodPatterns = { week: 'd MMM yyyy', month: 'MMMM yyyy', quarter: 'QQQ yyyy' } as const;

/** The formatters of one locale, currency and date-fns locale. */
export function budgetText(
  locale: string,
  currency: string,
  dateLocale: Locale,
  messages: BudgetSummaryMessages,
): BudgetText {
  const currencyFormat = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, ...options });
  const money = currencyFormat({});
  const whole = currencyFormat({ maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const tick = currencyFormat({ notation: 'compact', maximumFractionDigits: 1 });
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dayText = (iso: string, pattern: string) => formatCalendarDay(iso, dateLocale, pattern);
  return {
    messages,
    money: (value) => money.format(value),
    whole: (value) => whole.format(value),
    tick: (value) => tick.format(value),
    points: (value) => points.format(value),
    percent: (value) => numberFormats(locale).percent.format(value),
    count: (value) => localizedCount(locale, value),
    date: (iso) => dayText(iso, 'd MMM yyyy'),
    period: (by, iso) => messages.period(by, dayText(iso, periodPatterns[by])),
  };
}
