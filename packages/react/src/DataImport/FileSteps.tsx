import { useId, useState, type DragEvent, type SyntheticEvent } from 'react';
import { shareRead } from './importMapping.js';
import {
  ActionButton,
  Actions,
  ErrorSummary,
  StepHeading,
  type ImportText,
} from './ImportParts.js';

/** Props of {@link FileStep}. */
export interface FileStepProps {
  readonly chosen: File | null;
  readonly onChoose: (file: File | null) => void;
  /** Continue was pressed with no file: the widget's own check, not the importer's. */
  readonly missing: boolean;
  readonly onContinue: () => void;
  readonly accept: string;
  readonly text: ImportText;
}

/**
 * The first step: a labelled file input (the way for keyboards and screen readers) inside a
 * drop zone (a shortcut for a mouse, never the only way). Choosing does not start reading: the
 * user presses Continue, so a choice made by mistake changes nothing (WCAG 3.2.2).
 */
export function FileStep({ chosen, onChoose, missing, onContinue, accept, text }: FileStepProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const { messages } = text;
  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) onChoose(file);
  }
  function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    onContinue();
  }
  const inputId = `${id}file`;
  return (
    <form noValidate onSubmit={onSubmit}>
      <StepHeading level={text.level}>{messages.stepHeading.idle}</StepHeading>
      {missing ? (
        <ErrorSummary items={[{ text: messages.noFileChosen, target: inputId }]} text={text} />
      ) : null}
      <p>{messages.chooseLead}</p>
      <div
        className="ck-data-import__field ck-data-import__drop"
        data-state={over ? 'over' : undefined}
        data-error={missing || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label className="ck-data-import__label" htmlFor={inputId}>
          {messages.fileLabel}
        </label>
        <p className="ck-data-import__hint" id={`${id}hint`}>
          {messages.fileHint} {messages.dropHint}
        </p>
        {missing ? (
          <p className="ck-data-import__error" id={`${id}error`}>
            <span className="ck-visually-hidden">{messages.problemTitle}: </span>
            {messages.noFileChosen}
          </p>
        ) : null}
        <input
          id={inputId}
          type="file"
          accept={accept}
          aria-describedby={`${id}hint${missing ? ` ${id}error` : ''}`}
          aria-invalid={missing || undefined}
          onChange={(event) => onChoose(event.currentTarget.files?.[0] ?? null)}
        />
        {chosen === null ? null : (
          <p className="ck-data-import__chosen">{messages.chosenFile(chosen.name)}</p>
        )}
      </div>
      <Actions>
        <ActionButton type="submit">{messages.continue}</ActionButton>
      </Actions>
    </form>
  );
}

/** Props of {@link ReadingStep}. */
export interface ReadingStepProps {
  readonly file: File;
  /** Reading the file (`read`), or running the importer over every row (`check`). */
  readonly task: 'read' | 'check';
  readonly bytesRead: number;
  readonly rowsRead: number;
  readonly onCancel: () => void;
  readonly text: ImportText;
}

/**
 * A long read: a `<progress>` (of the file's bytes when its size is known, indeterminate
 * otherwise) with the same in words beside it, and Cancel, which aborts the read through its
 * `AbortSignal`; nothing was imported either way.
 */
export function ReadingStep({ file, task, bytesRead, rowsRead, onCancel, text }: ReadingStepProps) {
  const id = useId();
  const { messages } = text;
  const share = shareRead(bytesRead, file.size);
  return (
    <div>
      <StepHeading level={text.level}>{messages.stepHeading.reading}</StepHeading>
      <p id={`${id}task`}>
        {task === 'read' ? messages.readingFile(file.name) : messages.checkingRows(file.name)}
      </p>
      <progress
        className="ck-data-import__progress"
        aria-label={messages.progressLabel}
        aria-describedby={`${id}words`}
        max={1}
        {...(share === undefined ? {} : { value: share })}
      />
      <p className="ck-data-import__progress-words" id={`${id}words`}>
        {messages.progress(
          share === undefined ? undefined : text.percent(share),
          text.count(rowsRead),
        )}
      </p>
      <Actions>
        <ActionButton secondary onClick={onCancel}>
          {messages.cancel}
        </ActionButton>
      </Actions>
    </div>
  );
}
