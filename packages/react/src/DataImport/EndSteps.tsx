import { targetKey, type ColumnChoices } from './importMapping.js';
import type { ImportMode, ImportSuccess, ImportTarget } from './importTypes.js';
import { ActionButton, Actions, StepHeading, type ImportText } from './ImportParts.js';

/** Props of {@link ConfirmStep}. */
export interface ConfirmStepProps {
  readonly fileName: string;
  readonly result: ImportSuccess<unknown>;
  readonly mode: ImportMode;
  readonly targets: readonly ImportTarget[];
  readonly choices: ColumnChoices;
  readonly confirming: boolean;
  readonly onConfirm: () => void;
  readonly onChangeColumns: () => void;
  readonly text: ImportText;
}

/**
 * Check your import: what will happen, in words and as a list (file, rows, mode, columns), with
 * the one button that commits. Until it is pressed nothing has changed.
 */
export function ConfirmStep({
  fileName,
  result,
  mode,
  targets,
  choices,
  confirming,
  onConfirm,
  onChangeColumns,
  text,
}: ConfirmStepProps) {
  const { messages } = text;
  const rows: [string, string][] = [
    [messages.fileTerm, fileName],
    [messages.rowsReadTerm, text.count(result.rowsRead).text],
    [messages.rowsImportedTerm, text.count(result.rowsImported).text],
    [messages.rowsRejectedTerm, text.count(result.rowsRejected).text],
    [
      messages.modeTerm,
      mode === 'allOrNothing' ? messages.modeAllOrNothing : messages.modeGoodRows,
    ],
  ];
  const columns = targets.flatMap((target) => {
    const header = choices[targetKey(target.to)];
    return header == null ? [] : [messages.columnFor(target.label, header)];
  });
  return (
    <div>
      <StepHeading level={text.level}>{messages.stepHeading.confirm}</StepHeading>
      <p>
        {messages.confirmLead(text.count(result.rowsImported), text.count(result.rowsRejected))}
      </p>
      <dl className="ck-data-import__list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{messages.columnsTerm}</dt>
          <dd>
            <ul>
              {columns.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <Actions>
        <ActionButton busy={confirming} onClick={onConfirm}>
          {confirming ? messages.confirming : messages.confirm}
        </ActionButton>
        <ActionButton secondary busy={confirming} onClick={onChangeColumns}>
          {messages.changeColumns}
        </ActionButton>
      </Actions>
    </div>
  );
}

/** Props of {@link EndStep}. */
export interface EndStepProps {
  readonly step: 'confirmed' | 'failed' | 'empty';
  /** The sentence under the heading. */
  readonly lead: string;
  /** For `failed`: what the importer or the app said went wrong. */
  readonly detail?: string | undefined;
  readonly onRestart: () => void;
  readonly text: ImportText;
}

/** The last step, whichever way it went: done, failed (nothing imported) or a file with no rows. */
export function EndStep({ step, lead, detail, onRestart, text }: EndStepProps) {
  const { messages } = text;
  return (
    <div className={`ck-data-import__end`} data-state={step}>
      <StepHeading level={text.level}>{messages.stepHeading[step]}</StepHeading>
      <p>{lead}</p>
      {detail === undefined || detail === '' ? null : <p>{detail}</p>}
      <Actions>
        <ActionButton onClick={onRestart}>
          {step === 'confirmed'
            ? messages.importAnother
            : step === 'failed'
              ? messages.startAgain
              : messages.chooseAnother}
        </ActionButton>
      </Actions>
    </div>
  );
}
