import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { CompetencyBarChart } from './CompetencyBarChart/index.js';
import { ddatScale } from '../test/fixtures/CompetencyBarChart.fixtures.js';

// The README's example, kept runnable.
function TeamProfile() {
  return (
    <CompetencyBarChart
      title="Digital team: competency scores"
      description="Mean score on each competency against the required level."
      scale={ddatScale}
      data={[
        { id: 'user-research', label: 'User research', score: 2.25, requiredLevel: 3 },
        {
          id: 'cyber-security',
          label: 'Cyber security',
          score: null, // or NaN: shown as "No score: fewer than 5 respondents", never a level
          missingReason: 'fewer than 5 respondents',
          requiredLevel: 2,
        },
      ]}
      locale="en-GB"
    />
  );
}

it('renders the README example as a named figure with its table', () => {
  render(<TeamProfile />);
  expect(screen.getByRole('figure', { name: 'Digital team: competency scores' })).toBeTruthy();
  expect(
    screen.getByRole('row', { name: /User research 2\.3 Working Practitioner Below/ }),
  ).toBeTruthy();
  expect(screen.getByRole('row', { name: /^Cyber security/ }).textContent).toContain(
    'No score: fewer than 5 respondents',
  );
});
