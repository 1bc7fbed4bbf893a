import type { KnowledgeItem } from '@capkit/model';
import { CommunityDirectory } from '@capkit/react/CommunityDirectory';
import { KnowledgeCycleBoard } from '@capkit/react/KnowledgeCycleBoard';
import { useState } from 'react';
import { useMutation, useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { IssueList } from '../../shared/IssueList.js';
import { QueryView } from '../../shared/QueryView.js';
import { knowledgeMessages } from './knowledgeMessages.js';
import './knowledge.css';

type Overview = QueryResult<'knowledge.overview'>;

/** Today as `YYYY-MM-DD` in the visitor's time zone: activities on or after it are ahead. */
function knowledgeToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `/knowledge`: the knowledge cycle, and the communities of practice and centres of excellence. */
export function KnowledgePage() {
  const { locale } = useLocale();
  const text = useTranslations(knowledgeMessages);
  const [asOf] = useState(knowledgeToday);
  const state = useQuery('knowledge.overview', { locale, asOf });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={state} label={text.working}>
        {(data) => <KnowledgeView data={data} asOf={asOf} />}
      </QueryView>
    </>
  );
}

function KnowledgeView({ data, asOf }: { readonly data: Overview; readonly asOf: string }) {
  const text = useTranslations(knowledgeMessages);
  const format = useFormat();
  const [move, moving] = useMutation('knowledge.moveItem');
  // The board shows a move at once (and keeps focus on the moved card) while the worker stores
  // it; the next read of the workspace (a new `data.items`) takes over from this copy.
  const [moved, setMoved] = useState<{
    readonly from: readonly KnowledgeItem[];
    readonly items: readonly KnowledgeItem[];
  } | null>(null);
  const items = moved !== null && moved.from === data.items ? moved.items : data.items;
  const { counts } = data;
  return (
    <>
      <p className="demo-lead demo-knowledge-lead">
        {text.lead(
          format.integer(counts.items),
          format.integer(counts.utilised),
          format.integer(counts.communities),
          format.integer(counts.members),
          format.integer(counts.upcoming),
        )}{' '}
        {data.nextActivity === null ? text.noNext : text.next(format.date(data.nextActivity))}
      </p>
      {moving.status === 'error' && (
        <div className="demo-error" role="alert">
          <p>
            {text.moveFailed} {moving.error.message}
          </p>
          <IssueList issues={moving.error.issues} />
        </div>
      )}
      <KnowledgeCycleBoard
        title={text.boardTitle}
        description={text.boardDescription}
        items={items}
        asOf={new Date().toISOString()}
        competencyNames={data.competencyNames}
        communities={data.communities}
        messages={text.board}
        onItemChange={(item, next) => {
          setMoved({ from: data.items, items: next });
          const last = item.history.at(-1);
          if (last !== undefined) void move({ id: item.id, stage: item.stage, at: last.at });
        }}
      />
      <CommunityDirectory
        title={text.directoryTitle}
        description={text.directoryDescription}
        communities={data.communities}
        assets={data.centres}
        frameworks={data.frameworks}
        neededCompetencyIds={data.neededCompetencyIds}
        personalData={data.personalData}
        asOf={asOf}
        messages={text.directory}
      />
    </>
  );
}
