import { resolveLocalizedText } from '@capkit/model/text';
import { FrameworkBrowser } from '@capkit/react/FrameworkBrowser';
import { useState, type SyntheticEvent } from 'react';
import { Link, navigate, useSearchParams } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { frameworkMessages } from './frameworkMessages.js';
import { frameworkPath } from './frameworkPath.js';
import './setup.css';

type Overview = QueryResult<'setup.overview'>;
type Chosen = QueryResult<'setup.framework'>;

/** One framework version in FrameworkBrowser, with a choice of the workspace's frameworks. */
export function FrameworkPage() {
  const { locale } = useLocale();
  const text = useTranslations(frameworkMessages);
  const overview = useQuery('setup.overview', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={overview} label={text.working}>
        {(data) => <FrameworkChoice overview={data} />}
      </QueryView>
      <p>
        <Link to="/setup">{text.back}</Link>
      </p>
    </>
  );
}

function FrameworkChoice({ overview }: { readonly overview: Overview }) {
  const text = useTranslations(frameworkMessages);
  const params = useSearchParams();
  // Without a choice in the address, the framework most roles are measured against.
  const fallback = [...overview.frameworks].sort((a, b) => b.roles - a.roles)[0];
  const id = params.get('id') ?? fallback?.id;
  const version = params.get('version') ?? fallback?.version;
  const key = (framework: { id: string; version: string }) =>
    `${framework.id}@${framework.version}`;
  const [choice, setChoice] = useState(id === undefined ? '' : `${id}@${version ?? ''}`);
  if (id === undefined || version === undefined) return <p>{text.none}</p>;
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const chosen = overview.frameworks.find((framework) => key(framework) === choice);
    if (chosen !== undefined) navigate(frameworkPath(chosen.id, chosen.version));
  };
  return (
    <>
      <ChosenFramework frameworkId={id} version={version} />
      {overview.frameworks.length > 1 && (
        <form className="demo-setup-choose" onSubmit={onSubmit}>
          <label className="demo-setup-label" htmlFor="demo-setup-framework">
            {text.chooseLabel}
          </label>
          <select
            id="demo-setup-framework"
            className="demo-setup-select"
            value={choice}
            onChange={(event) => setChoice(event.currentTarget.value)}
          >
            {overview.frameworks.map((framework) => (
              <option key={key(framework)} value={key(framework)}>
                {`${framework.title} (${framework.version})`}
              </option>
            ))}
          </select>
          <button type="submit" className="demo-setup-button demo-setup-button--secondary">
            {text.show}
          </button>
        </form>
      )}
    </>
  );
}

function ChosenFramework({ frameworkId, version }: { frameworkId: string; version: string }) {
  const text = useTranslations(frameworkMessages);
  const state = useQuery('setup.framework', { frameworkId, version });
  return (
    <QueryView state={state} label={text.working}>
      {(data) => <FrameworkView data={data} />}
    </QueryView>
  );
}

function FrameworkView({ data }: { readonly data: Chosen }) {
  const text = useTranslations(frameworkMessages);
  const format = useFormat();
  const { locale } = useLocale();
  const { framework } = data;
  const title = resolveLocalizedText(framework.title, [locale]).text;
  return (
    <>
      <p className="demo-lead demo-setup-lead">
        {text.lead(
          title,
          format.integer(framework.competencies.length),
          format.integer(framework.areas.length),
          format.integer(framework.scales.length),
        )}{' '}
        {data.roles === 0 && data.instruments === 0
          ? text.unused
          : text.usedBy(format.integer(data.roles), format.integer(data.instruments))}
      </p>
      <FrameworkBrowser key={`${framework.id}@${framework.version}`} framework={framework} />
    </>
  );
}
