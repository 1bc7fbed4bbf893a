import type { Stakeholder } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { createElement } from 'react';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import { engagementPlan, type ActivityStatus } from './stakeholderPlacement.js';
import type { StakeholderText } from './stakeholderText.js';

/** Props of {@link EngagementPlans}. */
export interface EngagementPlansProps {
  readonly stakeholders: readonly Stakeholder[];
  readonly statuses: Readonly<Record<string, ActivityStatus>> | undefined;
  readonly asOf: string | undefined;
  readonly locale: string;
  readonly headingLevel: HeadingLevel;
  readonly text: StakeholderText;
}

/**
 * Each stakeholder's engagement plan: its activities in date order with their kind, summary,
 * owner and status, an overdue one flagged in words (not by colour alone). Each plan is a
 * disclosure (`<details>`), so a register of 200 stays short until a reader opens one.
 */
export function EngagementPlans({
  stakeholders,
  statuses,
  asOf,
  locale,
  headingLevel,
  text,
}: EngagementPlansProps) {
  const { messages } = text;
  return (
    <section className="ck-stakeholder-grid__plans">
      {createElement(
        headingTag(headingLevel),
        { className: 'ck-stakeholder-grid__plans-heading' },
        messages.plansHeading,
      )}
      {stakeholders.map((stakeholder) => {
        const name = text.name(stakeholder);
        const plan = engagementPlan(stakeholder.activities, statuses, asOf);
        const overdue = plan.some((entry) => entry.overdue);
        return (
          <details
            key={stakeholder.id}
            className="ck-stakeholder-grid__plan"
            data-overdue={overdue ? '' : undefined}
          >
            <summary>
              <span lang={name.lang}>{messages.planHeading(name.text)}</span>
              {overdue && <span className="ck-stakeholder-grid__flag"> ({messages.overdue})</span>}
            </summary>
            {plan.length === 0 ? (
              <p>{messages.noPlan}</p>
            ) : (
              <ol className="ck-stakeholder-grid__activities">
                {plan.map(({ activity, status, overdue: late }) => {
                  const summary = resolveLocalizedText(activity.summary, [locale]);
                  return (
                    <li key={activity.id} data-status={status} data-overdue={late ? '' : undefined}>
                      <time dateTime={activity.date}>{text.date(activity.date)}</time>
                      {' · '}
                      {messages.activityKind[activity.kind]}
                      {': '}
                      <span lang={summary.lang}>{summary.text}</span>
                      {activity.ownerId !== undefined && ` · ${text.person(activity.ownerId)}`}
                      {' · '}
                      <span className="ck-stakeholder-grid__status">
                        {messages.activityStatus[status]}
                        {late && `, ${messages.overdue}`}
                      </span>
                    </li>
                  );
                })}
              </ol>
            )}
          </details>
        );
      })}
    </section>
  );
}
