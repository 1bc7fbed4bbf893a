import { resolveLocalizedText } from '@capkit/model';
import { CompetencyProfile } from '@capkit/react';
import { respondent, serviceDesigner, skillScale } from '../sampleMinistry.js';
import { skillsProfile } from '../skillsProfile.js';

const locale = 'en';

/** One person's self-assessed scores against what their role requires. */
export function SkillsProfilePage() {
  const role = resolveLocalizedText(serviceDesigner.title, [locale]).text;
  return (
    <>
      <h1 tabIndex={-1}>Digital skills profile</h1>
      <p>
        Self-assessment of respondent {respondent.id} ({respondent.unit}) against the levels the{' '}
        {role} role requires. A competency with fewer than half its questions answered gets no score
        rather than a score of zero.
      </p>
      <CompetencyProfile
        title={`${role}: competency scores`}
        description="Mean of the answered questions for each competency, on a scale from 1 (awareness) to 4 (expert). The dashed line marks the required level."
        scale={skillScale}
        data={skillsProfile(locale)}
        defaultForm="bars"
        locale={locale}
      />
    </>
  );
}
