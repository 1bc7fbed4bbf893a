import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { coreIssues, functionalCapacities, pointsOfEntry } from '@capkit/model/vocabulary';
import type { UndpRollUp } from '@capkit/scoring/undp';
import {
  capacityGapSeverity,
  type CrossSectionView,
  type CapacityGapBands,
} from './capacityGaps.js';
import type { CapacityText } from './capacityText.js';

/** Props of {@link CapacityTable}. */
export interface CapacityTableProps {
  readonly title: string;
  readonly views: readonly CrossSectionView[];
  readonly text: CapacityText;
  /** Drills down into a cross-section. */
  readonly onOpen: (key: string) => void;
}

/**
 * The matrix's table alternative: one row per cross-section, in the matrix's order, with the
 * engine's desired, existing and gap, the gap in words and the number of questions, whose
 * button drills down as Enter does in the matrix. Scrolls in its own named region where it
 * does not fit.
 */
export function CapacityTable({ title, views, text, onOpen }: CapacityTableProps) {
  const { messages } = text;
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  return (
    <div
      ref={scrollRef}
      className="ck-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-capacity__table">
        <caption id={captionId}>{messages.tableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.coreIssueHeading}</th>
            <th scope="col">{messages.pointOfEntryHeading}</th>
            <th scope="col" data-numeric="">
              {messages.desiredHeading}
            </th>
            <th scope="col" data-numeric="">
              {messages.existingHeading}
            </th>
            <th scope="col" data-numeric="">
              {messages.gapHeading}
            </th>
            <th scope="col">{messages.readingHeading}</th>
            <th scope="col">{messages.questionsHeading}</th>
          </tr>
        </thead>
        <tbody>
          {views.map((view) => (
            <tr key={view.key} data-severity={view.severity}>
              <th scope="row">{messages.coreIssue[view.coreIssue]}</th>
              <td>{messages.pointOfEntry[view.pointOfEntry]}</td>
              <td data-numeric="">
                {view.levels === undefined ? '' : text.rating(view.levels.desired)}
              </td>
              <td data-numeric="">
                {view.levels === undefined ? '' : text.rating(view.levels.existing)}
              </td>
              <td data-numeric="">
                {view.levels === undefined ? '' : text.rating(view.levels.gap)}
              </td>
              <td className="ck-capacity__reading">{messages.severity[view.severity]}</td>
              <td>
                {view.questions === 0 ? (
                  text.count(0).text
                ) : (
                  <button
                    type="button"
                    className="ck-capacity__open"
                    data-capacity-key={view.key}
                    onClick={() => onOpen(view.key)}
                  >
                    {messages.questions(text.count(view.questions))}
                    {/* Visible text first in the name (WCAG 2.5.3), then which cross-section. */}
                    <span className="ck-visually-hidden">
                      {messages.showQuestions(text.crossSection(view.pointOfEntry, view.coreIssue))}
                    </span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Props of {@link MarginsTable}. */
export interface MarginsTableProps {
  readonly rollUp: UndpRollUp;
  /** The rating range's span (max − min), for the gap readings. */
  readonly span: number;
  readonly bands: CapacityGapBands;
  readonly text: CapacityText;
}

/**
 * The roll-up's margins as a table: per point of entry, core issue and functional capacity,
 * over all its questions (the engine's means), each gap worded as in the matrix.
 */
export function MarginsTable({ rollUp, span, bands, text }: MarginsTableProps) {
  const { messages } = text;
  const captionId = `${useId()}-caption`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const groups = [
    [
      messages.pointOfEntryHeading,
      pointsOfEntry.map(
        (id) => [messages.pointOfEntry[id], rollUp.byPointOfEntry.get(id)] as const,
      ),
    ],
    [
      messages.coreIssueHeading,
      coreIssues.map((id) => [messages.coreIssue[id], rollUp.byCoreIssue.get(id)] as const),
    ],
    [
      messages.functionalCapacityHeading,
      functionalCapacities.map(
        (id) => [messages.functionalCapacity[id], rollUp.byFunctionalCapacity.get(id)] as const,
      ),
    ],
  ] as const;
  return (
    <div
      ref={scrollRef}
      className="ck-scroll ck-capacity__margins"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="ck-table ck-capacity__table">
        <caption id={captionId}>{messages.marginsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.dimensionHeading}</th>
            <th scope="col" data-numeric="">
              {messages.desiredHeading}
            </th>
            <th scope="col" data-numeric="">
              {messages.existingHeading}
            </th>
            <th scope="col" data-numeric="">
              {messages.gapHeading}
            </th>
            <th scope="col">{messages.readingHeading}</th>
          </tr>
        </thead>
        {groups.map(([heading, rows]) => (
          <tbody key={heading}>
            <tr>
              <th scope="colgroup" colSpan={5}>
                {heading}
              </th>
            </tr>
            {rows.map(([name, levels]) => {
              const severity = capacityGapSeverity(
                levels === undefined ? undefined : levels.gap,
                span,
                bands,
              );
              return (
                <tr key={name} data-severity={severity}>
                  <th scope="row">{name}</th>
                  <td data-numeric="">{levels === undefined ? '' : text.rating(levels.desired)}</td>
                  <td data-numeric="">
                    {levels === undefined ? '' : text.rating(levels.existing)}
                  </td>
                  <td data-numeric="">{levels === undefined ? '' : text.rating(levels.gap)}</td>
                  <td className="ck-capacity__reading">{messages.severity[severity]}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
