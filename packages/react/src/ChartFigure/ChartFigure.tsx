import { useId, useState, type ReactNode } from 'react';

/** Which view of a chart is shown. */
export type ChartView = 'chart' | 'table';

/** Props of {@link ChartFigure}. */
export interface ChartFigureProps {
  /** Title of the figure; also the chart's accessible name. */
  readonly title: string;
  /** What the chart shows, in a sentence or two. */
  readonly description?: string;
  /** The picture: an SVG with `role="img"` and an `aria-label` summary. */
  readonly chart: ReactNode;
  /** The same values as a table: never only in the picture. */
  readonly table: ReactNode;
  /** Controlled view. */
  readonly view?: ChartView;
  /**
   * Initial view when uncontrolled.
   * @default 'chart'
   */
  readonly defaultView?: ChartView;
  /** Called when the reader switches view. */
  readonly onViewChange?: (view: ChartView) => void;
  /** Labels of the two view buttons. */
  readonly viewLabels?: { readonly chart: string; readonly table: string; readonly group: string };
  /** Text direction of the figure. */
  readonly dir?: 'ltr' | 'rtl';
  /** Extra class name on the `<figure>`. */
  readonly className?: string;
  /** Shown instead of chart and table, e.g. an empty or loading message. */
  readonly status?: ReactNode;
  /** `data-state` of the figure, for styling. @default 'ready' */
  readonly state?: string;
}

/**
 * The frame of every capkit chart: a `<figure>` titled and described, with a two-button switch
 * between the chart and a table of the same values (the switch state is `data-view`).
 */
export function ChartFigure({
  title,
  description,
  chart,
  table,
  view: controlledView,
  defaultView = 'chart',
  onViewChange,
  viewLabels = { chart: 'Chart', table: 'Table', group: 'View as' },
  dir,
  className,
  status,
  state = 'ready',
}: ChartFigureProps) {
  const id = useId();
  const [uncontrolledView, setUncontrolledView] = useState<ChartView>(defaultView);
  const view = controlledView ?? uncontrolledView;
  const choose = (next: ChartView) => {
    if (controlledView === undefined) setUncontrolledView(next);
    onViewChange?.(next);
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
          <div className="ck-figure__views" role="group" aria-label={viewLabels.group}>
            {(['chart', 'table'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="ck-figure__view-button"
                aria-pressed={view === option}
                onClick={() => choose(option)}
              >
                {viewLabels[option]}
              </button>
            ))}
          </div>
          <div className="ck-figure__body">{view === 'chart' ? chart : table}</div>
        </>
      )}
    </figure>
  );
}
