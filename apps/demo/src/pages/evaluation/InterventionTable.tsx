import { useId } from 'react';
import { useFormat, useTranslations } from '../../i18n/LocaleContext.js';
import { interventionTableMessages } from './evaluationMessages.js';
import { difference, type InterventionResult } from './evaluationFigures.js';

/**
 * Per delivered intervention: its participants' change on the skills it targets against people
 * trained in none of them (the engine's difference in differences), withheld below k.
 */
export function InterventionTable({
  interventions,
  k,
}: {
  readonly interventions: readonly InterventionResult[];
  readonly k: number;
}) {
  const text = useTranslations(interventionTableMessages);
  const format = useFormat();
  const id = useId();
  const signed = (value: number) => text.levels(`${value > 0 ? '+' : ''}${format.decimal(value)}`);
  return (
    <div className="demo-evaluation-table-wrap" role="region" tabIndex={0} aria-labelledby={id}>
      <table className="demo-evaluation-table">
        <caption id={id}>{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.intervention}</th>
            <th scope="col">{text.trained}</th>
            <th scope="col">{text.trainedChange}</th>
            <th scope="col">{text.othersChange}</th>
            <th scope="col">{text.difference}</th>
          </tr>
        </thead>
        <tbody>
          {interventions.map(({ id: interventionId, label, result }) => {
            const did = difference(result);
            const treated = result.treated.withheld === null ? result.treated.statistics : null;
            const others = result.untreated.withheld === null ? result.untreated.statistics : null;
            return (
              <tr key={interventionId}>
                <th scope="row">{label}</th>
                {did === null || treated === null || others === null ? (
                  <td colSpan={4}>{text.withheld(format.integer(k))}</td>
                ) : (
                  <>
                    <td>{format.integer(treated.n)}</td>
                    <td>{signed(treated.meanChange)}</td>
                    <td>{signed(others.meanChange)}</td>
                    <td>{signed(did)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
