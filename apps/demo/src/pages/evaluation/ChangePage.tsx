import { RoundComparison } from '@capkit/react/RoundComparison';
import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { changeMessages } from './changeMessages.js';
import { InterventionTable } from './InterventionTable.js';
import { Round2Panel } from './Round2Panel.js';
import { roundComparisonMessages } from './widgetMessages.js';
import './evaluation.css';

type Comparison = NonNullable<QueryResult<'evaluation.comparison'>>;

/** The skill whose trained group gained most, with both groups' published mean change. */
function largestTrainedGain(data: Comparison) {
  let best: { label: string; n: number; trained: number; others: number } | null = null;
  for (const competency of data.competencies) {
    const group = (id: string) =>
      competency.change.groups.find((g) => g.groupId === id)?.change ?? null;
    const trained = group(data.arms.trained);
    const others = group(data.arms.notTrained);
    if (trained?.withheld !== null || others?.withheld !== null) continue;
    if (trained.statistics === null || others.statistics === null) continue;
    if (best === null || trained.statistics.meanChange > best.trained)
      best = {
        label: competency.label,
        n: trained.statistics.n,
        trained: trained.statistics.meanChange,
        others: others.statistics.meanChange,
      };
  }
  return best;
}

/** Round-over-round change per skill, those trained in it against everyone else. */
export function ChangePage() {
  const { locale } = useLocale();
  const text = useTranslations(changeMessages);
  const widgetText = useTranslations(roundComparisonMessages);
  const format = useFormat();
  const overview = useQuery('evaluation.overview', { locale });
  const comparison = useQuery('evaluation.comparison', { locale });
  const signed = (value: number) => `${value > 0 ? '+' : ''}${format.decimal(value)}`;
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={comparison} label={text.working}>
        {(data, refreshing) => {
          const updating = refreshing && (
            <p className="demo-working" role="status">
              {text.working}
            </p>
          );
          if (data === null)
            return (
              <>
                <p className="demo-lead" data-testid="evaluation-change-lead">
                  {text.before}
                </p>
                {updating}
                <QueryView state={overview}>
                  {(state) => <Round2Panel overview={state} />}
                </QueryView>
              </>
            );
          const best = largestTrainedGain(data);
          const k = format.integer(data.k);
          return (
            <>
              <p className="demo-lead" data-testid="evaluation-change-lead">
                {best === null
                  ? text.leadWithheld(format.integer(data.paired), k)
                  : text.lead(
                      best.label,
                      format.integer(best.n),
                      signed(best.trained),
                      signed(best.others),
                      format.integer(data.paired),
                    )}
              </p>
              {updating}
              <p>{text.method(k, format.integer(data.unpaired.onlyRound1))}</p>
              <RoundComparison
                title={text.comparisonTitle}
                competencies={data.competencies}
                unitNames={{
                  [data.arms.trained]: text.groupTrained,
                  [data.arms.notTrained]: text.groupNotTrained,
                }}
                messages={widgetText}
              />
              <h2>{text.interventionsHeading}</h2>
              <InterventionTable interventions={data.interventions} k={data.k} />
            </>
          );
        }}
      </QueryView>
      <ul className="demo-evaluation-links">
        <li>
          <Link to="/evaluation">{text.back}</Link>
        </li>
        <li>
          <Link to="/evaluation/next-round">{text.next}</Link>
        </li>
      </ul>
    </>
  );
}
