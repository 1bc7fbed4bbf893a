import { resolveLocalizedText } from '@capkit/model';
import { CompetencyBarChart } from '@capkit/react';
import { respondent, serviceDesigner, skillScale } from './sampleMinistry.js';
import { skillsProfile } from './skillsProfile.js';

const locale = 'en';

export function App() {
  const role = resolveLocalizedText(serviceDesigner.title, [locale]).text;
  return (
    <>
      <header className="demo-header">
        <p className="demo-header__service">Ministry of Digital Services · capkit demo</p>
      </header>
      <main className="demo-main">
        <h1>Digital skills profile</h1>
        <p>
          Self-assessment of respondent {respondent.id} ({respondent.unit}) against the levels the{' '}
          {role} role requires. A competency with fewer than half its questions answered gets no
          score rather than a score of zero.
        </p>
        <CompetencyBarChart
          title={`${role}: competency scores`}
          description="Mean of the answered questions for each competency, on a scale from 1 (awareness) to 4 (expert). The dashed line marks the required level."
          scale={skillScale}
          data={skillsProfile(locale)}
          locale={locale}
        />
      </main>
      <footer className="demo-footer">
        <p>
          Sample data, invented for this demo. capkit is open source under the Apache-2.0 licence.
        </p>
      </footer>
    </>
  );
}
