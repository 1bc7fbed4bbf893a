import type { Crosshairs } from '@capkit/scoring/tna';
import { pointRadius } from './matrixLayout.js';
import type { PriorityMatrixMessages } from './messages.js';

/** The key under the chart: the two kinds of point and the cross-hair lines. */
export function MatrixLegend({
  crosshairs,
  messages,
}: {
  readonly crosshairs: Crosshairs;
  readonly messages: PriorityMatrixMessages;
}) {
  return (
    <ul className="ck-priority-matrix__legend" aria-hidden="true">
      <li data-quadrant="concentrateHere">
        <svg width="16" height="16">
          <circle className="ck-priority-matrix__marker" cx={8} cy={8} r={pointRadius} />
        </svg>
        {messages.concentrateHere}
      </li>
      <li>
        <svg width="16" height="16">
          <circle className="ck-priority-matrix__marker" cx={8} cy={8} r={pointRadius} />
        </svg>
        {messages.otherQuadrants}
      </li>
      <li>
        <svg width="24" height="16" className="ck-priority-matrix__crosshair">
          <line x1={0} x2={24} y1={8} y2={8} />
        </svg>
        {messages.crosshairsLegend(crosshairs)}
      </li>
    </ul>
  );
}
