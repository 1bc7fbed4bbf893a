'use client';
import type { MaturityEntityKind, MaturityIndex } from '@capkit/model';
import type { MaturityIndexResult, UncertaintyResult } from '@capkit/scoring/maturity';
import { useId, useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { useControllableState } from '../shared/useControllableState.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type {
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LocaleProps,
  SelectionProps,
  ViewProps,
} from '../shared/widgetProps.js';
import {
  factorRows,
  levelRows,
  maturityRows,
  nodeNamer,
  rankSwapGroups,
  type MaturityFactorRow,
} from './maturityRows.js';
import { maturityText } from './maturityText.js';
import { ChoicesSection, EntityBreakdown, Heading, LevelsSection } from './MaturitySections.js';
import { defaultMaturityIndexChartMessages, type MaturityIndexChartMessages } from './messages.js';
import { RankChart } from './RankChart.js';
import { RankTable } from './RankTable.js';

/** Props of {@link MaturityIndexChart}. */
export interface MaturityIndexChartProps
  extends
    LocaleProps<MaturityIndexChartMessages>,
    LoadStateProps,
    ViewProps,
    SelectionProps,
    HeadingProps {
  /** Title of the view, its first heading. */
  readonly title: string;
  /** What the index measures and when, in a sentence. @default undefined */
  readonly description?: string | undefined;
  /**
   * The model's `MaturityIndex` document the results were computed from: the names of its
   * entities, dimensions, indicators and levels, and what kind of entity it ranks.
   * @default undefined (ids are shown)
   */
  readonly index?: MaturityIndex | undefined;
  /** `buildIndex` of `@capkit/scoring/maturity`: scores, ranks, levels, dimension scores. @default undefined */
  readonly result?: MaturityIndexResult | undefined;
  /**
   * `analyseUncertainty` of `@capkit/scoring/maturity` on the same input and options: the rank
   * intervals and which choice moves ranks most. @default undefined (no intervals)
   */
  readonly uncertainty?: UncertaintyResult | undefined;
}

/**
 * The composite maturity index (step 4's baseline for units or ministries), its results as
 * the engine published them: a plain-words sentence first (who leads, which places could swap,
 * which modelling choice moves ranks most, who reached the highest level); the entities in rank
 * order with their 5–95 % rank intervals (a chart, or a table of the same values); the selected
 * entity's scores on each dimension; the choices' Sobol indices; and the maturity levels. It
 * recomputes nothing: every score, rank and index is the engine's.
 */
export function MaturityIndexChart({
  title,
  description,
  index,
  result,
  uncertainty,
  headingLevel = 2,
  status = 'ready',
  errorMessage,
  view,
  defaultView,
  onViewChange,
  selectedId: controlledSelectedId,
  defaultSelectedId = null,
  onSelectionChange,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: MaturityIndexChartProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages(
    'MaturityIndexChart',
    defaultMaturityIndexChartMessages,
    messageOverrides,
  );
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: controlledSelectedId,
    defaultValue: defaultSelectedId,
    onChange: onSelectionChange,
    name: 'MaturityIndexChart selectedId',
  });
  const text = useMemo(() => maturityText(locale, messages), [locale, messages]);
  const ids = useId();
  const headingId = `${ids}-heading`;
  const breakdownId = `${ids}-breakdown`;
  const inner = Math.min(headingLevel + 1, 6) as HeadingLevel;

  const { rows, factors, levels, swaps } = useMemo(() => {
    const languages = [locale];
    const names = nodeNamer(index, languages);
    const ranked = result === undefined ? [] : maturityRows(index, result, uncertainty, languages);
    return {
      rows: ranked,
      factors: factorRows(uncertainty, names),
      levels: levelRows(index, ranked, languages),
      swaps: uncertainty === undefined ? null : rankSwapGroups(ranked),
    };
  }, [index, result, uncertainty, locale]);

  const kind: MaturityEntityKind = index?.entityKind ?? 'other';
  const empty = rows.length === 0;
  const state = widgetState(status, empty);
  const factorName = (factor: Pick<MaturityFactorRow, 'kind' | 'node'>) =>
    messages.factor(factor.kind, factor.node);
  const runs = uncertainty?.restsOn.intervalRuns ?? null;

  let summary = '';
  if (state === 'ready') {
    const influential = factors.find((factor) => factor.factor === uncertainty?.mostInfluential);
    const top = levels.at(-1);
    summary = messages.summary({
      kind,
      total: text.count(rows.length),
      leaders: rows.filter((row) => row.rank === 1).map((row) => row.name.text),
      swaps:
        swaps?.map((group) => ({ from: text.rank(group.from), to: text.rank(group.to) })) ?? null,
      mostInfluential: influential === undefined ? null : factorName(influential),
      top: top === undefined ? null : { name: top.name.text, count: text.count(top.ids.length) },
      list: text.list,
    });
  }
  const select = (id: string) => setSelectedId(id);
  const selected = rows.find((row) => row.id === selectedId);

  return (
    <section
      className={['ck-maturity', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      dir={dir}
      data-state={state}
    >
      <Heading level={headingLevel} id={headingId} className="ck-maturity__title">
        {title}
      </Heading>
      {description !== undefined && <p className="ck-maturity__description">{description}</p>}
      {state !== 'ready' ? (
        <WidgetStatus
          status={status}
          empty={empty}
          messages={messages}
          errorMessage={errorMessage}
        />
      ) : (
        <>
          <p className="ck-summary">{summary}</p>
          <ChartFigure
            title={messages.chartTitle}
            description={messages.chartDescription(runs === null ? null : text.count(runs))}
            view={view}
            defaultView={defaultView}
            onViewChange={onViewChange}
            messages={messages}
            dir={dir}
            className="ck-maturity__figure"
            chart={
              <RankChart
                rows={rows}
                kind={kind}
                text={text}
                selectedId={selectedId}
                onSelect={select}
                rtl={dir === 'rtl'}
                controls={breakdownId}
              />
            }
            table={
              <RankTable
                rows={rows}
                kind={kind}
                text={text}
                selectedId={selectedId}
                onSelect={select}
                title={messages.chartTitle}
              />
            }
          />
          <EntityBreakdown
            id={breakdownId}
            row={selected}
            total={rows.length}
            runs={runs}
            text={text}
            level={inner}
            hint={messages.selectHint(kind)}
          />
          {uncertainty !== undefined && (
            <ChoicesSection
              id={`${ids}-choices`}
              factors={factors}
              name={factorName}
              text={text}
              level={inner}
            />
          )}
          {levels.length > 0 && (
            <LevelsSection levels={levels} rows={rows} text={text} level={inner} />
          )}
        </>
      )}
    </section>
  );
}
