import type { PlanTimelineMessages } from './messages.js';
import type { Locale } from 'date-fns';
import { formatCalendarDay } from '../shared/calendarDay.js';
import type { InterventionRow } from './planRows.js';

/** A day as the list reads it: "14 March 2026" in English. */
const longDay = 'd MMMM yyyy';

/** The list view: every intervention with its dates, state and milestones, as text. */
export function TimelineList({
  rows,
  messages,
  dateLocale,
}: {
  readonly rows: readonly InterventionRow[];
  readonly messages: PlanTimelineMessages;
  readonly dateLocale: Locale;
}) {
  return (
    <ul className="ck-plan__list" aria-label={messages.listLabel}>
      {rows.map((row) => (
        <li key={row.id} className="ck-plan__item" data-state={row.state}>
          <span className="ck-plan__item-title" lang={row.title.lang}>
            {row.title.text}
          </span>
          <dl className="ck-plan__facts">
            <dt>{messages.datesHeading}</dt>
            <dd>
              {messages.dates(
                formatCalendarDay(row.startsOn, dateLocale, longDay),
                formatCalendarDay(row.endsOn, dateLocale, longDay),
              )}
            </dd>
            <dt>{messages.stateHeading}</dt>
            <dd>
              <span className="ck-plan__state" data-state={row.state}>
                {messages.state(row.state)}
              </span>
            </dd>
            <dt>{messages.milestonesHeading}</dt>
            <dd>
              {row.milestones.length === 0 ? (
                messages.noMilestones
              ) : (
                <ul className="ck-plan__milestones">
                  {row.milestones.map((milestone) => (
                    <li key={milestone.id} data-state={milestone.state}>
                      {messages.milestone(
                        milestone.title.text,
                        formatCalendarDay(milestone.due, dateLocale, longDay),
                        messages.milestoneState(milestone.state),
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
