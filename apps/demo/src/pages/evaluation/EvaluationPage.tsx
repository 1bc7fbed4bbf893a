import { EvaluationSummary } from '@capkit/react/EvaluationSummary';
import { Link } from '../../app/router.js';
import { useQuery } from '../../data/useWorkspace.js';
import { useFormat, useLocale, useTranslations } from '../../i18n/LocaleContext.js';
import { QueryView } from '../../shared/QueryView.js';
import { armChanges, largestGain } from './evaluationFigures.js';
import { evaluationMessages } from './evaluationMessages.js';
import { InterventionTable } from './InterventionTable.js';
import { Round2Panel } from './Round2Panel.js';
import { evaluationSummaryMessages } from './widgetMessages.js';
import './evaluation.css';

/**
 * Step 6, the section root: did the training work? The headline from the engine's figures,
 * round 2 (collected here), and the Kirkpatrick / ROI summary of the evaluation.
 */
export function EvaluationPage() {
  const { locale } = useLocale();
  const text = useTranslations(evaluationMessages);
  const widgetText = useTranslations(evaluationSummaryMessages);
  const format = useFormat();
  const overview = useQuery('evaluation.overview', { locale });
  const summary = useQuery('evaluation.summary', { locale });
  const signed = (value: number) => `${value > 0 ? '+' : ''}${format.decimal(value)}`;
  return (
    <>
      <h1>{text.title}</h1>
      <QueryView state={summary} label={text.working}>
        {(data, refreshing) => {
          const k = format.integer(data.k);
          let lead: string;
          if (data.change === null) {
            const reacted = data.kirkpatrick?.overall.reaction.n ?? null;
            lead = text.leadBefore(
              reacted === null ? null : format.integer(reacted),
              data.roi === null ? null : format.percent(data.roi.roiPercent / 100),
            );
          } else {
            const arms = armChanges(data.change.overall);
            const best = largestGain(data.change.interventions);
            lead =
              arms === null
                ? text.leadWithheld(k)
                : text.leadAfter(
                    signed(arms.treated),
                    signed(arms.untreated),
                    best?.label ?? null,
                    best === null ? null : signed(best.difference),
                  );
          }
          return (
            <>
              <p className="demo-lead" data-testid="evaluation-lead">
                {lead}
              </p>
              {refreshing && (
                <p className="demo-working" role="status">
                  {text.working}
                </p>
              )}
              <QueryView state={overview}>{(state) => <Round2Panel overview={state} />}</QueryView>
              {data.change === null && <p>{text.summaryBefore}</p>}
              <EvaluationSummary
                title={text.summaryTitle}
                description={text.summaryDescription(k)}
                changes={data.change?.rows}
                treatedVsUntreated={data.change?.overall}
                kirkpatrick={data.kirkpatrick ?? undefined}
                roi={data.roi ?? undefined}
                indicatorLabels={data.indicatorLabels}
                messages={widgetText}
              />
              {data.change !== null && (
                <>
                  <h2>{text.interventionsHeading}</h2>
                  <InterventionTable interventions={data.change.interventions} k={data.k} />
                </>
              )}
            </>
          );
        }}
      </QueryView>
      <h2>{text.viewsHeading}</h2>
      <ul className="demo-evaluation-links">
        <li>
          <Link to="/evaluation/change">{text.toComparison}</Link>
        </li>
        <li>
          <Link to="/evaluation/next-round">{text.toNextRound}</Link>
        </li>
      </ul>
    </>
  );
}
