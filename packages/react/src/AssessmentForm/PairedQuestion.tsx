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
 * An `importancePerformance` item: one fieldset whose legend is the prompt, holding two radio
 * groups, each a fieldset of its own ("Importance to the job", "How well it is done today"), and
 * a "Not applicable" checkbox for the whole item where the scale allows it.
 */
export function PairedQuestion({
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
  const pair = answer?.kind === 'importancePerformance' ? answer : undefined;
  const importance = pair?.importance ?? null;
  const performance = pair?.performance ?? null;
  const notApplicable = answer?.kind === 'notApplicable';
  const firstValue = points[0]?.value ?? 0;
  const message =
    issue === undefined ? undefined : issueMessage(issue, number, allowNotApplicable, messages);
  const state = notApplicable
    ? 'not-applicable'
    : importance !== null && performance !== null
      ? 'answered'
      : importance !== null || performance !== null
        ? 'partial'
        : 'unanswered';
  return (
    <div
      className={`ck-assessment-form__question${issue === undefined ? '' : ' ck-assessment-form__question--error'}`}
      data-item-id={item.id}
      data-state={state}
      data-invalid={issue === undefined ? undefined : ''}
    >
      <fieldset
        id={ids.fieldset}
        className="ck-assessment-form__fieldset"
        aria-describedby={describedBy(
          item.hint !== undefined && ids.hint,
          issue?.code === 'pairRequired' && ids.error,
        )}
      >
        <QuestionLegend item={item} number={number} locale={locale} messages={messages} />
        <QuestionHint id={ids.hint} item={item} locale={locale} />
        {issue?.code === 'pairRequired' && message !== undefined && (
          <ErrorMessage id={ids.error} text={message} prefix={messages.errorPrefix} />
        )}
        <div className="ck-assessment-form__pair">
          <fieldset
            className="ck-assessment-form__fieldset ck-assessment-form__fieldset--part"
            aria-describedby={describedBy(
              issue?.code === 'importanceRequired' && ids.importanceError,
            )}
          >
            <legend className="ck-assessment-form__part-legend">{messages.importance}</legend>
            {issue?.code === 'importanceRequired' && message !== undefined && (
              <ErrorMessage id={ids.importanceError} text={message} prefix={messages.errorPrefix} />
            )}
            <ScaleRadios
              name={ids.importance}
              idPrefix={ids.importance}
              points={points}
              selected={importance}
              onSelect={(value) => onAnswer(item, { kind: 'importance', value })}
            />
          </fieldset>
          <fieldset
            className="ck-assessment-form__fieldset ck-assessment-form__fieldset--part"
            aria-describedby={describedBy(
              issue?.code === 'performanceRequired' && ids.performanceError,
            )}
          >
            <legend className="ck-assessment-form__part-legend">{messages.performance}</legend>
            {issue?.code === 'performanceRequired' && message !== undefined && (
              <ErrorMessage
                id={ids.performanceError}
                text={message}
                prefix={messages.errorPrefix}
              />
            )}
            <ScaleRadios
              name={ids.performance}
              idPrefix={ids.performance}
              points={points}
              selected={performance}
              onSelect={(value) => onAnswer(item, { kind: 'performance', value })}
            />
          </fieldset>
        </div>
        {allowNotApplicable && (
          <div className="ck-assessment-form__checkbox">
            <input
              className="ck-assessment-form__checkbox-input"
              type="checkbox"
              id={ids.notApplicable}
              checked={notApplicable}
              onChange={(event) =>
                onAnswer(item, { kind: 'notApplicable', selected: event.currentTarget.checked })
              }
            />
            <label className="ck-assessment-form__radio-label" htmlFor={ids.notApplicable}>
              {messages.notApplicable}
            </label>
          </div>
        )}
        {answer !== undefined && (
          <ClearAnswerButton
            number={number}
            messages={messages}
            focusId={radioId(ids.importance, firstValue)}
            onClear={() => onAnswer(item, { kind: 'clear' })}
          />
        )}
      </fieldset>
    </div>
  );
}
