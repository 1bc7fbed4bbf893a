import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useCapkitSettings, useMessages } from '../CapkitProvider/index.js';
import { localizedCount, numberFormats } from '../shared/localeFormat.js';
import { WidgetStatus } from '../shared/WidgetStatus.js';
import { ConfirmStep, EndStep } from './EndSteps.js';
import { FileStep, ReadingStep } from './FileSteps.js';
import {
  applyChoices,
  choiceProblems,
  choicesOf,
  type ChoiceProblem,
  type ColumnChoices,
} from './importMapping.js';
import { below, Heading, type ImportText } from './ImportParts.js';
import type { DataImportProps } from './dataImportProps.js';
import type {
  ImportIssue,
  ImportMappingShape,
  ImportMode,
  ImportOutcome,
  ImportPreview,
} from './importTypes.js';
import { MappingStep } from './MappingStep.js';
import { defaultDataImportMessages, type DataImportStep } from './messages.js';
import { ProblemsStep } from './ProblemsStep.js';

interface Progress {
  readonly task: 'read' | 'check';
  readonly bytes: number;
  readonly rows: number;
}

const noChoices: ColumnChoices = {};
const noProblems: readonly ChoiceProblem[] = [];
const noIssues: readonly ImportIssue[] = [];

/**
 * A CSV import as a widget, step by step: choose a file (a labelled file input inside a drop
 * zone), read it (progress, cancellable), check and change the suggested column mapping (one
 * select per field), see every problem the importer found with its row and column (a paged
 * table under a GOV.UK error summary), choose all-or-nothing or good rows only, then check the
 * import and confirm it. Nothing changes before `onConfirm`; focus moves to each new step's
 * heading, or to its error summary. The importer is the app's: the widget takes its functions
 * and results as props (see importTypes.ts).
 */
