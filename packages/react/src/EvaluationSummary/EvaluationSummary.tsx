import type {
  KirkpatrickRollUp,
  PhillipsRoiResult,
  TreatedVsUntreatedResult,
} from '@capkit/scoring/evaluation';
import { useId, useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import {
  type HeadingProps,
  type LoadStateProps,
  type LocaleProps,
  type ViewProps,
} from '../shared/widgetProps.js';
import { ChangeChart, ChangeTable } from './ChangeChart.js';
import { tallyRows, wordRows, type EvaluationChangeRow } from './changeRows.js';
import {
  Heading,
  KirkpatrickSection,
  RoiSection,
  roiSentence,
  TreatedSection,
  treatedSentence,
} from './EvaluationSections.js';
import { evaluationText } from './evaluationText.js';
import {
  defaultEvaluationSummaryMessages,
  type EvaluationChangeKind,
  type EvaluationSummaryMessages,
} from './messages.js';

/** Props of {@link EvaluationSummary}. */
export interface EvaluationSummaryProps
  extends LocaleProps<EvaluationSummaryMessages>, LoadStateProps, ViewProps, HeadingProps {
  /** Title of the view, its first heading. */
  readonly title: string;
  /** What was evaluated and when, in a sentence. @default undefined */
  readonly description?: string | undefined;
  /**
   * Round-over-round change per competency or per group: `pairedChange` of
   * `@capkit/scoring/evaluation` per competency, or `changeRowsFromGroups` of a
   * `pairedChangeByGroup` result. @default []
   */
  readonly changes?: readonly EvaluationChangeRow[] | undefined;
  /** Whether `changes` are competencies or groups. @default 'competency' */
  readonly changeBy?: EvaluationChangeKind | undefined;
  /** `treatedVsUntreated` of `@capkit/scoring/evaluation`. @default undefined */
  readonly treatedVsUntreated?: TreatedVsUntreatedResult | undefined;
  /** `kirkpatrickRollUp` of `@capkit/scoring/evaluation` (levels 1–4). @default undefined */
  readonly kirkpatrick?: KirkpatrickRollUp | undefined;
  /** `phillipsRoi` of `@capkit/scoring/evaluation` (level 5). @default undefined */
  readonly roi?: PhillipsRoiResult | undefined;
  /** Names of the level-4 indicators, by id. @default {} */
  readonly indicatorLabels?: Readonly<Record<string, string>> | undefined;
}

const noRows: readonly EvaluationChangeRow[] = [];
const noLabels: Readonly<Record<string, string>> = {};

/**
 * Step 5 of the cycle, did it work, in one view: a plain-words summary first; the change
 * between rounds per competency or group with its confidence interval and Cohen's word for its
 * size (a chart with a table of the same values); trained against untrained staff (difference in
 * differences); Kirkpatrick levels 1–4; and Phillips ROI. Wherever the engine withheld a figure
 * it says "too few people to conclude" and shows no number.
 */
export function EvaluationSummary({
  title,
  description,
  changes = noRows,
  changeBy = 'competency',
  treatedVsUntreated,
  kirkpatrick,
  roi,
  indicatorLabels = noLabels,
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
}: EvaluationSummaryProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('EvaluationSummary', defaultEvaluationSummaryMessages, overrides);
  const text = useMemo(() => evaluationText(locale, messages), [locale, messages]);
  const rows = useMemo(() => wordRows(changes), [changes]);
  const headingId = `${useId()}-heading`;
  const inner = Math.min(headingLevel + 1, 6) as 3;

  const empty =
    rows.length === 0 &&
    treatedVsUntreated === undefined &&
    kirkpatrick === undefined &&
    roi === undefined;
  const state = widgetState(status, empty);
  const level = text.level(
    rows.find((row) => row.words.figures !== null)?.words.figures?.level ?? 0.95,
  );

  let summary = '';
  if (state === 'ready') {
    const tally = tallyRows(rows);
    summary = messages.summary({
      by: changeBy,
      total: text.count(rows.length),
      improved: text.count(tally.improved),
      declined: text.count(tally.declined),
      noClear: text.count(tally.noClear),
      tooFew: text.count(tally.tooFew),
      largest: tally.largest?.label ?? null,
      treated: treatedVsUntreated === undefined ? null : treatedSentence(treatedVsUntreated, text),
      roi: roi === undefined ? null : roiSentence(roi, text),
    });
  }
  const chartTitle = messages.changeTitle(changeBy);

  return (
    <section
      className={['ck-evaluation', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      dir={dir}
      data-state={state}
    >
      <Heading level={headingLevel} id={headingId} className="ck-evaluation__title">
        {title}
      </Heading>
      {description !== undefined && <p className="ck-evaluation__description">{description}</p>}
      {state !== 'ready' ? (
        <WidgetStatus
          status={status}
          empty={empty}
          messages={messages}
          errorMessage={errorMessage}
        />
      ) : (
        <>
          {summary !== '' && <p className="ck-summary">{summary}</p>}
          {rows.length > 0 && (
            <ChartFigure
              title={chartTitle}
              description={messages.method(level)}
              view={view}
              defaultView={defaultView}
              onViewChange={onViewChange}
              messages={messages}
              dir={dir}
              className="ck-evaluation__figure"
              chart={
                <ChangeChart
                  rows={rows}
                  by={changeBy}
                  text={text}
                  level={level}
                  rtl={dir === 'rtl'}
                />
              }
              table={
                <ChangeTable
                  rows={rows}
                  by={changeBy}
                  text={text}
                  level={level}
                  title={chartTitle}
                />
              }
            />
          )}
          {treatedVsUntreated !== undefined && (
            <TreatedSection result={treatedVsUntreated} text={text} level={inner} />
          )}
          {kirkpatrick !== undefined && (
            <KirkpatrickSection
              result={kirkpatrick}
              labels={indicatorLabels}
              text={text}
              level={inner}
              k={kirkpatrick.overall.learning.disclosure.k}
            />
          )}
          {roi !== undefined && <RoiSection result={roi} text={text} level={inner} />}
        </>
      )}
    </section>
  );
}
