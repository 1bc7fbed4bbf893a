import { MaturityIndexChart } from '@capkit/react/MaturityIndexChart';
import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import type { QueryResult } from '../../data/workspaceClient.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { maturityMessages } from './maturityMessages.js';
import { maturityChartMessages } from './capacityWidgetMessages.js';
import './capacity.css';

type Maturity = QueryResult<'capacity.maturity'>;

/** The digital maturity index by department, with its rank intervals. */
export function MaturityPage() {
  const { locale } = useLocale();
  const text = useTranslations(maturityMessages);
  const state = useQuery('capacity.maturity', { locale });
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={state} label={text.working}>
        {(data) => <MaturityFindings data={data} />}
      </QueryView>
      <p>
        <Link to="/capacity">{text.back}</Link>
      </p>
    </>
  );
}

function MaturityFindings({ data }: { readonly data: Maturity }) {
  const text = useTranslations(maturityMessages);
  const chartMessages = useTranslations(maturityChartMessages);
  const format = useFormat();
  const { lowest } = data;
  const runs = format.integer(data.runs);
  const choices = text.list(data.factors.map(text.factor));
  // The choice sentence says only what the intervals support (see capacityMaturity.ts).
  const choice =
    data.mostInfluential !== null
      ? text.mostInfluential(
          text.factor(data.mostInfluential.factor),
          data.mostInfluential.total === null ? '—' : format.decimal(data.mostInfluential.total),
        )
      : !data.anyOverlap
        ? text.orderHolds
        : data.factors.length === 1
          ? text.onlyOneChoice(text.factor(data.factors[0] ?? ''))
          : '';
  return (
    <>
      <p className="demo-lead demo-capacity-lead">
        {lowest === null ? (
          text.none
        ) : (
          <>
            {text.lowest(lowest.name, format.decimal(lowest.score), format.integer(data.scored))}{' '}
            {lowest.lowerRank === lowest.upperRank
              ? text.lowestHolds(runs, choices)
              : text.lowestRange(
                  format.integer(lowest.lowerRank),
                  format.integer(lowest.upperRank),
                  runs,
                  text.list(lowest.couldSwapWith),
                )}
          </>
        )}{' '}
        {choice}
      </p>
      <MaturityIndexChart
        title={data.title}
        index={data.index}
        result={data.indexResult}
        uncertainty={data.uncertainty}
        messages={chartMessages}
      />
    </>
  );
}
