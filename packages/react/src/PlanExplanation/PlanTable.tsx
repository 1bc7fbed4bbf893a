import { Fragment, useId, useState } from 'react';
import { localizedCount } from '../shared/localeFormat.js';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import type { PlanExplanationMessages } from './messages.js';
import { nextSort, type PlanFundedRow, type PlanSort, type PlanSortKey } from './planRows.js';

/** Props of {@link PlanTable}. */
export interface PlanTableProps {
  readonly title: string;
  /** Rows in the order shown. */
  readonly rows: readonly PlanFundedRow[];
  readonly sort: PlanSort | null;
  readonly onSortChange: (sort: PlanSort) => void;
  readonly locale: string;
  readonly money: (value: number) => string;
  readonly number: (value: number) => string;
  readonly unitName: (unitId: string | null) => string;
  readonly competencyName: (competencyId: string) => string;
  readonly messages: PlanExplanationMessages;
}

/**
 * The funded interventions: whom each serves, the gaps it closes, its cost and cost per gap
 * point. Column headers sort (buttons, `aria-sort`); each row's button shows the need groups it
 * serves, as the planner counts them.
 */
export function PlanTable({
  title,
  rows,
  sort,
  onSortChange,
  locale,
  money,
  number,
  unitName,
  competencyName,
  messages,
}: PlanTableProps) {
  const id = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const toggle = (interventionId: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(interventionId)) next.delete(interventionId);
      else next.add(interventionId);
      return next;
    });
  const directionOf = (by: PlanSortKey) => (sort?.by === by ? sort.direction : undefined);
  const header = (by: PlanSortKey, label: string, numeric: boolean) => (
    <th scope="col" aria-sort={directionOf(by)} data-numeric={numeric ? '' : undefined}>
      <button
        type="button"
        className="ck-sort-button"
        onClick={() => onSortChange(nextSort(sort, by))}
      >
        {label}
        <span
          className="ck-sort-button__mark"
          aria-hidden="true"
          data-direction={directionOf(by) ?? 'none'}
        />
      </button>
    </th>
  );
  const captionId = `${id}-caption`;
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-plan-explanation__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            {header('name', messages.interventionHeading, false)}
            <th scope="col" data-numeric="">
              {messages.runsHeading}
            </th>
            {header('people', messages.peopleHeading, true)}
            <th scope="col" data-numeric="">
              {messages.unitsHeading}
            </th>
            <th scope="col">{messages.competenciesHeading}</th>
            {header('cost', messages.costHeading, true)}
            {header('gapPointsClosed', messages.gapHeading, true)}
            {header('costPerGapPoint', messages.costPerPointHeading, true)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const expanded = open.has(row.interventionId);
            const detailsId = `${id}-served-${String(index)}`;
            return (
              <Fragment key={row.interventionId}>
                <tr data-state={expanded ? 'open' : 'closed'}>
                  <th scope="row">
                    <button
                      type="button"
                      className="ck-plan-explanation__toggle"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={messages.showServed(row.name)}
                      onClick={() => toggle(row.interventionId)}
                    >
                      <span aria-hidden="true" className="ck-plan-explanation__chevron" />
                    </button>
                    {row.name}
                  </th>
                  <td data-numeric="">{number(row.runs)}</td>
                  <td data-numeric="">
                    {number(row.people)}
                    {row.prerequisitePeople > 0 && (
                      <span className="ck-plan-explanation__note">
                        {' '}
                        {messages.prerequisitePeople(
                          localizedCount(locale, row.prerequisitePeople),
                        )}
                      </span>
                    )}
                  </td>
                  <td data-numeric="">{number(row.units)}</td>
                  <td>{row.competencyIds.map(competencyName).join(', ')}</td>
                  <td data-numeric="">{money(row.cost)}</td>
                  <td data-numeric="">{number(row.gapPointsClosed)}</td>
                  <td data-numeric="">
                    {row.costPerGapPoint === null
                      ? messages.noOwnPoints
                      : money(row.costPerGapPoint)}
                  </td>
                </tr>
                {expanded && (
                  <tr className="ck-plan-explanation__served">
                    <td colSpan={8} id={detailsId}>
                      <ul>
                        {row.served.map((group) => (
                          <li key={`${group.needId}-${String(group.asPrerequisite)}`}>
                            {messages.servedGroup(
                              localizedCount(locale, group.participants),
                              unitName(group.unitId),
                              competencyName(group.competencyId),
                            )}
                            {group.asPrerequisite ? ` ${messages.asPrerequisite}` : ''}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
