import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import { runQuery, type WorkspaceError } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { QueryView } from '../../shared/QueryView.js';
import { csvTables, type CsvTableName } from './csvTables.js';
import './data.css';
import { dataMessages } from './dataMessages.js';

// The worker refuses a workspace file of more than 200 million characters before parsing it
// (workspace.ts); the page says so at once for a file of more than 200 MB.
const maxFileBytes = 200_000_000;

/** "24.8 MB", "310 kB" in the visitor's language. */
function useBytes(): (bytes: number) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const mb = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    });
    const kb = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    });
    return (bytes) => (bytes >= 1e6 ? mb.format(bytes / 1e6) : kb.format(Math.max(1, bytes / 1e3)));
  }, [locale]);
}

type FileState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly share: number | undefined }
  | { readonly status: 'ready'; readonly url: string; readonly bytes: number }
  | { readonly status: 'error'; readonly message: string };

/**
 * A file the worker writes on request: a button that asks for it, a progress bar while it is
 * made, then a download link (a Blob URL, freed when the page goes).
 */
function ExportFile({
  id,
  fileName,
  type,
  make,
}: {
  readonly id: string;
  readonly fileName: string;
  readonly type: string;
  readonly make: (onProgress: (done: number, total: number) => void) => Promise<string>;
}) {
  const text = useTranslations(dataMessages);
  const bytes = useBytes();
  const format = useFormat();
  const [state, setState] = useState<FileState>({ status: 'idle' });
  const link = useRef<HTMLAnchorElement>(null);
  const url = state.status === 'ready' ? state.url : undefined;
  useEffect(() => () => (url === undefined ? undefined : URL.revokeObjectURL(url)), [url]);
  useEffect(() => {
    if (state.status === 'ready') link.current?.focus();
  }, [state.status]);

  const start = () => {
    setState({ status: 'working', share: undefined });
    make((done, total) =>
      setState({ status: 'working', share: total > 0 ? done / total : undefined }),
    )
      .then((contents) => {
        const blob = new Blob([contents], { type });
        setState({ status: 'ready', url: URL.createObjectURL(blob), bytes: blob.size });
      })
      .catch((error: unknown) =>
        setState({ status: 'error', message: (error as WorkspaceError).message }),
      );
  };

  if (state.status === 'ready')
    return (
      <a ref={link} className="demo-data-download" href={state.url} download={fileName}>
        {text.download(fileName, bytes(state.bytes))}
      </a>
    );
  if (state.status === 'working')
    return (
      <div className="demo-data-progress" role="status">
        <span id={`${id}-label`}>{text.preparingFile}</span>{' '}
        <progress aria-labelledby={`${id}-label`} max={1} value={state.share} />
        {state.share !== undefined && <span> {format.percent(state.share)}</span>}
      </div>
    );
  return (
    <>
      <button type="button" className="demo-data-button" onClick={start} aria-describedby={id}>
        {text.prepare}
      </button>
      {state.status === 'error' && (
        <p className="demo-error" role="alert">
          {text.failed} {state.message}
        </p>
      )}
    </>
  );
}

type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly share: number }
  | { readonly status: 'checking' };

