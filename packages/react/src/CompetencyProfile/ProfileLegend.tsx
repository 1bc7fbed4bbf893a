import { useId } from 'react';
import type { CompetencyProfileMessages } from './messages.js';
import { diamond } from './profileLayout.js';
import type { ProfileRow } from './profileRows.js';
import { noScoreText } from './profileSummary.js';

/** How the chart draws the profile: a radar (spider) chart or horizontal bars. */
export type CompetencyProfileForm = 'radar' | 'bars';

/** Key to the two series, drawn with the same strokes and markers as the chart. */
export function ProfileLegend({
  form,
  messages,
}: {
  readonly form: CompetencyProfileForm;
  readonly messages: CompetencyProfileMessages;
}) {
  // Hidden from screen readers: the chart's own description already names both series.
  return (
    <ul className="ck-competency-profile__legend" aria-hidden="true">
      <li>
        <svg className="ck-competency-profile__swatch" viewBox="0 0 32 16" focusable="false">
          {form === 'radar' ? (
            <>
              <line className="ck-competency-profile__score-line" x1={2} y1={8} x2={30} y2={8} />
              <circle className="ck-competency-profile__score-marker" cx={16} cy={8} r={4.5} />
            </>
          ) : (
            <rect className="ck-competency-profile__bar" x={2} y={3} width={28} height={10} />
          )}
        </svg>
        {messages.score}
      </li>
      <li>
        <svg className="ck-competency-profile__swatch" viewBox="0 0 32 16" focusable="false">
          <line className="ck-competency-profile__required-line" x1={2} y1={8} x2={30} y2={8} />
          <path className="ck-competency-profile__required-marker" d={diamond(16, 8, 6)} />
        </svg>
        {messages.requiredLevel}
      </li>
    </ul>
  );
}

/** Names the numbered radar axes; shown with the narrow radar, and the wide one when numbered. */
export function AxisKey({
  rows,
  messages,
  always,
}: {
  readonly rows: readonly ProfileRow[];
  readonly messages: CompetencyProfileMessages;
  readonly always: boolean;
}) {
  const keyId = useId();
  return (
    <div className="ck-competency-profile__axis-key" data-always={always}>
      <p id={keyId} className="ck-competency-profile__axis-key-title">
        {messages.axisKey}
      </p>
      <ol aria-labelledby={keyId}>
        {rows.map((row) => (
          <li key={row.datum.id} data-state={row.datum.score === null ? 'no-score' : undefined}>
            {row.datum.label}
            {row.datum.score === null && ` (${noScoreText(row, messages)})`}
          </li>
        ))}
      </ol>
    </div>
  );
}
