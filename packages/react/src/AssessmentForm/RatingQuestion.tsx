import {
  ClearAnswerButton,
  describedBy,
  ErrorMessage,
  issueMessage,
  QuestionHint,
  QuestionLegend,
  questionIds,
  type QuestionProps,
} from './questionParts.js';
import { radioId, ScaleRadios } from './ScaleRadios.js';

/**
 * A `rating` item: one fieldset whose legend is the prompt, a radio per scale point and, where
 * the scale allows it, "Not applicable" after an "or" divider.
 */
export function RatingQuestion({
  item,
  number,
  answer,
  issue,
  points,
  allowNotApplicable,
  formId,
  locale,
  messages,
  onAnswer,
}: QuestionProps) {
  const ids = questionIds(formId, item.id);
  const value = answer?.kind === 'rating' ? answer.value : null;
  const notApplicable = answer?.kind === 'notApplicable';
  const firstValue = points[0]?.value ?? 0;
  return (
    <div
      className={`ck-assessment-form__question${issue === undefined ? '' : ' ck-assessment-form__question--error'}`}
      data-item-id={item.id}
      data-state={notApplicable ? 'not-applicable' : value === null ? 'unanswered' : 'answered'}
      data-invalid={issue === undefined ? undefined : ''}
    >
      <fieldset
        id={ids.fieldset}
        className="ck-assessment-form__fieldset"
        aria-describedby={describedBy(item.hint !== undefined && ids.hint, issue && ids.error)}
      >
        <QuestionLegend item={item} number={number} locale={locale} messages={messages} />
        <QuestionHint id={ids.hint} item={item} locale={locale} />
        {issue !== undefined && (
          <ErrorMessage
            id={ids.error}
            text={issueMessage(issue, number, allowNotApplicable, messages)}
            prefix={messages.errorPrefix}
          />
        )}
        <ScaleRadios
          name={ids.rating}
          idPrefix={ids.rating}
          points={points}
          selected={value}
          onSelect={(selected) => onAnswer(item, { kind: 'rating', value: selected })}
          {...(allowNotApplicable && {
            notApplicable: {
              label: messages.notApplicable,
              divider: messages.or,
              selected: notApplicable,
              onSelect: () => onAnswer(item, { kind: 'notApplicable', selected: true }),
            },
          })}
        />
        {answer !== undefined && (
          <ClearAnswerButton
            number={number}
            messages={messages}
            focusId={radioId(ids.rating, firstValue)}
            onClear={() => onAnswer(item, { kind: 'clear' })}
          />
        )}
      </fieldset>
    </div>
  );
}