/** Choose a workspace file, see how big it is, import it: located errors change nothing. */
function ImportWorkspace() {
  const text = useTranslations(dataMessages);
  const format = useFormat();
  const bytes = useBytes();
  const [file, setFile] = useState<File | undefined>();
  const [reading, setReading] = useState<ImportState>({ status: 'idle' });
  const [readError, setReadError] = useState<string | undefined>();
  const [importJson, imported] = useMutation('workspace.importJson');
  const outcome = useRef<HTMLDivElement>(null);

  const tooBig = file !== undefined && file.size > maxFileBytes;
  const busy = reading.status !== 'idle';
  useEffect(() => {
    if (!busy && (imported.status === 'done' || imported.status === 'error'))
      outcome.current?.focus();
  }, [busy, imported.status]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0]);
    setReadError(undefined);
  };

  const start = () => {
    if (file === undefined || tooBig) return;
    setReadError(undefined);
    setReading({ status: 'reading', share: 0 });
    // FileReader, not file.text(): it reports how far it has read, for a large file.
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable)
        setReading({ status: 'reading', share: event.loaded / event.total });
    };
    reader.onerror = () => {
      setReading({ status: 'idle' });
      setReadError(reader.error?.message ?? text.failed);
    };
    reader.onload = () => {
      setReading({ status: 'checking' });
      void importJson({ text: typeof reader.result === 'string' ? reader.result : '' }).finally(
        () => setReading({ status: 'idle' }),
      );
    };
    reader.readAsText(file);
  };

  const size = file === undefined ? '' : bytes(file.size);
  return (
    <>
      <div className="demo-data-field">
        <label htmlFor="demo-data-file">{text.chooseFile}</label>
        <input
          id="demo-data-file"
          type="file"
          accept=".json,application/json"
          onChange={choose}
          disabled={busy}
          aria-describedby="demo-data-import-intro"
        />
      </div>
      {file !== undefined && (
        <p>
          {text.chosen(file.name, size)} {tooBig && text.tooBig(bytes(maxFileBytes))}
        </p>
      )}
      <button
        type="button"
        className="demo-data-button"
        onClick={start}
        disabled={file === undefined || tooBig || busy}
      >
        {text.importButton}
      </button>
      {reading.status === 'reading' && (
        <div className="demo-data-progress" role="status">
          <span id="demo-data-reading">{text.reading(size)}</span>{' '}
          <progress aria-labelledby="demo-data-reading" max={1} value={reading.share} />{' '}
          <span>{format.percent(reading.share)}</span>
        </div>
      )}
      {reading.status === 'checking' && (
        <div className="demo-data-progress" role="status">
          <span id="demo-data-checking">{text.checking(size)}</span>{' '}
          <progress aria-labelledby="demo-data-checking" />
        </div>
      )}
      {readError !== undefined && (
        <p className="demo-error" role="alert">
          {text.importFailed} {readError}
        </p>
      )}
      {!busy && imported.status === 'error' && (
        <div ref={outcome} tabIndex={-1} className="demo-error" role="alert">
          <p>
            {text.importFailed} {text.nothingChanged} {imported.error.message}
          </p>
          <IssueList issues={imported.error.issues} />
        </div>
      )}
      {!busy && imported.status === 'done' && (
        <div ref={outcome} tabIndex={-1} className="demo-data-done" role="status">
          <p>{text.imported(format.integer(imported.result.people))}</p>
        </div>
      )}
    </>
  );
}

/** Back to the sample ministry, after a confirmation step. */
function ResetWorkspace() {
  const text = useTranslations(dataMessages);
  const [confirming, setConfirming] = useState(false);
  const [reset, state] = useMutation('workspace.reset');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (state.status === 'done') done.current?.focus();
  }, [state.status]);

  return (
    <>
      {!confirming && (
        <button
          ref={openButton}
          type="button"
          className="demo-data-button demo-data-button--warning"
          onClick={() => setConfirming(true)}
          disabled={state.status === 'running'}
        >
          {text.resetButton}
        </button>
      )}
      {confirming && (
        <div className="demo-data-confirm" role="group" aria-labelledby="demo-data-confirm-text">
          <p id="demo-data-confirm-text">{text.resetConfirm}</p>
          <button
            ref={confirmButton}
            type="button"
            className="demo-data-button demo-data-button--warning"
            onClick={() => {
              setConfirming(false);
              void reset({});
            }}
          >
            {text.resetYes}
          </button>{' '}
          <button
            type="button"
            className="demo-data-button demo-data-button--secondary"
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => openButton.current?.focus());
            }}
          >
            {text.resetNo}
          </button>
        </div>
      )}
      {state.status === 'running' && (
        <div className="demo-data-progress" role="status">
          <span id="demo-data-resetting">{text.resetting}</span>{' '}
          <progress aria-labelledby="demo-data-resetting" />
        </div>
      )}
      {state.status === 'done' && (
        <p ref={done} tabIndex={-1} className="demo-data-done" role="status">
          {text.resetDone}
        </p>
      )}
      {state.status === 'error' && (
        <p className="demo-error" role="alert">
          {text.failed} {state.error.message}
        </p>
      )}
    </>
  );
}

