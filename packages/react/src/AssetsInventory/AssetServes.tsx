import type { AssetMatch } from './assetMatching.js';
import type { AssetText } from './assetText.js';

/** Props of {@link AssetServes}. */
export interface AssetServesProps {
  readonly match: AssetMatch;
  readonly text: AssetText;
}

/**
 * The plan's interventions an asset serves, each with why: the plan already builds on it, or
 * it shares a competency the intervention targets (or both). "None" when it serves none.
 */
export function AssetServes({ match, text }: AssetServesProps) {
  const { messages } = text;
  if (match.interventions.length === 0) return <>{messages.none}</>;
  return (
    <ul className="ck-assets__serves">
      {match.interventions.map(({ intervention, named, competencyIds }) => {
        const title = text.localized(intervention.title);
        const reasons = [
          ...(named ? [messages.namedByPlan] : []),
          ...(competencyIds.length > 0
            ? [messages.sharesCompetencies(text.competencies(competencyIds))]
            : []),
        ];
        return (
          <li key={intervention.id} data-intervention-id={intervention.id}>
            <span lang={title.lang}>{title.text}</span>
            {`: ${text.list(reasons)}`}
          </li>
        );
      })}
    </ul>
  );
}

/** The needed competencies an asset builds, as one list, or "None". */
export function AssetNeeds({ match, text }: AssetServesProps) {
  return (
    <>
      {match.neededCompetencyIds.length === 0
        ? text.messages.none
        : text.competencies(match.neededCompetencyIds)}
    </>
  );
}
