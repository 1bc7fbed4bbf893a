import { resolveLocalizedText } from '@capkit/model';
import type { CompetencyProfileDatum } from '@capkit/react';
import { competencyScore } from '@capkit/scoring';
import { competencies, respondent, serviceDesigner, skillScale } from './sampleMinistry.js';

/** The sample respondent's competency scores against their role, ready for the profile. */
export function skillsProfile(locale: string): CompetencyProfileDatum[] {
  return competencies.map((competency) => {
    const result = competencyScore(respondent.ratings[competency.id] ?? [], skillScale);
    const requiredLevel = serviceDesigner.requiredLevels[competency.id];
    return {
      id: competency.id,
      label: resolveLocalizedText(competency.label, [locale]).text,
      score: result.score,
      // The chart says "No score" with this reason; the demo is in English only.
      missingReason:
        result.status === 'insufficient'
          ? `${result.answered} of ${result.total} questions answered`
          : undefined,
      requiredLevel,
    };
  });
}
