import type { BootstrapResult } from '@capkit/scoring/tna';
import { useMemo } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { ChartFigure } from '../ChartFigure/index.js';
import { localizedCount, numberFormats } from '../shared/localeFormat.js';
import { WidgetStatus, widgetState } from '../shared/WidgetStatus.js';
import type { LoadStateProps, LocaleProps, ViewProps } from '../shared/widgetProps.js';
import { defaultPriorityListMessages, type PriorityListMessages } from './messages.js';
import { PriorityChart } from './PriorityChart.js';
import { priorityFindings } from './priorityFindings.js';
import { priorityRows, type PriorityListLabel } from './priorityRows.js';
import type { PriorityText } from './priorityText.js';
import { PrioritySummary } from './PrioritySummary.js';
import { PriorityTable } from './PriorityTable.js';

export type { PriorityListLabel } from './priorityRows.js';

/** Props of {@link PriorityList}. */
export interface PriorityListProps
  extends LocaleProps<PriorityListMessages>, LoadStateProps, ViewProps {
  /** Title of the figure, also the list's accessible name. */
  readonly title: string;
  /**
   * One or two sentences on what is ranked and who answered; a sentence on the method
   * (the bootstrap method, replicates, level) is added after it.
   * @default undefined
   */
  readonly description?: string | undefined;
  /**
   * The bootstrapped Borich ranking, from `bootstrapMeanWeightedDiscrepancy` of
   * `@capkit/scoring/tna`; leave it out while it is being computed.
   * @default undefined
   */
  readonly result?: BootstrapResult | undefined;
  /** The name of each unit, in the result's index order (`result.units[u]` ↔ `labels[u]`). */
  readonly labels: readonly PriorityListLabel[];
}

/**
 * Borich training-needs ranking with bootstrap uncertainty. It opens with a sentence a director
 * can act on (what to train first, and how sure the resamples are of it); then the units (items
 * or competencies) in order of mean weighted discrepancy score, each with its percentile
 * interval drawn as an error bar and, in words, how often its rank held and how often it was in
 * the top k. Tied ranks say so. A table view gives the same values.
 */
export function PriorityList({
  title,
  description,
  result,
  labels,
  status = 'ready',
  errorMessage,
  view,
  defaultView,
  onViewChange,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: PriorityListProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('PriorityList', defaultPriorityListMessages, messageOverrides);
  const formats = numberFormats(locale);
  // Two percentages of the list's own: a level such as 97.5% keeps its decimal, and a share of
  // resamples is rounded down, so that "in every resample" (100%) is only said when it is so.
  const percents = useMemo(
    () => ({
      level: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
      share: new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 0,
        roundingMode: 'floor',
      }),
    }),
    [locale],
  );

  const by = result?.by ?? 'item';
  const rows = useMemo(
    () =>
      result === undefined
        ? []
        : priorityRows(result, labels, (unit) => ({
            id: `${by}-${String(unit + 1)}`,
            label: messages.unlabelledUnit(formats.count.format(unit + 1), by),
          })),
    [result, labels, by, messages, formats],
  );
  const scoredCount = rows.filter((row) => row.unit.meanWeightedDiscrepancy !== null).length;
  const withheldCount = rows.filter((row) => row.unit.withheld !== undefined).length;
  const empty = result === undefined || result.respondents === null || scoredCount === 0;
  const state = widgetState(status, empty);

  const text: PriorityText = {
    messages,
    by,
    score: (value) => formats.twoDecimals.format(value),
    tick: (value) => formats.tick.format(value),
    count: (value) => formats.count.format(value),
    share: (value) => (value === null ? '—' : percents.share.format(value)),
    level: percents.level.format(result?.level ?? 0.95),
    k: formats.count.format(result?.topK ?? 3),
    minimum: formats.count.format(result?.disclosure.k ?? 5),
    rank: (row) =>
      row.unit.rank === null
        ? messages.notRanked
        : messages.rank(formats.count.format(row.unit.rank), row.tied),
  };

  const method =
    result === undefined || state !== 'ready'
      ? undefined
      : messages.method({
          by,
          replicates: text.count(result.replicates),
          level: text.level,
          respondents: text.count(result.respondents ?? 0),
          k: text.k,
          ...(result.littleBootstraps === undefined
            ? {}
            : {
                littleBootstraps: {
                  subsets: text.count(result.littleBootstraps.subsets),
                  subsetSize: text.count(result.littleBootstraps.subsetSize),
                },
              }),
        });
  const fullDescription = [description, method].filter((part) => part !== undefined).join(' ');
  const frame = {
    title,
    description: fullDescription === '' ? undefined : fullDescription,
    view,
    defaultView,
    onViewChange,
    className: ['ck-priority-list', className].filter(Boolean).join(' '),
    messages,
    dir,
    state,
  };

  if (state !== 'ready' || result === undefined) {
    const statusMessages =
      withheldCount > 0 ? { ...messages, empty: messages.allWithheld(text.minimum, by) } : messages;
    return (
      <ChartFigure
        {...frame}
        chart={null}
        table={null}
        status={
          <WidgetStatus
            status={status}
            empty={empty}
            messages={statusMessages}
            errorMessage={errorMessage}
          />
        }
      />
    );
  }

  const findings = priorityFindings(rows, result.topK);
  return (
    <ChartFigure
      {...frame}
      summary={
        findings === undefined ? undefined : (
          <PrioritySummary
            findings={findings}
            by={by}
            topK={localizedCount(locale, result.topK)}
            locale={locale}
            share={(value) => percents.share.format(value)}
            messages={messages}
          />
        )
      }
      chart={<PriorityChart rows={rows} topK={result.topK} rtl={dir === 'rtl'} text={text} />}
      table={<PriorityTable title={title} rows={rows} topK={result.topK} text={text} />}
    />
  );
}
