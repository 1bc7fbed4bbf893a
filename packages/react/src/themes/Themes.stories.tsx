import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CompetencyBarChart } from '../CompetencyBarChart/CompetencyBarChart.js';
import { ddatScale, teamScores } from '../CompetencyBarChart/CompetencyBarChart.fixtures.js';
import { ProficiencyBadge } from '../ProficiencyBadge/ProficiencyBadge.js';
import './govuk.css';
import './uswds.css';

// The same widgets under capkit's default theme and the GOV.UK Frontend and USWDS looks: each
// look only sets --ck- custom properties on a container.
function Looks() {
  const looks = [
    { name: 'Default theme', className: '' },
    { name: 'GOV.UK Frontend look', className: 'ck-theme-govuk' },
    { name: 'USWDS look', className: 'ck-theme-uswds' },
  ];
  return (
    <div>
      {looks.map(({ name, className }) => (
        <section key={name} className={className} aria-label={name}>
          <h2>{name}</h2>
          <p>
            Level reached: <ProficiencyBadge scale={ddatScale} level={3} />
          </p>
          <CompetencyBarChart title={`Team scores (${name})`} scale={ddatScale} data={teamScores} />
        </section>
      ))}
    </div>
  );
}

const meta = {
  title: 'Theming/Looks',
  component: Looks,
} satisfies Meta<typeof Looks>;

export default meta;

export const DefaultGovukAndUswds: StoryObj<typeof meta> = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('figure')).toHaveLength(3);
    await expect(canvas.getByRole('region', { name: 'USWDS look' })).toBeVisible();
  },
};
