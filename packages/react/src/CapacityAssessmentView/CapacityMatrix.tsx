import type { CapacityAssessment } from '@capkit/model';
import type { CapacityLevels, UndpRollUp } from '@capkit/scoring/undp';
import { useId, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { gridMove, type GridPosition } from '../shared/rovingFocus.js';
import { coreIssues, pointsOfEntry } from '@capkit/model/vocabulary';
import { shareOfRange, type CrossSectionView } from './capacityGaps.js';
import type { CapacityText } from './capacityText.js';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * Existing capacity as a bar on the rating range and the shortfall to desired as a hatched
 * stretch after it: a picture of the figures written beside it, so hidden from screen readers.
 * Inline-start based, so it mirrors right to left by itself.
 */
export function CapacityMeter({
  levels,
  range,
}: {
  readonly levels: CapacityLevels | undefined;
  readonly range: CapacityAssessment['ratingRange'];
}) {
  if (typeof levels?.desired !== 'number' || typeof levels.existing !== 'number') return null;
  const existing = shareOfRange(levels.existing, range);
  const desired = shareOfRange(levels.desired, range);
  return (
    <span
      className="ck-capacity__meter"
      aria-hidden="true"
      style={
        {
          '--ck-capacity-existing': percent(existing),
          '--ck-capacity-desired': percent(desired),
          '--ck-capacity-shortfall': percent(Math.max(0, desired - existing)),
        } as CSSProperties
      }
    >
      <span className="ck-capacity__existing" />
      <span className="ck-capacity__shortfall" />
      <span className="ck-capacity__desired" />
    </span>
  );
}

/** A margin's gap for a header ("Gap 1.8"), or nothing when it has none. */
function MarginGap({ levels, text }: { levels: CapacityLevels | undefined; text: CapacityText }) {
  if (typeof levels?.gap !== 'number') return null;
  return <span className="ck-capacity__margin">{text.messages.gap(text.rating(levels.gap))}</span>;
}

/** Props of {@link CapacityMatrix}. */
export interface CapacityMatrixProps {
  readonly title: string;
  /** Cross-sections, core issue by core issue, point of entry by point of entry. */
  readonly views: readonly CrossSectionView[];
  readonly rollUp: UndpRollUp;
  readonly range: CapacityAssessment['ratingRange'];
  readonly text: CapacityText;
  /** The tab stop: row (core issue) and column (point of entry). */
  readonly active: GridPosition;
  /** Moves the tab stop; `focus` when DOM focus should follow. */
  readonly onActiveChange: (position: GridPosition, focus: boolean) => void;
  /** Drills down into a cross-section. */
  readonly onOpen: (key: string) => void;
  readonly containerRef: RefObject<HTMLDivElement | null>;
  readonly rtl: boolean;
}

/** Row and column of the cross-section cell an event came from. */
function positionOf(target: EventTarget): GridPosition | undefined {
  if (!(target instanceof Element)) return undefined;
  const cell = target.closest<HTMLElement>('[data-row]');
  if (cell === null) return undefined;
  return { row: Number(cell.dataset.row), column: Number(cell.dataset.column) };
}

/**
 * The cross-sections as a WAI-ARIA grid: core issues down, points of entry across, each
 * margin's gap in its header. One tab stop moved by the arrow keys (the shared roving focus);
 * Enter, Space or a click drills down into a cross-section. Each cell says its gap in words,
 * in figures and as a pattern, never by colour alone.
 */
export function CapacityMatrix({
  title,
  views,
  rollUp,
  range,
  text,
  active,
  onActiveChange,
  onOpen,
  containerRef,
  rtl,
}: CapacityMatrixProps) {
  const { messages } = text;
  const helpId = `${useId()}-help`;
  const size = { rows: coreIssues.length, columns: pointsOfEntry.length };
  const viewAt = ({ row, column }: GridPosition) => views[row * size.columns + column];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      const view = viewAt(active);
      if (view === undefined) return;
      event.preventDefault();
      onOpen(view.key);
      return;
    }
    // Page Up and Page Down are left to the page: four rows need no paging.
    const next = gridMove(event.key, event, active, size, { rtl, pageRows: 0 });
    if (next === undefined) return;
    event.preventDefault();
    onActiveChange(next, true);
  };

  return (
    <div className="ck-capacity__matrix-view">
      <p id={helpId} className="ck-capacity__help">
        {messages.matrixHelp}
      </p>
      <div
        ref={containerRef}
        role="grid"
        className="ck-capacity__matrix"
        aria-label={title}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const position = positionOf(event.target);
          if (position !== undefined) onActiveChange(position, false);
        }}
        onClick={(event) => {
          const position = positionOf(event.target);
          const view = position === undefined ? undefined : viewAt(position);
          if (position === undefined || view === undefined) return;
          onActiveChange(position, false);
          onOpen(view.key);
        }}
      >
        <div role="rowgroup" className="ck-capacity__head">
          <div role="row" className="ck-capacity__row">
            <div role="columnheader" className="ck-capacity__corner">
              {messages.coreIssueHeading}
            </div>
            {pointsOfEntry.map((pointOfEntry) => (
              <div key={pointOfEntry} role="columnheader">
                {messages.pointOfEntry[pointOfEntry]}
                <MarginGap levels={rollUp.byPointOfEntry.get(pointOfEntry)} text={text} />
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup">
          {coreIssues.map((coreIssue, row) => (
            <div key={coreIssue} role="row" className="ck-capacity__row">
              <div role="rowheader" className="ck-capacity__issue">
                {messages.coreIssue[coreIssue]}
                <MarginGap levels={rollUp.byCoreIssue.get(coreIssue)} text={text} />
              </div>
              {pointsOfEntry.map((pointOfEntry, column) => {
                const view = viewAt({ row, column });
                if (view === undefined) return null;
                const figures = text.levels(view.levels);
                const gap = view.levels?.gap;
                return (
                  <div
                    key={pointOfEntry}
                    role="gridcell"
                    className="ck-capacity__cell"
                    tabIndex={active.row === row && active.column === column ? 0 : -1}
                    data-row={row}
                    data-column={column}
                    data-capacity-key={view.key}
                    data-severity={view.severity}
                  >
                    {/* The column's name, for the stacked narrow layout; the header says it. */}
                    <span className="ck-capacity__entry" aria-hidden="true">
                      {messages.pointOfEntry[pointOfEntry]}
                    </span>
                    <span className="ck-capacity__severity">
                      {messages.severity[view.severity]}
                    </span>
                    {typeof gap === 'number' && (
                      <span className="ck-capacity__gap">{messages.gap(text.rating(gap))}</span>
                    )}
                    {figures !== null && <span className="ck-capacity__figures">{figures}</span>}
                    <CapacityMeter levels={view.levels} range={range} />
                    {view.questions > 0 && (
                      <span className="ck-capacity__count">
                        {messages.questions(text.count(view.questions))}
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