export function DataImport<T, M extends ImportMappingShape, P extends ImportPreview>({
  title,
  description,
  targets,
  readFile,
  suggestMapping,
  validateMapping,
  importWith,
  onConfirm,
  defaultMode = 'allOrNothing',
  issuesPerPage = 50,
  accept = '.csv,text/csv',
  headingLevel = 2,
  status = 'ready',
  errorMessage,
  locale: ownLocale,
  dir: ownDir,
  messages: messageOverrides,
  className,
}: DataImportProps<T, M, P>) {
  const { locale, dir } = useCapkitSettings({ locale: ownLocale, dir: ownDir });
  const messages = useMessages('DataImport', defaultDataImportMessages, messageOverrides);
  const titleId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [step, setStep] = useState<DataImportStep>('idle');
  const [focusRequest, setFocusRequest] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [chosen, setChosen] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [progress, setProgress] = useState<Progress>({ task: 'read', bytes: 0, rows: 0 });
  const [preview, setPreview] = useState<P | null>(null);
  const [suggested, setSuggested] = useState<M | null>(null);
  const [choices, setChoices] = useState<ColumnChoices>(noChoices);
  // How many targets the suggestion filled: the mapping step's lead says what was matched.
  const [matched, setMatched] = useState(0);
  const [problems, setProblems] = useState<readonly ChoiceProblem[]>(noProblems);
  const [mappingIssues, setMappingIssues] = useState<readonly ImportIssue[]>(noIssues);
  const [mode, setMode] = useState<ImportMode>(defaultMode);
  const [run, setRun] = useState<{ mapping: M; mode: ImportMode; result: ImportOutcome<T> } | null>(
    null,
  );
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);

  const text: ImportText = useMemo(() => {
    const formats = numberFormats(locale);
    return {
      messages,
      count: (value) => localizedCount(locale, value),
      percent: (share) => formats.percent.format(share),
      level: below(headingLevel),
    };
  }, [locale, messages, headingLevel]);

  // Focus follows the step: to its error summary when it has one, else to its heading. Not on
  // the first render, so the page's own focus is left alone until the user acts.
  useEffect(() => {
    if (focusRequest === 0) return;
    const root = rootRef.current;
    const target =
      root?.querySelector<HTMLElement>('[data-focus="summary"]') ??
      root?.querySelector<HTMLElement>('[data-focus="heading"]');
    target?.focus();
  }, [focusRequest]);

  // A read still running when the widget goes away is stopped.
  useEffect(() => () => abortRef.current?.abort(), []);

  function go(next: DataImportStep) {
    setStep(next);
    setFocusRequest((request) => request + 1);
  }

  function fail(error: unknown) {
    setFailure(error instanceof Error ? error.message : undefined);
    go('failed');
  }

  function begin(task: Progress['task']): AbortController {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setProgress({ task, bytes: 0, rows: 0 });
    setAnnouncement('');
    go('reading');
    return controller;
  }

  function onProgressOf(controller: AbortController, task: Progress['task']) {
    return (bytes: number, rows: number) => {
      if (!controller.signal.aborted) setProgress({ task, bytes, rows });
    };
  }

  async function read(file: File) {
    const controller = begin('read');
    try {
      const table = await readFile(file, {
        signal: controller.signal,
        onProgress: onProgressOf(controller, 'read'),
      });
      if (controller.signal.aborted) return;
      setPreview(table);
      if (table.rows.length === 0) {
        go('empty');
        return;
      }
      const mapping = suggestMapping(table.headers);
      setSuggested(mapping);
      const suggestion = choicesOf(mapping, targets);
      setChoices(suggestion);
      setMatched(Object.values(suggestion).filter((header) => header !== null).length);
      setProblems(noProblems);
      setMappingIssues(noIssues);
      go('mapping');
    } catch (error) {
      if (!controller.signal.aborted) fail(error);
    }
  }

  async function check(runMode: ImportMode) {
    if (chosen === null || preview === null || suggested === null) return;
    const found = choiceProblems(choices, targets);
    setProblems(found);
    setMappingIssues(noIssues);
    if (found.length > 0) {
      go('mapping');
      return;
    }
    const mapping = applyChoices(suggested, targets, choices);
    // This run's own controller: a cancelled run that rejects later must not fail a newer one.
    let controller: AbortController | undefined;
    try {
      const checked = validateMapping?.(mapping, { headers: preview.headers });
      if (checked !== undefined && !checked.success) {
        setMappingIssues(checked.issues);
        go('mapping');
        return;
      }
      const running = begin('check');
      controller = running;
      const result = await importWith(mapping, runMode, {
        file: chosen,
        preview,
        signal: running.signal,
        onProgress: onProgressOf(running, 'check'),
      });
      if (running.signal.aborted) return;
      setMode(runMode);
      setRun({ mapping, mode: runMode, result });
      go(result.success && result.issues.length === 0 ? 'confirm' : 'errors');
    } catch (error) {
      if (controller?.signal.aborted !== true) fail(error);
    }
  }

  function cancel() {
    abortRef.current?.abort();
    setAnnouncement(messages.cancelled);
    go(progress.task === 'read' ? 'idle' : 'mapping');
  }

  function restart() {
    abortRef.current?.abort();
    setChosen(null);
    setFileMissing(false);
    setPreview(null);
    setSuggested(null);
    setRun(null);
    setFailure(undefined);
    setAnnouncement('');
    go('idle');
  }

  async function confirm() {
    if (confirming || run === null || !run.result.success || chosen === null) return;
    setConfirming(true);
    try {
      await onConfirm(run.result, { file: chosen, mapping: run.mapping, mode: run.mode });
      go('confirmed');
    } catch (error) {
      fail(error);
    } finally {
      setConfirming(false);
    }
  }

  const fileName = chosen?.name ?? '';
  const result = run?.result;
  let body;
  if (status !== 'ready') {
    body = <WidgetStatus status={status} messages={messages} errorMessage={errorMessage} />;
  } else if (step === 'idle') {
    body = (
      <FileStep
        chosen={chosen}
        onChoose={(file) => {
          setChosen(file);
          if (file !== null) setFileMissing(false);
        }}
        missing={fileMissing}
        onContinue={() => {
          if (chosen === null) {
            setFileMissing(true);
            go('idle');
          } else void read(chosen);
        }}
        accept={accept}
        text={text}
      />
    );
  } else if (step === 'reading' && chosen !== null) {
    body = (
      <ReadingStep
        file={chosen}
        task={progress.task}
        bytesRead={progress.bytes}
        rowsRead={progress.rows}
        onCancel={cancel}
        text={text}
      />
    );
  } else if (step === 'mapping' && preview !== null) {
    body = (
      <MappingStep
        fileName={fileName}
        preview={preview}
        targets={targets}
        choices={choices}
        matched={matched}
        onChoose={(key, header) => setChoices((current) => ({ ...current, [key]: header }))}
        problems={problems}
        mappingIssues={mappingIssues}
        mode={mode}
        onModeChange={setMode}
        onCheck={() => void check(mode)}
        onChooseAnother={restart}
        text={text}
      />
    );
  } else if (step === 'errors' && result !== undefined) {
    body = (
      <ProblemsStep
        result={result}
        mode={run?.mode ?? mode}
        perPage={issuesPerPage}
        onImportGoodRows={() => void check('goodRows')}
        onContinue={() => go('confirm')}
        onChangeColumns={() => go('mapping')}
        onChooseAnother={restart}
        text={text}
      />
    );
  } else if (step === 'confirm' && result?.success === true) {
    body = (
      <ConfirmStep
        fileName={fileName}
        result={result}
        mode={run?.mode ?? mode}
        targets={targets}
        choices={choices}
        confirming={confirming}
        onConfirm={() => void confirm()}
        onChangeColumns={() => go('mapping')}
        text={text}
      />
    );
  } else {
    const end = step === 'confirmed' || step === 'empty' ? step : 'failed';
    const lead =
      end === 'confirmed'
        ? messages.confirmedLead(text.count(result?.success ? result.rowsImported : 0), fileName)
        : end === 'empty'
          ? messages.emptyLead(fileName)
          : messages.failedLead;
    body = (
      <EndStep
        step={end}
        lead={lead}
        detail={end === 'failed' ? failure : undefined}
        onRestart={restart}
        text={text}
      />
    );
  }

  return (
    <section
      ref={rootRef}
      className={['ck-data-import', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-state={status === 'ready' ? step : status}
      dir={dir}
    >
      <Heading level={headingLevel} id={titleId} className="ck-data-import__title">
        {title}
      </Heading>
      {description === undefined ? null : (
        <p className="ck-data-import__description">{description}</p>
      )}
      <p className="ck-summary">{messages.intro}</p>
      {body}
      {status === 'ready' ? (
        <p className="ck-visually-hidden" role="status">
          {announcement}
        </p>
      ) : null}
    </section>
  );
}
