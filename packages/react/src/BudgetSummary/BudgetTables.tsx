import { createElement, useId, type ReactNode } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import type { BudgetInterventionRow, GapPointTable } from './budgetRows.js';
import type { BudgetText } from './budgetText.js';

/** A titled section holding one table, scrolling on its own when wider than its column. */
function TableSection({
  heading,
  level,
  lead,
  columns,
  children,
  className,
}: {
  heading: string;
  level: HeadingLevel;
  lead?: string;
  columns: readonly string[];
  children: ReactNode;
  className: string;
}) {
  const headingId = `${useId()}-heading`;
  const [ref, scrolls] = useScrollRegion<HTMLDivElement>();
  return (
    // Not a labelled region itself: its table's scroll region is, by the same heading, and two
    // landmarks of one name would be one too many (axe landmark-unique).
    <section className={`ck-budget__section ${className}`}>
      {createElement(
        headingTag(level),
        { id: headingId, className: 'ck-budget__heading' },
        heading,
      )}
      {lead !== undefined && <p>{lead}</p>}
      <div
        ref={ref}
        className="ck-scroll"
        {...(scrolls ? { role: 'region', 'aria-labelledby': headingId, tabIndex: 0 } : {})}
      >
        <table className="ck-table ck-budget__table" aria-labelledby={headingId}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}

/** Planned, committed and spent money per intervention, and where each stands against its plan. */
export function InterventionMoneyTable({
  rows,
  text,
  level,
}: {
  rows: readonly BudgetInterventionRow[];
  text: BudgetText;
  level: HeadingLevel;
}) {
  const { messages } = text;
  return (
    <TableSection
      heading={messages.interventionsHeading}
      level={level}
      className="ck-budget__interventions"
      columns={[
        messages.interventionHeading,
        messages.plannedColumn,
        messages.committedColumn,
        messages.spentColumn,
        messages.stateHeading,
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id} data-state={row.state}>
          <th scope="row" lang={row.title.lang === 'zxx' ? undefined : row.title.lang}>
            {row.title.text}
          </th>
          <td data-numeric="">{text.money(row.planned)}</td>
          <td data-numeric="">{text.money(row.committed)}</td>
          <td data-numeric="">{text.money(row.spent)}</td>
          <td>{messages.state(row.state)}</td>
        </tr>
      ))}
    </TableSection>
  );
}

/** Cost per gap point closed, per intervention and (from the burn-down) for the whole plan. */
export function GapPointsTable({
  table,
  text,
  level,
}: {
  table: GapPointTable;
  text: BudgetText;
  level: HeadingLevel;
}) {
  const { messages } = text;
  const actual = table.source === 'burnDown';
  const perPoint = (value: number | null | undefined) =>
    value === null || value === undefined ? messages.noPoints : text.money(value);
  const cells = (row: GapPointTable['rows'][number] | NonNullable<GapPointTable['total']>) => (
    <>
      <td data-numeric="">{text.points(row.gapPointsClosed)}</td>
      <td data-numeric="">{perPoint(row.plannedPerPoint)}</td>
      {actual && <td data-numeric="">{perPoint(row.actualPerPoint)}</td>}
    </>
  );
  return (
    <TableSection
      heading={messages.gapHeading}
      level={level}
      lead={messages.gapLead(table.source)}
      className="ck-budget__gap-points"
      columns={[
        messages.interventionHeading,
        messages.gapPointsHeading,
        messages.perPointPlannedHeading(table.source),
        ...(actual ? [messages.perPointActualHeading] : []),
      ]}
    >
      {table.rows.map((row) => (
        <tr key={row.id}>
          <th scope="row" lang={row.title.lang === 'zxx' ? undefined : row.title.lang}>
            {row.title.text}
          </th>
          {cells(row)}
        </tr>
      ))}
      {table.total !== null && (
        <tr className="ck-budget__total">
          <th scope="row">{messages.wholePlan}</th>
          {cells(table.total)}
        </tr>
      )}
    </TableSection>
  );
}
