import type { Meta, StoryObj } from '@storybook/react-vite';
import { fr } from 'date-fns/locale';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './CycleOverview.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicMessages,
  largeWorkspace,
  sampleActivityStatus,
  sampleAsOf,
  sampleSummary,
  sampleWorkspace,
  smallAsOf,
  smallWorkspace,
  stepHref,
} from '../../test/fixtures/CycleOverview.fixtures.js';
import { CycleOverview, type CycleOverviewProps } from './CycleOverview.js';
import type { CycleStep } from './cycleRound.js';

const meta = {
  title: 'Cycle/CycleOverview',
  component: CycleOverview,
  tags: ['autodocs'],
  args: {
    title: 'Digital capability programme',
    workspace: sampleWorkspace,
    asOf: sampleAsOf,
    activityStatus: sampleActivityStatus,
    hrefFor: stepHref,
    locale: 'en-GB',
  },
} satisfies Meta<typeof CycleOverview>;

export default meta;
type Story = StoryObj<typeof meta>;

const steps = (canvasElement: HTMLElement) =>
  within(canvasElement.querySelector('ol') ?? canvasElement).getAllByRole('listitem');

/** The sample ministry on 1 October 2026: round 1, its plan running late. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(sampleSummary);
    const current = canvas.getByRole('link', { name: 'Capacity-development response' });
    await expect(current).toHaveAttribute('aria-current', 'step');
    await expect(current).toHaveAttribute('href', '/programme/steps/plan');
    // Wide: the five steps side by side, in the reading direction.
    const [first, , , , last] = steps(canvasElement);
    await expect(first?.getBoundingClientRect().right).toBeLessThanOrEqual(
      (last?.getBoundingClientRect().left ?? 0) + 1,
    );
  },
};

/** A hand-made programme in its second round: the campaign open, engagement and plan late. */
export const SecondRound: Story = {
  args: { workspace: smallWorkspace, asOf: smallAsOf, activityStatus: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      'Round 2, step 1 of 5 (training needs assessment): 1 campaign is open.',
    );
    await expect(steps(canvasElement).map((item) => item.dataset['state'])).toEqual([
      'due',
      'overdue',
      'notStarted',
      'overdue',
      'notStarted',
    ]);
  },
};

// What an app's router does on a link: here it only says where it went.
function WithRouter(args: CycleOverviewProps) {
  const [went, setWent] = useState<CycleStep | undefined>(undefined);
  return (
    <>
      <CycleOverview
        {...args}
        hrefFor={undefined}
        renderLink={({ step, children, className, 'aria-current': current }) => (
          <a
            href={`#${step}`}
            className={className}
            aria-current={current}
            onClick={(event) => {
              event.preventDefault();
              setWent(step);
            }}
          >
            {children}
          </a>
        )}
      />
      <p role="status">{went === undefined ? '' : `Router went to ${went}`}</p>
    </>
  );
}

/** Router links through `renderLink`: Tab to the current step and press Enter. */
export const RouterLinks: Story = {
  render: (args) => <WithRouter {...args} />,
  play: async ({ canvas, userEvent }) => {
    for (let tab = 0; tab < 4; tab += 1) await userEvent.tab();
    const current = canvas.getByRole('link', { name: 'Capacity-development response' });
    await expect(current).toHaveFocus();
    await expect(current).toHaveAttribute('aria-current', 'step');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent('Router went to plan');
  },
};

/** The programme team says the plan is done: the overview moves on to the evaluation. */
export const StatusSetByTheApp: Story = {
  args: { stepStatus: { plan: 'done' } },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      'Round 1, step 5 of 5 (evaluation): 3 of 4 Kirkpatrick levels are measured.',
    );
    await expect(canvas.getByText('(set by the programme team)', { exact: false })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Evaluation' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  },
};

/** Dates through the app's date-fns locale. */
export const FrenchDates: Story = {
  args: { dateLocale: fr },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-cycle-overview__round')).toHaveTextContent(
      '5 janv. 2026 to 18 déc. 2026',
    );
  },
};

export const Empty: Story = {
  args: { workspace: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No programme to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the programme…');
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'loading');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The programme service could not be reached.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/could not be reached/);
  },
};

/** 1,000 interventions (every fifth cancelled, so 800 counted) and 100 stakeholders in round 2. */
export const Large: Story = {
  args: { workspace: largeWorkspace(1000), asOf: smallAsOf, activityStatus: undefined },
  play: async ({ canvasElement }) => {
    await expect(steps(canvasElement)[3]).toHaveTextContent('800 interventions: ');
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(/^Round 2, step 1/);
  },
};

export const RightToLeft: Story = {
  args: { title: 'برنامج القدرات الرقمية', locale: 'ar', messages: arabicMessages },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('section')).toHaveAttribute('dir', 'rtl');
    // The first step is on the right, right to left.
    const [first, , , , last] = steps(canvasElement);
    await expect(last?.getBoundingClientRect().right).toBeLessThanOrEqual(
      (first?.getBoundingClientRect().left ?? 0) + 1,
    );
  },
};

export const Narrow: Story = {
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    // Stacked: each step below the one before.
    const [first, second] = steps(canvasElement);
    await expect(first?.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      (second?.getBoundingClientRect().top ?? 0) + 1,
    );
  },
};

function look(className: string | undefined, font: RegExp | undefined): Story {
  return {
    decorators: inLook(className),
    play: async ({ canvas, canvasElement }) => {
      await expectLookFont(canvasElement, 'section', font);
      await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(sampleSummary);
      await expect(canvas.getByRole('link', { name: 'Evaluation' })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
