import type { ColumnMapping } from '@capkit/interop/csv';
import { DataImport } from '@capkit/react/DataImport';
import type { DataImportMessages, ImportTarget } from '@capkit/react/DataImport';
import { useMemo, useRef, useState } from 'react';
import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import { runMutation, runQuery, type QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { frameworkPath } from './frameworkPath.js';
import { importMessages } from './importMessages.js';
import './setup.css';

type Format = 'case' | 'csv';
type Preview = QueryResult<'setup.previewFrameworkFile'>;
type Summary = Extract<QueryResult<'setup.checkFrameworkFile'>, { success: true }>['data'];

// As the worker's `maxFrameworkFileCharacters`: a larger file is refused before it is sent.
const maxFileBytes = 5_000_000;
// The framework CSV's fields, in the order the mapping step lists them; the code is the only one
// the importer cannot do without (ids default to codes, the type to "competency").
const csvFields = [
  'type',
  'code',
  'id',
  'label.en',
  'label.fr',
  'label.ar',
  'statement.en',
  'statement.fr',
  'statement.ar',
  'description.en',
  'parentCode',
  'parentId',
  'scaleId',
] as const;

const noMapping: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'frameworkItems',
  columns: [],
};

/** Imports a framework from a CASE package or a CSV, read and checked in the worker, through DataImport. */
export function ImportPage() {
  const { locale } = useLocale();
  const text = useTranslations(importMessages);
  const format = useFormat();
  const overview = useQuery('setup.overview', { locale });
  const [fileFormat, setFileFormat] = useState<Format>('case');
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={overview} label={text.working}>
        {(data) => (
          <p className="demo-lead demo-setup-lead">
            {text.lead(format.integer(data.frameworks.length))}
          </p>
        )}
      </QueryView>
      <p className="demo-setup-text">{text.alongside}</p>
      <fieldset className="demo-setup-fieldset">
        <legend className="demo-setup-label">{text.formatLegend}</legend>
        {(['case', 'csv'] as const).map((value) => (
          <div key={value} className="demo-setup-radio">
            <input
              id={`demo-setup-format-${value}`}
              type="radio"
              name="demo-setup-format"
              value={value}
              checked={fileFormat === value}
              aria-describedby={`demo-setup-format-${value}-hint`}
              onChange={() => setFileFormat(value)}
            />
            <label htmlFor={`demo-setup-format-${value}`}>
              {value === 'case' ? text.caseLabel : text.csvLabel}
            </label>
            <p className="demo-setup-hint" id={`demo-setup-format-${value}-hint`}>
              {value === 'case' ? text.caseHint : text.csvHint}
            </p>
          </div>
        ))}
      </fieldset>
      {/* A new widget per format: a file chosen for one is never checked as the other. */}
      <FrameworkImport key={fileFormat} fileFormat={fileFormat} />
      <p>
        <Link to="/setup">{text.back}</Link>
      </p>
    </>
  );
}

function FrameworkImport({ fileFormat }: { readonly fileFormat: Format }) {
  const { locale } = useLocale();
  const text = useTranslations(importMessages);
  const format = useFormat();
  // The file's text and the worker's suggestion, kept between DataImport's steps: the widget
  // asks for the suggestion by headers alone, and the worker works it out when it reads the file.
  const read = useRef<{ text: string; preview: Preview } | null>(null);
  const [itemCount, setItemCount] = useState(0);
  const [imported, setImported] = useState<Summary | null>(null);

  const targets: readonly ImportTarget<ColumnMapping['columns'][number]['to']>[] = useMemo(
    () =>
      fileFormat === 'case'
        ? []
        : csvFields.map((field) => ({
            to: { kind: 'field' as const, field },
            label: text.fields[field] ?? field,
            required: field === 'code',
          })),
    [fileFormat, text],
  );

  const messages: Partial<DataImportMessages> = useMemo(
    () =>
      fileFormat === 'case'
        ? {
            chooseLead: text.caseWidget.chooseLead,
            fileLabel: text.caseWidget.fileLabel,
            fileHint: text.caseWidget.fileHint,
            noFileChosen: text.caseWidget.noFileChosen,
            mappingLead: (_chosen, _targets, file) =>
              text.caseWidget.mappingLead(format.integer(itemCount), file),
            columnHeading: text.caseWidget.columnHeading,
            wholeFile: text.caseWidget.wholeFile,
          }
        : { chooseLead: text.csvWidget.chooseLead, fileHint: text.csvWidget.fileHint },
    [fileFormat, text, format, itemCount],
  );

  return (
    <>
      <DataImport
        title={text.widgetTitle[fileFormat]}
        description={text.widgetDescription[fileFormat]}
        accept={fileFormat === 'case' ? '.json,application/json' : '.csv,text/csv'}
        messages={messages}
        targets={targets}
        readFile={async (file) => {
          if (file.size > maxFileBytes) throw new Error(text.tooLarge(format.integer(5)));
          setImported(null);
          const fileText = await file.text();
          const preview = await runQuery('setup.previewFrameworkFile', {
            format: fileFormat,
            text: fileText,
          });
          read.current = { text: fileText, preview };
          setItemCount(preview.itemCount);
          return preview;
        }}
        suggestMapping={(): ColumnMapping => read.current?.preview.mapping ?? noMapping}
        importWith={(mapping, _mode, { file }) =>
          runQuery('setup.checkFrameworkFile', {
            format: fileFormat,
            text: read.current?.text ?? '',
            fileName: file.name,
            locale,
            ...(fileFormat === 'csv' ? { mapping } : {}),
          })
        }
        onConfirm={async (_result, { file, mapping }) => {
          const summary = await runMutation('setup.importFramework', {
            format: fileFormat,
            text: read.current?.text ?? '',
            fileName: file.name,
            locale,
            ...(fileFormat === 'csv' ? { mapping } : {}),
          });
          setImported(summary);
        }}
      />
      {imported !== null && (
        <div className="demo-setup-panel" role="status">
          <p>{text.imported(imported.title)}</p>
          <p>
            <Link to={frameworkPath(imported.id, imported.version)}>{text.browseImported}</Link>
          </p>
        </div>
      )}
    </>
  );
}
