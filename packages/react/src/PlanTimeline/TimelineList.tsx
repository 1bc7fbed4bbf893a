import type { PlanTimelineMessages } from './messages.js';
import type { InterventionRow } from './planRows.js';

/** The list view: every intervention with its dates, state and milestones, as text. */
export function TimelineList({
  rows,
  messages,
}: {
  readonly rows: readonly InterventionRow[];
  readonly messages: PlanTimelineMessages;
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
            <dd>{messages.dates(row.startText, row.endText)}</dd>
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
                        milestone.dueText,
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
