import type { Locale } from 'date-fns';
import { formatCalendarDay } from '../shared/calendarDay.js';
import { localizedCount } from '../shared/localeFormat.js';
import type { StepProgress } from './cycleProgress.js';
import type { StepFacts } from './messages.js';

/** A step's progress as the messages take it: counts localised, dates formatted. */
export function stepFacts(
  progress: StepProgress,
  locale: string,
  dateLocale: Locale | undefined,
): StepFacts {
  const count = (value: number) => localizedCount(locale, value);
  const { counts } = progress;
  const date = (day: string | undefined) =>
    day === undefined ? undefined : formatCalendarDay(day, dateLocale);
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
