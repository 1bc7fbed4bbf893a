import type { Stakeholder } from '@capkit/model';
import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { engagementPlan, quadrantOf, type ActivityStatus } from './stakeholderPlacement.js';
import type { StakeholderText } from './stakeholderText.js';

/** Props of {@link RegisterTable}. */
export interface RegisterTableProps {
  readonly title: string;
  readonly stakeholders: readonly Stakeholder[];
  readonly statuses: Readonly<Record<string, ActivityStatus>> | undefined;
  readonly asOf: string | undefined;
  readonly text: StakeholderText;
}

/**
 * The stakeholder register, the grid's table alternative: one row per stakeholder with its
 * organisation, power, interest, attitude, strategy (and the grid's suggestion when it differs),
 * the owners of its activities and its next planned activity. Scrolls in its own named region
 * where it does not fit.
 */
export function RegisterTable({ title, stakeholders, statuses, asOf, text }: RegisterTableProps) {
  const { messages } = text;
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-stakeholder-grid__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.nameHeading}</th>
            <th scope="col">{messages.organisationHeading}</th>
            <th scope="col">{messages.powerHeading}</th>
            <th scope="col">{messages.interestHeading}</th>
            <th scope="col">{messages.attitudeHeading}</th>
            <th scope="col">{messages.strategyHeading}</th>
            <th scope="col">{messages.ownerHeading}</th>
            <th scope="col">{messages.nextActivityHeading}</th>
          </tr>
        </thead>
        <tbody>
          {stakeholders.map((stakeholder) => {
            const name = text.name(stakeholder);
            const suggested = quadrantOf(stakeholder);
            const recorded = messages.strategy[stakeholder.strategy];
            const owners = [
              ...new Set(
                stakeholder.activities.flatMap((activity) =>
                  activity.ownerId === undefined ? [] : [activity.ownerId],
                ),
              ),
            ];
            const next = engagementPlan(stakeholder.activities, statuses, asOf).find(
              (entry) => entry.status === 'planned',
            );
            return (
              <tr key={stakeholder.id} data-strategy={suggested}>
                <th scope="row" lang={name.lang}>
                  {name.text}
                </th>
                <td>{messages.category[stakeholder.category]}</td>
                <td data-numeric="">{text.count(stakeholder.power)}</td>
                <td data-numeric="">{text.count(stakeholder.interest)}</td>
                <td>{messages.attitude[stakeholder.attitude]}</td>
                <td>
                  {stakeholder.strategy === suggested
                    ? recorded
                    : messages.strategyDiffers(recorded, messages.strategy[suggested])}
                </td>
                <td>
                  {owners.length === 0 ? messages.noOwner : owners.map(text.person).join(', ')}
                </td>
                <td data-overdue={next?.overdue === true ? '' : undefined}>
                  {next === undefined
                    ? messages.noActivity
                    : `${text.date(next.activity.date)}: ${messages.activityKind[next.activity.kind]}${
                        next.overdue ? ` (${messages.overdue})` : ''
                      }`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
