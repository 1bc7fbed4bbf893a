import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import './PlanExplanation.css';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicPlanMessages,
  largePlan,
  samplePlan,
  type PlanFixture,
} from '../../test/fixtures/PlanExplanation.fixtures.js';
import { PlanExplanation } from './PlanExplanation.js';

// The fixtures run the planner (greedy, a few hundred milliseconds): a loader waits for them.
// The stories without data (empty, loading, error) have no loader.
const withSample = async () => ({ fixture: await samplePlan() });
const withLarge = async () => ({ fixture: await largePlan() });

const meta = {
  title: 'Plan/PlanExplanation',
  component: PlanExplanation,
  tags: ['autodocs'],
  args: {
    title: 'Ministry training plan, March to December 2026',
    description: 'Need groups per department and competency from the 2026 assessment.',
  },
  render: (args, { loaded }) => {
    const fixture = loaded['fixture'] as PlanFixture | undefined;
    return <PlanExplanation {...(fixture === undefined ? {} : fixture)} {...args} />;
  },
} satisfies Meta<typeof PlanExplanation>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  loaders: [withSample],
  play: async ({ canvas, canvasElement, userEvent }) => {
    // Plain words first: what is funded, for how much, what it closes and leaves.
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      'The plan funds 5 of 17 interventions for €42,565 of €52,000 and closes 83% of the gap points; cybersecurity is left uncovered.',
    );
    await expect(
      canvas.getByRole('figure', { name: 'Ministry training plan, March to December 2026' }),
    ).toHaveAccessibleDescription(
      /This plan is within 0\.57% of the best possible under the budget\./,
    );
    await expect(canvas.getByRole('img', { name: /for 5 funded interventions/ })).toBeVisible();
    // By keyboard: to the table, sort by cost per gap point, open a row.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const header = canvas.getByRole('columnheader', { name: 'Cost per gap point' });
    within(header).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const toggle = canvas.getByRole('button', { name: 'Whom Analysing data for decisions serves' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getAllByText(/in data analysis$/).length).toBeGreaterThan(0);
    await expect(
      canvas.getByRole('heading', { name: '12 interventions not funded' }),
    ).toBeVisible();
  },
};

export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No plan yet.')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the plan…');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The planner did not answer: try again later.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('The planner did not answer');
  },
};

export const LargeData: Story = {
  loaders: [withLarge],
  args: { title: '500 interventions for 20 units', description: undefined, defaultView: 'table' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^The plan funds 93 of 500 interventions/,
    );
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(93);
    await expect(
      canvas.getByRole('heading', { name: '407 interventions not funded' }),
    ).toBeVisible();
  },
};

export const RightToLeft: Story = {
  loaders: [withSample],
  args: {
    title: 'خطة التدريب في الوزارة',
    description: 'مجموعات الاحتياج حسب الإدارة والكفاءة.',
    locale: 'ar-EG',
    dir: 'rtl',
    messages: arabicPlanMessages,
    defaultView: 'table',
  },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-plan-explanation')).toHaveAttribute('dir', 'rtl');
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^تموّل الخطة ٥ من ١٧/,
    );
    const row = canvas.getAllByRole('row')[1] as HTMLElement;
    const header = within(row).getByRole('rowheader');
    const [runs] = within(row).getAllByRole('cell');
    // Mirrored: the name on the right, the figures to its left.
    await waitFor(() =>
      expect(header.getBoundingClientRect().left).toBeGreaterThan(
        runs?.getBoundingClientRect().left ?? Number.POSITIVE_INFINITY,
      ),
    );
  },
};

export const NarrowViewport: Story = {
  loaders: [withSample],
  decorators: [narrowColumn],
  args: { defaultView: 'table' },
  play: async ({ canvas, canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    // Eight columns cannot reflow into 320 px: the table scrolls in its own focusable region.
    const region = await canvas.findByRole('region', {
      name: 'Ministry training plan, March to December 2026: funded interventions',
    });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(canvasElement.querySelector('.ck-summary')).toBeVisible();
  },
};

export const NarrowChart: Story = {
  loaders: [withSample],
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
  },
};

export const GovukLook: Story = {
  loaders: [withSample],
  decorators: [
    (Story) => (
      <div className="ck-theme-govuk">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.ck-plan-explanation');
    await waitFor(() => expect(root && getComputedStyle(root).fontFamily).toMatch(/GDS Transport/));
    await expect(canvasElement.querySelectorAll('.ck-plan-explanation__point')).toHaveLength(5);
  },
};

export const UswdsLook: Story = {
  loaders: [withSample],
  decorators: [
    (Story) => (
      <div className="ck-theme-uswds">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.ck-plan-explanation');
    await waitFor(() =>
      expect(root && getComputedStyle(root).fontFamily).toMatch(/Source Sans Pro|Public Sans/),
    );
    await expect(canvasElement.querySelectorAll('.ck-plan-explanation__point')).toHaveLength(5);
  },
};

export const DefaultLook: Story = {
  loaders: [withSample],
  play: async ({ canvasElement }) => {
    const point = canvasElement.querySelector<SVGElement>('.ck-plan-explanation__point');
    await expect(point).not.toBeNull();
    // The dots take the look's point colour token, not a colour of their own.
    const token = getComputedStyle(canvasElement).getPropertyValue('--ck-color-point').trim();
    await expect(token).not.toBe('');
  },
};
