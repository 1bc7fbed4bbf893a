import { format, parseISO, type Locale } from 'date-fns';
import { localizedCount } from '../shared/localeFormat.js';
import type { StepProgress } from './cycleProgress.js';
import type { StepFacts } from './messages.js';

/**
 * A calendar date (`YYYY-MM-DD`) through date-fns in `dateLocale` (date-fns' English when
 * absent), e.g. "Mar 14, 2026". `parseISO` reads a date alone as local midnight and `format`
 * prints local time, so every time zone prints the same day and hydration matches.
 */
export function formatDay(day: string, dateLocale: Locale | undefined): string {
  const date = parseISO(day);
  if (Number.isNaN(date.getTime())) return day;
  return dateLocale === undefined ? format(date, 'PP') : format(date, 'PP', { locale: dateLocale });
}

/** A step's progress as the messages take it: counts localised, dates formatted. */
export function stepFacts(
  progress: StepProgress,
  locale: string,
  dateLocale: Locale | undefined,
): StepFacts {
  const count = (value: number) => localizedCount(locale, value);
  const { counts } = progress;
  const date = (day: string | undefined) =>
    day === undefined ? undefined : formatDay(day, dateLocale);
  return {
    step: progress.step,
    status: progress.status,
    overridden: progress.overridden,
    total: count(counts.done + counts.due + counts.overdue + counts.upcoming),
    done: count(counts.done),
    due: count(counts.due),
    overdue: count(counts.overdue),
    upcoming: count(counts.upcoming),
    assets: count(progress.assets),
    overdueMilestones: count(progress.overdueMilestones),
    levelsMeasured: count(progress.levelsMeasured),
    nextDate: date(progress.nextDate),
    overdueSince: date(progress.overdueSince),
  };
}
