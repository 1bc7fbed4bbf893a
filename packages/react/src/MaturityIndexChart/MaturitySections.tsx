import { createElement, type ReactNode } from 'react';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import type { MaturityEntityRow, MaturityFactorRow, MaturityLevelRow } from './maturityRows.js';
import type { MaturityText } from './maturityText.js';
import { rowDetail } from './RankChart.js';

/** A heading of the widget's outline, at the level given. */
export function Heading({
  level,
  id,
  className,
  children,
}: {
  readonly level: HeadingLevel;
  readonly id?: string | undefined;
  readonly className: string;
  readonly children: ReactNode;
}) {
  return createElement(headingTag(level), { id, className }, children);
}

/**
 * The selected entity's place and its score and rank on each top-level dimension, with what
 * its score rests on (values imputed or missing, runs without a score). Without a selection,
 * how to make one.
 */
export function EntityBreakdown({
  id,
  row,
  total,
  runs,
  text,
  level,
  hint,
}: {
  readonly id: string;
  readonly row: MaturityEntityRow | undefined;
  readonly total: number;
  readonly runs: number | null;
  readonly text: MaturityText;
  readonly level: HeadingLevel;
  readonly hint: string;
}) {
  const { messages } = text;
  const names = (list: MaturityEntityRow['missingIndicators']) =>
    text.list(list.map((name) => name.text));
  return (
    <div id={id} className="ck-maturity__section ck-maturity__breakdown">
      {row === undefined ? (
        <p className="ck-maturity__note">{hint}</p>
      ) : (
        <>
          <Heading level={level} id={`${id}-heading`} className="ck-maturity__heading">
            {messages.breakdownHeading(row.name.text)}
          </Heading>
          <p>{rowDetail(row, total, text)}</p>
          {row.dimensions.length > 0 && (
            <table className="ck-table ck-maturity__dimensions" aria-labelledby={`${id}-heading`}>
              <thead>
                <tr>
                  <th scope="col">{messages.dimensionHeading}</th>
                  <th scope="col" data-numeric="">
                    {messages.weightHeading}
                  </th>
                  <th scope="col" data-numeric="">
                    {messages.scoreHeading}
                  </th>
                  <th scope="col" data-numeric="">
                    {messages.rankHeading}
                  </th>
                </tr>
              </thead>
              <tbody>
                {row.dimensions.map((dimension) => (
                  <tr key={dimension.id}>
                    <th scope="row" lang={text.lang(dimension.name.lang)}>
                      {dimension.name.text}
                    </th>
                    <td data-numeric="">{text.weight(dimension.weight)}</td>
                    <td data-numeric="">{text.score(dimension.score)}</td>
                    <td data-numeric="">
                      {dimension.rank === null
                        ? messages.notRanked
                        : messages.rankOf(text.rank(dimension.rank), text.count(total).text)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {row.missingIndicators.length > 0 && (
            <p className="ck-maturity__note">{messages.missing(names(row.missingIndicators))}</p>
          )}
          {row.imputedIndicators.length > 0 && (
            <p className="ck-maturity__note">{messages.imputed(names(row.imputedIndicators))}</p>
          )}
          {runs !== null && row.interval !== null && row.interval.unscoredRuns > 0 && (
            <p className="ck-maturity__note">
              {messages.unscoredRuns(text.count(row.interval.unscoredRuns), text.count(runs).text)}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** Which modelling choice moves ranks most: the Sobol indices as a table with bars. */
export function ChoicesSection({
  id,
  factors,
  name,
  text,
  level,
}: {
  readonly id: string;
  readonly factors: readonly MaturityFactorRow[];
  readonly name: (factor: MaturityFactorRow) => string;
  readonly text: MaturityText;
  readonly level: HeadingLevel;
}) {
  const { messages } = text;
  const cell = (value: number | null) =>
    value === null ? (
      messages.notEstimated
    ) : (
      <span className="ck-maturity__effect">
        <span className="ck-maturity__effect-bar" aria-hidden="true">
          <span style={{ inlineSize: `${String(value * 100)}%` }} />
        </span>
        {text.index(value)}
      </span>
    );
  return (
    <section className="ck-maturity__section" aria-labelledby={`${id}-heading`}>
      <Heading level={level} id={`${id}-heading`} className="ck-maturity__heading">
        {messages.choicesHeading}
      </Heading>
      {factors.length === 0 ? (
        <p className="ck-maturity__note">{messages.choicesNotComputed}</p>
      ) : (
        <>
          <p className="ck-maturity__note">{messages.choicesNote}</p>
          <table className="ck-table ck-maturity__choices" aria-labelledby={`${id}-heading`}>
            <thead>
              <tr>
                <th scope="col">{messages.choiceHeading}</th>
                <th scope="col">{messages.totalHeading}</th>
                <th scope="col">{messages.firstHeading}</th>
              </tr>
            </thead>
            <tbody>
              {factors.map((factor) => (
                <tr key={factor.factor}>
                  <th scope="row">{name(factor)}</th>
                  <td>{cell(factor.total)}</td>
                  <td>{cell(factor.first)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The maturity levels from the highest down, each with the entities that reached it. */
export function LevelsSection({
  levels,
  rows,
  text,
  level,
}: {
  readonly levels: readonly MaturityLevelRow[];
  readonly rows: readonly MaturityEntityRow[];
  readonly text: MaturityText;
  readonly level: HeadingLevel;
}) {
  const { messages } = text;
  const names = new Map(rows.map((row) => [row.id, row.name.text]));
  const below = rows.filter((row) => row.level === null).map((row) => row.name.text);
  const entries = [...levels].reverse().map((entry) => ({
    id: entry.id,
    label: messages.levelFrom(entry.name.text, text.score(entry.minScore)),
    members: entry.ids.map((id) => names.get(id) ?? id),
  }));
  if (below.length > 0) entries.push({ id: '', label: messages.belowLevels, members: below });
  return (
    <section className="ck-maturity__section">
      <Heading level={level} className="ck-maturity__heading">
        {messages.levelsHeading}
      </Heading>
      <dl className="ck-maturity__levels">
        {entries.map((entry) => (
          <div key={entry.id} data-level={entry.id === '' ? 'none' : entry.id}>
            <dt>{entry.label}</dt>
            <dd>{entry.members.length === 0 ? messages.nobody : text.list(entry.members)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
