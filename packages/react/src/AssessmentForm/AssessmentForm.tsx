import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { WidgetStatus } from '../shared/WidgetStatus.js';
import type { AssessmentFormProps } from './formProps.js';
import { defaultAssessmentFormMessages } from './messages.js';
import { QuestionnaireForm } from './QuestionnaireForm.js';

export type { AssessmentFormProps, AssessmentFormSubmission } from './formProps.js';
export type { LevelDescriptor } from './scalePoints.js';

function joinClassNames(...names: readonly (string | undefined)[]): string {
  return names.filter((name) => name !== undefined && name !== '').join(' ');
}

/**
 * An instrument as an accessible, paged questionnaire in the GOV.UK manner: a fieldset per
 * question, radios for the rating scale, importance and performance asked together, display rules
 * respected, an error summary on Next or Submit, drafts autosaved and resumed. State shows as
 * `data-state` (`loading`, `error`, `empty`, `restoring`, `editing`, `invalid`, `submitting`,
 * `submitted`), `data-page` (the page number) and `data-draft` (`idle`, `saving`, `saved`,
 * `failed`: whether the latest answers are stored) on the root.
 */
export function AssessmentForm({
  instrument,
  status = 'ready',
  errorMessage,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
  ...rest
}: AssessmentFormProps) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('AssessmentForm', defaultAssessmentFormMessages, messageOverrides);
  const rootClassName = joinClassNames('ck-assessment-form', className);

  if (status !== 'ready' || instrument === undefined) {
    const shown = status === 'error' ? 'error' : 'loading';
    return (
      <div
        className={rootClassName}
        dir={dir}
        data-state={shown}
        aria-busy={shown === 'loading' || undefined}
      >
        <WidgetStatus status={shown} messages={messages} errorMessage={errorMessage} />
      </div>
    );
  }
  return (
    <QuestionnaireForm
      // Another instrument is another questionnaire: start again, and read its own draft.
      key={instrument.id}
      {...rest}
      instrument={instrument}
      locale={locale}
      dir={dir}
      messages={messages}
      className={rootClassName}
    />
  );
}
