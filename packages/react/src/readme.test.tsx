import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { CapkitProvider } from './CapkitProvider/index.js';
import { CompetencyProfile } from './CompetencyProfile/index.js';
import { GapHeatmap } from './GapHeatmap/index.js';
import { PriorityList } from './PriorityList/index.js';
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

// The README's contract example, kept runnable.
function ResultsWhileLoading({ failed }: { readonly failed: boolean }) {
  return (
    <CapkitProvider
      locale="fr"
      messages={{ PriorityList: { loading: 'Chargement des priorités…' } }}
    >
      <PriorityList title="Priorités de formation" labels={[]} status="loading" />
      <GapHeatmap
        title="Écarts par unité"
        units={[]}
        competencies={[]}
        status={failed ? 'error' : 'loading'}
        errorMessage="Le service d’enquête n’a pas répondu."
      />
    </CapkitProvider>
  );
}

it('runs the README contract example: one status shape, provider strings typed per widget', () => {
  const { rerender } = render(<ResultsWhileLoading failed={false} />);
  expect(screen.getByText('Chargement des priorités…')).toBeVisible();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  rerender(<ResultsWhileLoading failed />);
  expect(screen.getByRole('alert')).toHaveTextContent('Le service d’enquête n’a pas répondu.');
  expect(screen.getByText('Chargement des priorités…')).toBeVisible();
});
