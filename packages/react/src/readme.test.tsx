import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { CompetencyProfile } from './CompetencyProfile/index.js';
import { ddatScale } from '../test/fixtures/CompetencyProfile.fixtures.js';

// The README's example, kept runnable.
function TeamProfile() {
  return (
    <CompetencyProfile
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
      defaultForm="bars"
      locale="en-GB"
    />
  );
}

it('renders the README example as a named figure that sums the scores up in words', () => {
  render(<TeamProfile />);
  expect(screen.getByRole('figure', { name: 'Digital team: competency scores' })).toBeVisible();
  expect(
    screen.getByText(
      'Below the required level in 1 of 2 competencies: User research (gap 0.8). ' +
        'No score in 1 competency: Cyber security (fewer than 5 respondents).',
    ),
  ).toBeVisible();
  expect(screen.getAllByRole('img', { name: /Bar chart of 2 competencies/ })).toHaveLength(2);
});
