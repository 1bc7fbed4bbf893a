import type {
  KirkpatrickRollUp,
  PhillipsRoiResult,
  ShareSummary,
  TreatedVsUntreatedResult,
} from '@capkit/scoring/evaluation';
import { createElement, useId } from 'react';
import { useScrollRegion } from '../shared/useScrollRegion.js';
import { headingTag, type HeadingLevel } from '../shared/widgetProps.js';
import { changeWords } from './changeWords.js';
import type { EvaluationText } from './evaluationText.js';
import type { EvaluationSummaryMessages } from './messages.js';
import { roiWords } from './roiWords.js';

interface SectionProps {
  readonly text: EvaluationText;
  readonly level: HeadingLevel | 1;
}

/** A heading of the given level (capped at 6). */
export function Heading({
  level,
  children,
  id,
  className = 'ck-evaluation__heading',
}: {
  readonly level: HeadingLevel | 1;
  readonly children: string;
  readonly id?: string | undefined;
  readonly className?: string | undefined;
}) {
  return createElement(headingTag(Math.min(level, 6) as HeadingLevel), { id, className }, children);
}

/** The difference in differences in one sentence, for the summary and its section. */
export function treatedSentence(result: TreatedVsUntreatedResult, text: EvaluationText): string {
  const words = changeWords(result.differenceInDifferences);
  return text.messages.difference(text.parts(words, 'score'), text.tooFew(words));
}

/** Treated against untreated: each arm's change, their starting points, and the difference. */
export function TreatedSection({
  result,
  text,
  level,
}: SectionProps & { readonly result: TreatedVsUntreatedResult }) {
  const { messages } = text;
  const baseline = changeWords(result.baseline);
  const similar = baseline.figures === null ? null : baseline.reading === 'noClearChange';
  return (
    <section className="ck-evaluation__section" data-section="treated">
      <Heading level={level}>{messages.treatedHeading}</Heading>
      <p
        className="ck-evaluation__lead"
        data-reading={changeWords(result.differenceInDifferences).reading}
      >
        {treatedSentence(result, text)}
      </p>
      <dl className="ck-evaluation__facts">
        <dt>{messages.treatedArm}</dt>
        <dd data-reading={changeWords(result.treated).reading}>
          {text.words(changeWords(result.treated), 'score')}
        </dd>
        <dt>{messages.untreatedArm}</dt>
        <dd data-reading={changeWords(result.untreated).reading}>
          {text.words(changeWords(result.untreated), 'score')}
        </dd>
      </dl>
      <p>{messages.baseline(similar, text.words(baseline, 'score'))}</p>
      <p className="ck-evaluation__note">{messages.parallelTrends}</p>
    </section>
  );
}

function shareLine(
  summary: ShareSummary,
  say: (mean: string, people: ReturnType<EvaluationText['count']>) => string,
  text: EvaluationText,
  k: number,
): string {
  if (summary.withheld !== null)
    return text.messages.tooFewPeople(text.count(k).text, summary.withheld);
  if (summary.meanShare === null || summary.n === null) return text.messages.noScores;
  return say(text.percent(summary.meanShare), text.count(summary.n));
}

