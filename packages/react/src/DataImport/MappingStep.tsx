import { useId, type SyntheticEvent } from 'react';
import { describeIssue } from './issueText.js';
import { targetKey, type ChoiceProblem, type ColumnChoices } from './importMapping.js';
import type { ImportIssue, ImportMode, ImportPreview, ImportTarget } from './importTypes.js';
import {
  ActionButton,
  Actions,
  ErrorSummary,
  StepHeading,
  type ImportText,
  type SummaryItem,
} from './ImportParts.js';

/** Props of {@link MappingStep}. */
export interface MappingStepProps {
  readonly fileName: string;
  readonly preview: ImportPreview;
  readonly targets: readonly ImportTarget[];
  readonly choices: ColumnChoices;
  /** How many targets the suggestion filled. */
  readonly matched: number;
  readonly onChoose: (key: string, header: string | null) => void;
  /** The widget's own checks of the choices. */
  readonly problems: readonly ChoiceProblem[];
  /** What the app's `validateMapping` (the importer) said about the mapping. */
  readonly mappingIssues: readonly ImportIssue[];
  readonly mode: ImportMode;
  readonly onModeChange: (mode: ImportMode) => void;
  readonly onCheck: () => void;
  readonly onChooseAnother: () => void;
  readonly text: ImportText;
}

const modes: readonly ImportMode[] = ['allOrNothing', 'goodRows'];

/**
 * The suggested mapping, to check and change: one labelled select per target field (required
 * ones marked in the label, so in its accessible name too), each option a column of the file
 * with its first value as an example; then what to do if some rows are bad.
 */
export function MappingStep({
  fileName,
  preview,
  targets,
  choices,
  matched,
  onChoose,
  problems,
  mappingIssues,
  mode,
  onModeChange,
  onCheck,
  onChooseAnother,
  text,
}: MappingStepProps) {
  const id = useId();
  const { messages } = text;
  const first = preview.rows[0];
  const fieldId = (key: string) => `${id}${key}`;
  const labelOf = new Map(targets.map((target) => [targetKey(target.to), target.label]));
  const problemText = (problem: ChoiceProblem) => {
    const label = labelOf.get(problem.key) ?? problem.key;
    return problem.kind === 'missing'
      ? messages.missingColumn(label)
      : messages.chosenTwice(problem.header, label);
  };
  const summary: SummaryItem[] = [
    ...problems.map((problem) => ({ text: problemText(problem), target: fieldId(problem.key) })),
    ...mappingIssues.map((issue) => ({ text: describeIssue(issue, text) })),
  ];
  function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    onCheck();
  }
  return (
    <form noValidate onSubmit={onSubmit}>
      <StepHeading level={text.level}>{messages.stepHeading.mapping}</StepHeading>
      {summary.length > 0 ? <ErrorSummary items={summary} text={text} /> : null}
      <p>{messages.mappingLead(text.count(matched), text.count(targets.length), fileName)}</p>
      {targets.map((target) => {
        const key = targetKey(target.to);
        const problem = problems.find((candidate) => candidate.key === key);
        const errorId = `${fieldId(key)}error`;
        return (
          <div
            key={key}
            className="ck-data-import__field"
            data-error={problem === undefined ? undefined : true}
          >
            <label className="ck-data-import__label" htmlFor={fieldId(key)}>
              {target.label}
              {target.required === true ? (
                <>
                  {' '}
                  <span className="ck-data-import__required">{messages.required}</span>
                </>
              ) : null}
            </label>
            {problem === undefined ? null : (
              <p className="ck-data-import__error" id={errorId}>
                <span className="ck-visually-hidden">{messages.problemTitle}: </span>
                {problemText(problem)}
              </p>
            )}
            <select
              id={fieldId(key)}
              value={choices[key] ?? ''}
              aria-required={target.required === true || undefined}
              aria-invalid={problem === undefined ? undefined : true}
              aria-describedby={problem === undefined ? undefined : errorId}
              onChange={(event) => onChoose(key, event.currentTarget.value || null)}
            >
              <option value="">{messages.notInFile}</option>
              {preview.headers.map((header, column) => (
                <option key={`${column}:${header}`} value={header}>
                  {messages.columnOption(header, first?.[column])}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <fieldset className="ck-data-import__modes">
        <legend className="ck-data-import__label">{messages.modeLegend}</legend>
        {modes.map((value) => (
          <div key={value} className="ck-data-import__mode">
            <input
              id={`${id}mode-${value}`}
              type="radio"
              name={`${id}mode`}
              value={value}
              checked={mode === value}
              aria-describedby={`${id}mode-${value}-hint`}
              onChange={() => onModeChange(value)}
            />
            <label htmlFor={`${id}mode-${value}`}>
              {value === 'allOrNothing' ? messages.modeAllOrNothing : messages.modeGoodRows}
            </label>
            <p className="ck-data-import__hint" id={`${id}mode-${value}-hint`}>
              {value === 'allOrNothing' ? messages.modeAllOrNothingHint : messages.modeGoodRowsHint}
            </p>
          </div>
        ))}
      </fieldset>
      <Actions>
        <ActionButton type="submit">{messages.checkRows}</ActionButton>
        <ActionButton secondary onClick={onChooseAnother}>
          {messages.chooseAnother}
        </ActionButton>
      </Actions>
    </form>
  );
}
