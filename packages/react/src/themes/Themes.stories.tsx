import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AssessmentForm } from '../AssessmentForm/index.js';
import { CompetencyProfile } from '../CompetencyProfile/index.js';
import { ProficiencyBadge } from '../ProficiencyBadge/index.js';
import { lookInstrument, lookProfile, lookScale } from '../../test/fixtures/Themes.fixtures.js';
import { matchScreenshot } from '../../test/stories/matchScreenshot.js';

/** The three looks capkit ships: the class a container needs for each. */
const lookClass = { default: '', govuk: 'ck-theme-govuk', uswds: 'ck-theme-uswds' } as const;

interface LookProps {
  /** Which look to render the widgets in. */
  readonly look: keyof typeof lookClass;
}

/**
 * Several widgets in one look: a badge (tag), a chart with its summary and view switch, a data
 * table with sort buttons, and a questionnaire with radios, a button and, after "Submit" with
 * nothing answered, the error summary and error messages.
 */
function Look({ look }: LookProps) {
  return (
    <div className={lookClass[look]} data-look={look} style={{ padding: '1rem' }}>
      <p>
        Level reached: <ProficiencyBadge scale={lookScale} level={3} />{' '}
        <ProficiencyBadge scale={lookScale} level={1} />
      </p>
      <CompetencyProfile
        title="Team skills against required levels"
        scale={lookScale}
        data={lookProfile}
        defaultForm="bars"
      />
      <CompetencyProfile
        title="Team skills as a table"
        scale={lookScale}
        data={lookProfile}
        defaultView="table"
      />
      <AssessmentForm instrument={lookInstrument} requireAnswers />
    </div>
  );
}

const meta = {
  title: 'Theming/Looks',
  component: Look,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Look>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Shows the form's errors, then compares the whole look with its committed screenshot. */
async function playLook(canvasElement: HTMLElement, look: LookProps['look']) {
  const canvas = within(canvasElement);
  const root = canvasElement.querySelector(`[data-look="${look}"]`);
  if (!(root instanceof HTMLElement)) throw new Error(`The ${look} look did not render`);
  await expect(
    canvas.getByRole('figure', { name: /Team skills against required levels/ }),
  ).toBeVisible();
  await expect(canvas.getByRole('figure', { name: /Team skills as a table/ })).toBeVisible();
  await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
  const summary = await canvas.findByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeVisible();
  // A screenshot without focus rings: where focus sits is not part of the look's baseline.
  (document.activeElement as HTMLElement | null)?.blur();
  await document.fonts.ready;
  await matchScreenshot(root, `look-${look}`);
}

/** capkit's default look: system sans-serif, 16 px body text, blue interactive colour. */
export const DefaultLook: Story = {
  args: { look: 'default' },
  play: async ({ canvasElement }) => playLook(canvasElement, 'default'),
};

/** The GOV.UK Frontend look (`ck-theme-govuk`): Arial, 19 px body, green buttons, 40 px radios. */
export const GovukLook: Story = {
  args: { look: 'govuk' },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Submit' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(15, 122, 82)');
    await playLook(canvasElement, 'govuk');
  },
};

/** The USWDS look (`ck-theme-uswds`): Source Sans Pro or its fallbacks, radio tiles, alerts. */
export const UswdsLook: Story = {
  args: { look: 'uswds' },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Submit' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(0, 94, 162)');
    await playLook(canvasElement, 'uswds');
  },
};
