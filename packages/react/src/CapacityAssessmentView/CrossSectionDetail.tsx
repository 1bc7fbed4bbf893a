import type { CapacityAssessment } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import type { UndpRollUp } from '@capkit/scoring/undp';
import { createElement, useEffect, useRef, type ReactNode, type Ref } from 'react';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import {
  crossSectionDetail,
  capacityGapSeverity,
  capacityQuestionGap,
  type CrossSectionView,
  type CapacityGapBands,
} from './capacityGaps.js';
import { CapacityMeter } from './CapacityMatrix.js';
import type { CapacityText } from './capacityText.js';

/** A heading of the given level (capped at 6), made without a component per render. */
function Heading({
  level,
  className,
  headingRef,
  children,
}: {
  readonly level: number;
  readonly className: string;
  readonly headingRef?: Ref<HTMLHeadingElement> | undefined;
  readonly children: ReactNode;
}) {
  const tag = headingTag(Math.min(level, 6) as HeadingLevel);
  return createElement(
    tag,
    headingRef === undefined ? { className } : { className, ref: headingRef, tabIndex: -1 },
    children,
  );
}

/** Props of {@link CrossSectionDetail}. */
export interface CrossSectionDetailProps {
  readonly view: CrossSectionView;
  readonly assessment: CapacityAssessment;
  readonly rollUp: UndpRollUp;
  readonly bands: CapacityGapBands;
  readonly text: CapacityText;
  readonly locale: string;
  readonly headingLevel: HeadingLevel;
  /** Back to the matrix or table the reader came from. */
  readonly onBack: () => void;
  /**
   * Whether the reader opened it (then focus moves to its heading); not when the app renders
   * the widget drilled down, so that a page never has its focus taken on load.
   */
  readonly focusHeading: boolean;
}

/**
 * One cross-section down to its questions: its gap in words, then each functional capacity
 * asked about with its cell's levels (the engine's means) and its questions as rated, with the
 * evidence they rest on. Focus moves to its heading when the reader opens it; the back button or Escape
 * returns.
 */
export function CrossSectionDetail({
  view,
  assessment,
  rollUp,
  bands,
  text,
  locale,
  headingLevel,
  onBack,
  focusHeading,
}: CrossSectionDetailProps) {
  const { messages } = text;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [view.key, focusHeading]);
  const { assessed, unassessed } = crossSectionDetail(assessment, rollUp, view.key, bands);
  const span = assessment.ratingRange.max - assessment.ratingRange.min;
  const gap = view.levels?.gap;
  const figures = [
    typeof gap === 'number' ? messages.gap(text.rating(gap)) : null,
    text.levels(view.levels),
  ]
    .filter((part) => part !== null)
    .join(' · ');

  return (
    <div
      className="ck-capacity__detail"
      data-severity={view.severity}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onBack();
      }}
    >
      <button type="button" className="ck-capacity__back" onClick={onBack}>
        <span aria-hidden="true" className="ck-capacity__back-mark">
          ←
        </span>{' '}
        {messages.back}
      </button>
      <Heading level={headingLevel} headingRef={headingRef} className="ck-capacity__detail-title">
        {text.crossSection(view.pointOfEntry, view.coreIssue)}
      </Heading>
      <p className="ck-capacity__detail-summary">
        {messages.detailSummary(
          view.severity,
          figures,
          text.count(assessed.length),
          text.count(view.questions),
        )}
      </p>
      {assessed.map(({ functionalCapacity, levels, severity, questions }) => {
        const name = messages.functionalCapacity[functionalCapacity];
        const cellGap = levels.gap;
        return (
          <section
            key={functionalCapacity}
            className="ck-capacity__capacity"
            data-severity={severity}
          >
            <Heading level={headingLevel + 1} className="ck-capacity__capacity-title">
              {name}
            </Heading>
            <p className="ck-capacity__capacity-levels">
              <span className="ck-capacity__severity">{messages.severity[severity]}</span>{' '}
              {[
                typeof cellGap === 'number' ? messages.gap(text.rating(cellGap)) : null,
                text.levels(levels),
              ]
                .filter((part) => part !== null)
                .join(' · ')}
            </p>
            <CapacityMeter levels={levels} range={assessment.ratingRange} />
            <ul className="ck-capacity__questions" aria-label={messages.questionList(name)}>
              {questions.map((question) => {
                const wording = resolveLocalizedText(question.question, [locale]);
                const own = capacityQuestionGap(question);
                return (
                  <li key={question.id}>
                    <p lang={wording.lang} className="ck-capacity__question">
                      {wording.text}
                    </p>
                    <p className="ck-capacity__ratings">
                      {messages.questionRatings(
                        question.desired === undefined ? null : text.rating(question.desired),
                        question.existing === undefined ? null : text.rating(question.existing),
                        capacityGapSeverity(own, span, bands),
                        own === null ? null : text.rating(own),
                      )}
                    </p>
                    {question.evidence !== undefined && question.evidence.length > 0 && (
                      <p className="ck-capacity__evidence">
                        {messages.evidence(question.evidence)}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {assessed.length > 0 && unassessed.length > 0 && (
        <p className="ck-capacity__unassessed">
          {messages.unassessedCapacities(
            unassessed.map((capacity) => messages.functionalCapacity[capacity]),
          )}
        </p>
      )}
    </div>
  );
}
