import type {
  PlanExplanation as PlanExplanationResult,
  RecommendedPlan,
} from '@capkit/scoring/plan';
import { createElement, useMemo, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { localizedCount, numberFormats } from '../shared/localeFormat.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import {
  headingTag,
  type HeadingProps,
  type LoadStateProps,
  type LocaleProps,
  type ViewProps,
} from '../shared/widgetProps.js';
import { defaultPlanExplanationMessages, type PlanExplanationMessages } from './messages.js';
import { PlanChart } from './PlanChart.js';
import {
  fundedRows,
  gapsLeft,
  planSummaryFacts,
  sortRows,
  unfundedRows,
  type PlanExplanationNames,
  type PlanSort,
} from './planRows.js';
import { PlanTable } from './PlanTable.js';

/** Props of {@link PlanExplanation}. */
export interface PlanExplanationProps
  extends LocaleProps<PlanExplanationMessages>, LoadStateProps, ViewProps, HeadingProps {
  /** Title of the figure. */
  readonly title: string;
  /**
   * What was planned, in a sentence; the method and its optimality gap are added after it.
   * @default undefined
   */
  readonly description?: string | undefined;
  /**
   * The plan, from `recommendPlan` of `@capkit/scoring/plan`; leave it out until there is one.
   * @default undefined
   */
  readonly plan?: RecommendedPlan | undefined;
  /**
   * The plan's explanation, from `explainPlan(plan)`; given with `plan`.
   * @default undefined
   */
  readonly explanation?: PlanExplanationResult | undefined;
  /**
   * Names for the planner's ids (interventions, units, competencies); ids without a name are
   * shown as they are.
   * @default {}
   */
  readonly names?: PlanExplanationNames | undefined;
  /**
   * ISO 4217 currency of the costs when the plan carries none; without either, plain numbers.
   * @default the plan's `currency`
   */
  readonly currency?: string | undefined;
}

const noNames: PlanExplanationNames = {};

// A cached formatter per locale × currency: money is shown in whole units, as budgets are.
const moneyCache = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: string, currency: string | undefined): Intl.NumberFormat {
  const key = `${locale}|${currency ?? ''}`;
  let format = moneyCache.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(
      locale,
      currency === undefined
        ? { maximumFractionDigits: 0 }
        : { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 },
    );
    moneyCache.set(key, format);
  }
  return format;
}

/**
 * The planner's output explained (step 4, the capacity-development response). It opens with a
 * sentence on what the plan funds, for how much of the budget, how much of the gap it closes and
 * what it leaves; then how it was made (exact HiGHS or greedy) and how close to the best possible
 * it is proved to be; a chart of cost against gap points closed per funded intervention, with a
 * sortable table of the same values and whom each serves; and the interventions left unfunded,
 * each with its reason.
 */
export function PlanExplanation({
  title,
  description,
  plan,
  explanation,
  names = noNames,
  currency,
  status = 'ready',
  errorMessage,
  view,
  defaultView,
  onViewChange,
  headingLevel = 2,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: PlanExplanationProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  // Cast until the lead adds `PlanExplanation` to CapkitMessages (a shared file).
  const messages = useMessages('PlanExplanation', defaultPlanExplanationMessages, messageOverrides);
  const formats = numberFormats(locale);
  const money = moneyFormat(locale, plan?.currency ?? currency);
  const gapPercent = useMemo(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }),
    [locale],
  );
  const upToTwoDecimals = useMemo(
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    [locale],
  );
  const collator = useMemo(() => new Intl.Collator(locale), [locale]);
  const [sort, setSort] = useState<PlanSort | null>(null);

  const rows = useMemo(
    () => (explanation === undefined ? [] : fundedRows(explanation, names)),
    [explanation, names],
  );
  const shown = useMemo(() => sortRows(rows, sort, collator), [rows, sort, collator]);
  const empty = plan === undefined || explanation === undefined;
  const state = widgetState(status, empty);
  const classes = ['ck-plan-explanation', className].filter(Boolean).join(' ');
  const competencyName = (id: string) => names.competencies?.[id] ?? id;
  const unitName = (id: string | null) =>
    id === null ? messages.otherUnits : (names.units?.[id] ?? id);
  // Up to two decimals: gap points shared along a pathway are fractions, counts stay whole.
  const number = (value: number) => upToTwoDecimals.format(value);

  const methodText =
    plan === undefined || state !== 'ready'
      ? undefined
      : messages.method({
          method: plan.method,
          status: plan.status,
          gap: Number.isFinite(plan.gap) ? gapPercent.format(plan.gap) : null,
          proved: plan.gap < 5e-5,
          fallback: plan.fallback !== undefined,
        });
  const fullDescription = [description, methodText].filter((part) => part !== undefined).join(' ');
  const frame = {
    title,
    description: fullDescription === '' ? undefined : fullDescription,
    view,
    defaultView,
    onViewChange,
    messages,
    dir,
    state,
  };

  if (state !== 'ready' || plan === undefined || explanation === undefined) {
    return (
      <div className={classes} dir={dir} data-state={state}>
        <ChartFigure
          {...frame}
          chart={null}
          table={null}
          status={
            <WidgetStatus
              status={status}
              empty={empty}
              messages={messages}
              errorMessage={errorMessage}
            />
          }
        />
      </div>
    );
  }

  const facts = planSummaryFacts(plan, explanation);
  const summary = messages.summary({
    funded: localizedCount(locale, facts.funded),
    catalogue: localizedCount(locale, facts.catalogue),
    cost: money.format(facts.cost),
    budget: money.format(facts.budget),
    shareClosed: facts.shareClosed === null ? null : formats.percent.format(facts.shareClosed),
    leftMost:
      facts.leftMost === null
        ? null
        : { name: competencyName(facts.leftMost.competencyId), partly: facts.leftMost.partly },
  });
  const unfunded = unfundedRows(explanation, names);
  const left = gapsLeft(explanation, names);
  return (
    <div className={classes} dir={dir} data-state={state}>
      <ChartFigure
        {...frame}
        summary={<p>{summary}</p>}
        chart={
          <PlanChart
            rows={rows}
            locale={locale}
            rtl={dir === 'rtl'}
            money={(value) => money.format(value)}
            number={number}
            messages={messages}
          />
        }
        table={
          <PlanTable
            title={title}
            rows={shown}
            sort={sort}
            onSortChange={setSort}
            locale={locale}
            money={(value) => money.format(value)}
            number={number}
            unitName={unitName}
            competencyName={competencyName}
            messages={messages}
          />
        }
      />
      <section className="ck-plan-explanation__unfunded">
        {createElement(
          headingTag(headingLevel),
          null,
          messages.unfundedHeading(localizedCount(locale, unfunded.length)),
        )}
        {unfunded.length === 0 ? (
          <p>{messages.allFunded}</p>
        ) : (
          <dl>
            {unfunded.map((row) => (
              <div key={row.interventionId} data-reason={row.reason}>
                <dt>{row.name}</dt>
                <dd>{messages.reason(row.reason)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {left.length > 0 && (
        <section className="ck-plan-explanation__unfunded ck-plan-explanation__left">
          {createElement(
            headingTag(headingLevel),
            null,
            messages.gapsLeftHeading(localizedCount(locale, left.length)),
          )}
          <dl>
            {left.map((gap) => (
              <div key={gap.competencyId}>
                <dt>{gap.name}</dt>
                <dd>
                  {messages.gapLeft(localizedCount(locale, gap.people), number(gap.gapPoints))}{' '}
                  {gap.reasons.map((reason) => messages.unservedReason(reason)).join(' ')}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
