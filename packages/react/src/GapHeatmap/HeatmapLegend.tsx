import type { HeatmapViewProps } from './heatmapView.js';

/** Key entries for the kinds of cell other than values, when the heatmap has any. */
export function CellKindKey({
  kinds,
  k,
  messages,
}: Pick<HeatmapViewProps, 'kinds' | 'k' | 'messages'>) {
  const entries = [
    ['withheld', messages.withheldKey(k)],
    ['empty', messages.noDataKey],
    ['unset', messages.notSetKey],
  ] as const;
  if (!entries.some(([kind]) => kinds.has(kind))) return null;
  return (
    <ul className="ck-gap-heatmap__keys">
      {entries.map(
        ([kind, text]) =>
          kinds.has(kind) && (
            <li key={kind} className="ck-gap-heatmap__key">
              <span className="ck-gap-heatmap__swatch" data-state={kind} aria-hidden="true" />
              {text}
            </li>
          ),
      )}
    </ul>
  );
}

/**
 * The heatmap's key: the colour bands from the smallest need (lightest) to the largest
 * (darkest), in the order of the scale, then the kinds of cell that carry no value.
 */
export function HeatmapLegend({
  bandLabels,
  kinds,
  k,
  measure,
  messages,
}: Pick<HeatmapViewProps, 'kinds' | 'k' | 'measure' | 'messages'> & {
  /** One label per band, lowest first, e.g. "0.0 to 0.6". */
  readonly bandLabels: readonly string[];
}) {
  return (
    <div className="ck-gap-heatmap__legend">
      <p className="ck-gap-heatmap__legend-title">{`${messages.legend}: ${messages[measure]}`}</p>
      <ol className="ck-gap-heatmap__bands">
        {bandLabels.map((label, band) => (
          <li key={band} className="ck-gap-heatmap__key">
            <span className="ck-gap-heatmap__swatch" data-band={band} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ol>
      <CellKindKey kinds={kinds} k={k} messages={messages} />
    </div>
  );
}
