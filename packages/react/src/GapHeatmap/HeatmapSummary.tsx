import { useMemo } from 'react';
import { localizedCount } from '../shared/localeFormat.js';
import { heatmapFindings } from './heatmapFindings.js';
import type { HeatmapViewProps } from './heatmapView.js';

/**
 * The heatmap's plain words, first in both views: where the largest need is (a competency and
 * the units where it is largest, never a withheld one), then how many units have withheld
 * results. Every word comes from the messages.
 */
export function HeatmapSummary({
  cells,
  units,
  competencies,
  measure,
  messages,
  locale,
}: Pick<HeatmapViewProps, 'cells' | 'units' | 'competencies' | 'measure' | 'messages'> & {
  readonly locale: string;
}) {
  const findings = useMemo(
    () => heatmapFindings(cells, units.length, competencies.length),
    [cells, units.length, competencies.length],
  );
  const { largest, anyValue, withheldUnits } = findings;
  let first: string;
  if (largest !== null) {
    const named = largest.units.map((unit) => units[unit] ?? '');
    first = messages.summaryLargest({
      measure,
      competency: competencies[largest.competency] ?? '',
      units: new Intl.ListFormat(locale, { type: 'conjunction' }).format(named),
      unitCount: localizedCount(locale, named.length),
    });
  } else {
    first = anyValue ? messages.summaryNoNeed(measure) : messages.summaryNothingPublished;
  }
  return (
    <p className="ck-gap-heatmap__summary">
      {first}
      {withheldUnits > 0 && ` ${messages.summaryWithheld(localizedCount(locale, withheldUnits))}`}
    </p>
  );
}