/** `/data`: what is stored and where; export it whole or as tables and statements; import; reset. */
export function DataPage() {
  const text = useTranslations(dataMessages);
  const format = useFormat();
  const bytes = useBytes();
  const summary = useQuery('data.summary', {});
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={summary} label={text.preparing}>
        {(data) => (
          <>
            <p className="demo-lead demo-data-stored">
              {text.stored(
                format.integer(data.people),
                format.integer(data.units),
                format.integer(data.responses),
              )}{' '}
              {text.origin[data.origin]}{' '}
              {data.savedAt !== undefined && text.savedOn(format.date(data.savedAt))}
            </p>
            <p>{text.nothingSent}</p>

            <section className="demo-data-section" aria-labelledby="demo-data-export">
              <h2 id="demo-data-export">{text.exportHeading}</h2>
              <p id="demo-data-json-intro">{text.exportJsonIntro(bytes(data.jsonBytes))}</p>
              <ExportFile
                id="demo-data-json-intro"
                fileName="capkit-workspace.json"
                type="application/json"
                make={(onProgress) => runQuery('workspace.exportJson', {}, { onProgress })}
              />
            </section>

            <section className="demo-data-section" aria-labelledby="demo-data-csv">
              <h2 id="demo-data-csv">{text.csvHeading}</h2>
              <p>{text.csvIntro}</p>
              <ul className="demo-data-files">
                {csvTables.map((table: CsvTableName) => (
                  <li key={table}>
                    <span id={`demo-data-csv-${table}`}>
                      {text.csvTables[table](format.integer(data.csvRows[table]))}
                    </span>{' '}
                    <ExportFile
                      id={`demo-data-csv-${table}`}
                      fileName={`capkit-${table}.csv`}
                      type="text/csv;charset=utf-8"
                      make={(onProgress) =>
                        runQuery('data.csv', { table }, { onProgress }).then((csv) => csv.text)
                      }
                    />
                  </li>
                ))}
              </ul>
            </section>

            <section className="demo-data-section" aria-labelledby="demo-data-xapi">
              <h2 id="demo-data-xapi">{text.xapiHeading}</h2>
              <p id="demo-data-xapi-intro">
                {text.xapiIntro(
                  format.integer(data.submittedResponses),
                  format.integer(data.completions),
                )}
              </p>
              <ExportFile
                id="demo-data-xapi-intro"
                fileName="capkit-xapi-statements.json"
                type="application/json"
                make={(onProgress) =>
                  runQuery('data.xapi', {}, { onProgress }).then((xapi) => xapi.text)
                }
              />
            </section>

            <section className="demo-data-section" aria-labelledby="demo-data-badges">
              <h2 id="demo-data-badges">{text.badgesHeading}</h2>
              <p>{text.badges}</p>
            </section>
          </>
        )}
      </QueryView>

      <section className="demo-data-section" aria-labelledby="demo-data-import">
        <h2 id="demo-data-import">{text.importHeading}</h2>
        <p id="demo-data-import-intro">{text.importIntro}</p>
        <ImportWorkspace />
      </section>

      <section className="demo-data-section" aria-labelledby="demo-data-reset">
        <h2 id="demo-data-reset">{text.resetHeading}</h2>
        <p>{text.resetIntro}</p>
        <ResetWorkspace />
      </section>
    </>
  );
}
