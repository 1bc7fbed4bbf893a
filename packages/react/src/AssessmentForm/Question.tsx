import { memo } from 'react';
import { PairedQuestion } from './PairedQuestion.js';
import type { QuestionProps } from './questionParts.js';
import { RatingQuestion } from './RatingQuestion.js';

/**
 * One question in the item's format. Memoised: answering one question re-renders that question
 * only, since the form keeps every other prop of every other question referentially stable.
 */
export const Question = memo(function Question(props: QuestionProps) {
  switch (props.item.format) {
    case 'rating':
      return <RatingQuestion {...props} />;
    case 'importancePerformance':
      return <PairedQuestion {...props} />;
    default:
      return props.item.format satisfies never;
  }
});
