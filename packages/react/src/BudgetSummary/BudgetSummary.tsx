import type { CapacityDevelopmentPlan } from '@capkit/model';
import type { PlanExplanation } from '@capkit/scoring/plan';
import type { BudgetBurnDown } from '@capkit/scoring/schedule';
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { createElement, useId, useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import {
  headingTag,
  type HeadingLevel,
  type HeadingProps,
  type LoadStateProps,
  type LocaleProps,
  type ViewProps,
} from '../shared/widgetProps.js';
import { budgetFacts, burnDownSeries, gapPointTable, interventionRows } from './budgetRows.js';
import { budgetText } from './budgetText.js';
import { GapPointsTable, InterventionMoneyTable } from './BudgetTables.js';
import { BurnDownChart, BurnDownTable } from './BurnDownChart.js';
import { defaultBudgetSummaryMessages, type BudgetSummaryMessages } from './messages.js';

/** Props of {@link BudgetSummary}. */
export interface BudgetSummaryProps
  extends LocaleProps<BudgetSummaryMessages>, LoadStateProps, ViewProps, HeadingProps {
  /** Title of the view, its first heading. */
  readonly title: string;
  /** What the budget covers, in a sentence. @default undefined */
  readonly description?: string | undefined;
  /**
   * The plan's burn-down: `budgetBurnDown(plan, { today: asOf, by })` of
   * `@capkit/scoring/schedule`; pass `gapPointsClosed` to it (see `gapPointsClosedFor`) for
   * planned and actual cost per gap point. Leave it out until there is one.
   * @default undefined
   */
  readonly burnDown?: BudgetBurnDown | undefined;
  /**
   * The `CapacityDevelopmentPlan` the burn-down was made from: the interventions' names, and
   * which catalogue entry each runs.
   * @default undefined
   */
  readonly plan?: CapacityDevelopmentPlan | undefined;
  /**
   * `explainPlan(recommendPlan(…))` of `@capkit/scoring/plan`: the planner's cost per gap point,
   * shown when the burn-down carries no cost per gap point of its own.
   * @default undefined
   */
  readonly explanation?: PlanExplanation | undefined;
  /** The day the burn-down was read on (its `today`), marked on the chart; ISO calendar date. */
  readonly asOf: string;
  /** date-fns locale for every date shown. @default enGB */
  readonly dateLocale?: Locale | undefined;
}

/**
 * Step 4 of the cycle, the money: a plain-words summary first (how much of the budget is spent
 * with how much of the time gone, how many interventions are over their planned cost, what is
 * left and where the rate so far leads); the totals planned, committed and spent; the budget
 * left over time against the planned line, with `asOf` marked (a chart with a table of the same
 * values); the same money per intervention; and the cost per gap point closed. Every figure is
 * the engine's (`budgetBurnDown`, `explainPlan`): the widget formats, names and compares them.
 */
export function BudgetSummary({
  title,
  description,
  burnDown,
  plan,
  explanation,
  asOf,
  dateLocale = enGB,
  headingLevel = 2,
  status = 'ready',
  errorMessage,
  view,
  defaultView,
  onViewChange,
  locale: ownLocale,
  dir: ownDir,
  messages: overrides,
  className,
}: BudgetSummaryProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('BudgetSummary', defaultBudgetSummaryMessages, overrides);
  const headingId = `${useId()}-heading`;
  const inner = Math.min(headingLevel + 1, 6) as HeadingLevel;
  const currency = burnDown?.currency ?? plan?.budget.currency ?? 'EUR';
  const text = useMemo(
    () => budgetText(locale, currency, dateLocale, messages),
    [locale, currency, dateLocale, messages],
  );
  const languages = useMemo(() => [locale], [locale]);
  const rows = useMemo(
    () => (burnDown === undefined ? [] : interventionRows(burnDown, plan, languages)),
    [burnDown, plan, languages],
  );
  const series = useMemo(
    () => (burnDown === undefined ? null : burnDownSeries(burnDown, asOf)),
    [burnDown, asOf],
  );

  const empty = burnDown === undefined || series === null;
  const state = widgetState(status, empty);

  let body = null;
  if (state === 'ready' && burnDown !== undefined && series !== null) {
    const { totals, projection } = burnDown;
    const facts = budgetFacts(burnDown, rows);
    const summary = messages.summary({
      spentShare: facts.spentShare === null ? null : text.percent(facts.spentShare),
      spent: text.whole(totals.spentToDate),
      timeShare: facts.timeShare === null ? null : text.percent(facts.timeShare),
      over: text.count(facts.over),
      obligated: text.whole(totals.obligatedToDate),
      budget: text.whole(totals.budget),
      left: text.whole(Math.abs(totals.remaining)),
      overBudget: totals.remaining < 0,
      projected:
        projection === null
          ? null
          : {
              total: text.whole(projection.projectedTotal),
              overspend:
                projection.projectedOverspend > 0
                  ? text.whole(projection.projectedOverspend)
                  : null,
            },
    });
    const gapPoints = gapPointTable(burnDown, explanation, plan, languages);
    const totalsShown: [string, number][] = [
      [messages.totalBudget, totals.budget],
      [messages.totalPlanned, totals.planned],
      [messages.totalPlannedToDate, totals.plannedToDate],
      [messages.totalCommitted, totals.committedToDate],
      [messages.totalSpent, totals.spentToDate],
      [messages.totalObligated, totals.obligatedToDate],
      [messages.totalLeft, totals.remaining],
      ...(projection === null
        ? []
        : ([[messages.totalProjected, projection.projectedTotal]] as [string, number][])),
    ];
    body = (
      <>
        <p className="ck-summary">{summary}</p>
        <dl className="ck-budget__totals">
          {totalsShown.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{text.money(value)}</dd>
            </div>
          ))}
        </dl>
        <ChartFigure
          title={messages.chartTitle}
          description={messages.chartDescription}
          view={view}
          defaultView={defaultView}
          onViewChange={onViewChange}
          messages={messages}
          dir={dir}
          className="ck-budget__figure"
          chart={
            <BurnDownChart
              series={series}
              burnDown={burnDown}
              text={text}
              asOf={asOf}
              rtl={dir === 'rtl'}
            />
          }
          table={<BurnDownTable series={series} burnDown={burnDown} text={text} />}
        />
        {rows.length > 0 && <InterventionMoneyTable rows={rows} text={text} level={inner} />}
        {gapPoints !== null && gapPoints.rows.length > 0 && (
          <GapPointsTable table={gapPoints} text={text} level={inner} />
        )}
      </>
    );
  }

  return (
    <section
      className={['ck-budget', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      dir={dir}
      data-state={state}
    >
      {createElement(
        headingTag(headingLevel),
        { id: headingId, className: 'ck-budget__title' },
        title,
      )}
      {description !== undefined && <p className="ck-budget__description">{description}</p>}
      {body ?? (
        <WidgetStatus
          status={status}
          empty={empty}
          messages={messages}
          errorMessage={errorMessage}
        />
      )}
    </section>
  );
}
