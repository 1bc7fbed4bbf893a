import { useId } from 'react';
import type { CompetencyProfileMessages } from './messages.js';
import type { Comparison, ProfileRow } from './profileRows.js';
import { gapText, noScoreText, scoreText } from './profileSummary.js';

/** Props of {@link ProfileTable}. */
export interface ProfileTableProps {
  readonly title: string;
  readonly rows: readonly ProfileRow[];
  readonly locale: string;
  readonly messages: CompetencyProfileMessages;
}

function comparisonText(comparison: Comparison, messages: CompetencyProfileMessages): string {
  switch (comparison) {
    case 'meets':
      return messages.meetsRequired;
    case 'below':
      return messages.belowRequired;
    case 'not-compared':
      return messages.notCompared;
    default:
      return comparison satisfies never;
  }
}

/**
 * Every value of the chart, twice over for two widths, as the chart is: a six-column table where
 * there is room for it, and one short list per competency in a narrow container (a phone, or
 * 400% zoom), where six columns cannot fit without scrolling sideways (WCAG 1.4.10). A CSS
 * container query shows one of them; the other is `display: none`, so screen readers meet the
 * values once.
 */
export function ProfileTable({ title, rows, locale, messages }: ProfileTableProps) {
  const listTitleId = useId();
  const score = (row: ProfileRow) =>
    row.datum.score === null ? noScoreText(row, messages) : scoreText(row.datum.score, locale);
  const columns = [
    messages.score,
    messages.levelReached,
    messages.requiredLevel,
    messages.gap,
    messages.status,
  ] as const;
  const values = (row: ProfileRow) =>
    [
      score(row),
      row.reached?.text ?? '—',
      row.required?.text ?? messages.notSet,
      gapText(row, locale),
      comparisonText(row.comparison, messages),
    ] as const;
  return (
    <>
      <table className="ck-table ck-competency-profile__table" data-layout="wide">
        <caption>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.competency}</th>
            {columns.map((column, index) => (
              <th key={column} scope="col" data-numeric={index === 0 || index === 3 || undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [scoreValue, reached, required, gap, status] = values(row);
            const noScore = row.datum.score === null;
            return (
              <tr key={row.datum.id} data-state={row.comparison}>
                <th scope="row">{row.datum.label}</th>
                <td
                  data-state={noScore ? 'no-score' : undefined}
                  data-numeric={noScore ? undefined : true}
                >
                  {scoreValue}
                </td>
                <td lang={row.reached?.lang}>{reached}</td>
                <td lang={row.required?.lang}>{required}</td>
                <td data-numeric>{gap}</td>
                <td>{status}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <section
        className="ck-competency-profile__list"
        data-layout="narrow"
        aria-labelledby={listTitleId}
      >
        <p id={listTitleId} className="ck-competency-profile__list-title">
          {messages.tableCaption(title)}
        </p>
        <ul>
          {rows.map((row) => {
            const rowValues = values(row);
            return (
              <li key={row.datum.id} data-state={row.comparison}>
                <p className="ck-competency-profile__list-name">{row.datum.label}</p>
                <dl>
                  {columns.map((column, index) => (
                    <div key={column}>
                      <dt>{column}</dt>
                      <dd
                        lang={
                          index === 1
                            ? row.reached?.lang
                            : index === 2
                              ? row.required?.lang
                              : undefined
                        }
                        data-state={
                          index === 0 && row.datum.score === null ? 'no-score' : undefined
                        }
                      >
                        {rowValues[index]}
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