/** Kirkpatrick levels 1–4 for everyone: reaction, learning, behaviour and results. */
export function KirkpatrickSection({
  result,
  labels,
  text,
  level,
  k,
}: SectionProps & {
  readonly result: KirkpatrickRollUp;
  readonly labels: Readonly<Record<string, string>>;
  readonly k: number;
}) {
  const { messages } = text;
  const { overall } = result;
  const withK = (summary: ShareSummary, say: Parameters<typeof shareLine>[1]) =>
    shareLine(summary, say, text, k);
  const learning = changeWords(overall.learning);
  return (
    <section className="ck-evaluation__section" data-section="kirkpatrick">
      <Heading level={level}>{messages.kirkpatrickHeading}</Heading>
      <dl className="ck-evaluation__facts">
        <dt>{messages.levelName(1)}</dt>
        <dd data-withheld={overall.reaction.withheld !== null}>
          {withK(overall.reaction, messages.reaction)}
        </dd>
        <dt>{messages.levelName(2)}</dt>
        <dd data-reading={learning.reading}>{text.words(learning, 'share')}</dd>
        <dt>{messages.levelName(3)}</dt>
        {(['followUp', 'supervisorRating'] as const).map((instrument) => {
          const summary = overall.behaviour[instrument];
          const line = withK(summary, messages[instrument]);
          return (
            <dd key={instrument} data-withheld={summary.withheld !== null}>
              {summary.withheld === null ? line : `${messages.instrumentName(instrument)}: ${line}`}
            </dd>
          );
        })}
        <dt>{messages.levelName(4)}</dt>
        <dd>
          {result.results.length === 0 ? (
            messages.noIndicators
          ) : (
            <ul className="ck-evaluation__indicators">
              {result.results.map((indicator) => (
                <li key={indicator.indicatorId} data-status={indicator.status}>
                  {messages.indicator(
                    labels[indicator.indicatorId] ?? messages.unlabelled(indicator.indicatorId),
                    indicator.shareOfWay === null ? null : text.percent(indicator.shareOfWay),
                    indicator.status,
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** The ROI sentence in the reader's locale and currency. */
export function roiSentence(result: PhillipsRoiResult, text: EvaluationText): string {
  const words = roiWords(result);
  // Whole amounts for totals; cents for "each 1 spent returned 1.60".
  const money = new Intl.NumberFormat(text.locale, {
    style: 'currency',
    currency: words.currency,
    maximumFractionDigits: 0,
  });
  const perUnit = new Intl.NumberFormat(text.locale, {
    style: 'currency',
    currency: words.currency,
  });
  const signedPercent = new Intl.NumberFormat(text.locale, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return text.messages.roi({
    outcome: words.outcome,
    unit: perUnit.format(1),
    perUnit: perUnit.format(words.benefitCostRatio),
    roi: signedPercent.format(words.roiShare),
    net: money.format(Math.abs(words.netBenefits)),
    costs: money.format(words.costs),
    benefits: money.format(words.adjustedBenefits),
    kept: words.keptShare === null ? null : text.percent(words.keptShare),
  });
}

/** Phillips ROI: the sentence, the benefit lines before and after adjustment, costs, intangibles. */
export function RoiSection({
  result,
  text,
  level,
}: SectionProps & { readonly result: PhillipsRoiResult }) {
  const messages: EvaluationSummaryMessages = text.messages;
  const captionId = `${useId()}-roi`;
  const [scrollRef, scrolls] = useScrollRegion<HTMLDivElement>();
  const money = new Intl.NumberFormat(text.locale, {
    style: 'currency',
    currency: result.currency,
    maximumFractionDigits: 0,
  });
  return (
    <section className="ck-evaluation__section" data-section="roi">
      <Heading level={level}>{messages.roiHeading}</Heading>
      <p className="ck-evaluation__lead" data-outcome={roiWords(result).outcome}>
        {roiSentence(result, text)}
      </p>
      <div
        ref={scrollRef}
        className="ck-scroll"
        {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
      >
        <table className="ck-table ck-evaluation__table">
          <caption id={captionId}>{messages.roiTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.benefitHeading}</th>
              <th scope="col">{messages.amountHeading}</th>
              <th scope="col">{messages.adjustedHeading}</th>
            </tr>
          </thead>
          <tbody>
            {result.benefits.map((line, i) => (
              <tr key={`${String(i)}-${line.description}`}>
                <th scope="row">{line.description}</th>
                <td>{money.format(line.amount)}</td>
                <td>{money.format(line.adjusted)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{messages.totalBenefits}</th>
              <td>{money.format(result.grossBenefits)}</td>
              <td>{money.format(result.adjustedBenefits)}</td>
            </tr>
            <tr>
              <th scope="row">{messages.totalCosts}</th>
              <td>{money.format(result.costs)}</td>
              <td>{money.format(result.costs)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {result.intangibles.length > 0 && (
        <>
          <p>{messages.intangibles(text.count(result.intangibles.length))}</p>
          <ul>
            {result.intangibles.map((item, i) => (
              <li key={`${String(i)}-${item}`}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <p className="ck-evaluation__note">{messages.roiMethod}</p>
    </section>
  );
}
