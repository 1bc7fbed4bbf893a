import { useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import type { CrossSectionView } from './capacityGaps.js';
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
