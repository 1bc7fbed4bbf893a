import { useId, type ReactNode } from 'react';
import { useControllableState } from '../shared/useControllableState.js';
import {
  defaultViewSwitchMessages,
  type ChartView,
  type ViewProps,
  type ViewSwitchMessages,
} from '../shared/widgetProps.js';

export type { ChartView } from '../shared/widgetProps.js';

/** Props of {@link ChartFigure}. */
export interface ChartFigureProps extends ViewProps {
  /** Title of the figure; also the chart's accessible name. */
  readonly title: string;
  /** What the chart shows, in a sentence or two. */
  readonly description?: string | undefined;
  /**
   * The plain-words finding a reader can act on, shown first, above the view switch, in both
   * views: e.g. "Train first in data protection: it leads in every resample."
   */
  readonly summary?: ReactNode;
  /** The picture: an SVG with `role="img"` and an `aria-label` summary. */
  readonly chart: ReactNode;
  /** The same values as a table: never only in the picture. */
  readonly table: ReactNode;
  /** Labels of the view switch. */
  readonly messages?: Partial<ViewSwitchMessages> | undefined;
  /** Text direction of the figure. */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** Extra class name on the `<figure>`. */
  readonly className?: string | undefined;
  /** Shown instead of chart and table, e.g. a {@link WidgetStatus}. */
  readonly status?: ReactNode;
  /**
   * `data-state` of the figure, for styling.
   * @default 'ready'
   */
  readonly state?: 'ready' | 'loading' | 'error' | 'empty' | undefined;
}

/**
 * The frame of every capkit chart: a `<figure>` titled and described, its plain-words summary
 * first, then a two-button switch between the chart and a table of the same values (the switch
 * state is `data-view`).
 */
export function ChartFigure({
  title,
  description,
  summary,
  chart,
  table,
  view: controlledView,
  defaultView = 'chart',
  onViewChange,
  messages,
  dir,
  className,
  status,
  state = 'ready',
}: ChartFigureProps) {
  const id = useId();
  const [view, setView] = useControllableState({
    value: controlledView,
    defaultValue: defaultView,
    onChange: onViewChange,
    name: 'ChartFigure view',
  });
  const labels = { ...defaultViewSwitchMessages, ...messages };
  const switchLabels: Record<ChartView, string> = {
    chart: labels.viewChart,
    table: labels.viewTable,
  };
  return (
    <figure
      className={['ck-figure', className].filter(Boolean).join(' ')}
      dir={dir}
      aria-labelledby={`${id}-title`}
      aria-describedby={description === undefined ? undefined : `${id}-description`}
      data-view={view}
      data-state={state}
    >
      <figcaption className="ck-figure__caption">
        <span id={`${id}-title`} className="ck-figure__title">
          {title}
        </span>
        {description !== undefined && (
          <span id={`${id}-description`} className="ck-figure__description">
            {description}
          </span>
        )}
      </figcaption>
      {status ?? (
        <>
          {summary !== undefined && summary !== null && (
            <div className="ck-summary ck-figure__summary">{summary}</div>
          )}
          <div className="ck-figure__views" role="group" aria-label={labels.viewGroup}>
            {(['chart', 'table'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="ck-figure__view-button"
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {switchLabels[option]}
              </button>
            ))}
          </div>
          <div className="ck-figure__body">{view === 'chart' ? chart : table}</div>
        </>
      )}
    </figure>
  );
}
