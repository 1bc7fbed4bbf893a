import { generateSampleWorkspace } from '@capkit/model/sample';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ar } from 'date-fns/locale/ar';
import { Profiler, useEffect, useRef, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import './PlanTimeline.css';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  manyInterventions,
  planAsOf,
  planInterventions,
} from '../../test/fixtures/PlanTimeline.fixtures.js';
import { PlanTimeline } from './PlanTimeline.js';

const samplePlan = generateSampleWorkspace({ people: 120, responses: false, personalData: false })
  .plans[0];
const large = manyInterventions(500);

const meta = {
  title: 'Plan/PlanTimeline',
  component: PlanTimeline,
  tags: ['autodocs'],
  args: {
    title: 'Digital skills plan, round 1',
    interventions: samplePlan?.interventions ?? planInterventions,
    asOf: '2026-06-15',
  },
} satisfies Meta<typeof PlanTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample workspace's generated plan, judged on 15 June 2026. */
export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('.ck-summary')?.textContent).toMatch(
      /(overdue|at risk|None of the).*; the next milestone is on \d+ \w+/,
    );
    await expect(canvas.getByRole('button', { name: 'Months' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // By keyboard only: Tab past Timeline and List to Weeks, press it; Shift+Tab back to List.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Weeks' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Weeks' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(canvasElement.querySelector('.ck-plan__grid')).toHaveAttribute(
      'data-zoom',
      'week',
    );
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('list', { name: 'Interventions' })).toBeVisible();
  },
};

/** A hand-worked plan on 2 March 2026: one of each state. */
export const States: Story = {
  args: { interventions: planInterventions, asOf: planAsOf },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      '1 intervention is overdue and 1 is at risk; the next milestone is on 14 March: Mid-term review.',
    );
    const overdue = canvasElement.querySelector('.ck-plan__bar[data-state="overdue"]');
    await expect(overdue && getComputedStyle(overdue).backgroundImage).toMatch(/gradient/);
  },
};

export const Empty: Story = {
  args: { interventions: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The plan has no interventions yet.')).toBeVisible();
    await expect(canvas.queryByRole('figure')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the plan…');
  },
};

export const Error: Story = {
  args: { status: 'error', errorMessage: 'The plan could not be loaded. Try again later.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The plan could not be loaded. Try again later.',
    );
  },
};

/**
 * Records how long React took to render its children the first time (the Profiler's
 * `actualDuration`, development build), in `data-render-ms` and on the console: a measurement.
 */
function RenderTime({ children }: { readonly children: ReactNode }) {
  const measured = useRef<number | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration) => {
    if (phase === 'mount') measured.current = actualDuration;
  };
  useEffect(() => {
    if (measured.current === null) return;
    ref.current?.setAttribute('data-render-ms', measured.current.toFixed(1));
    console.info(
      `PlanTimeline, 500 interventions: first render in ${measured.current.toFixed(1)} ms`,
    );
  }, []);
  return (
    <div ref={ref} data-testid="render-time">
      <Profiler id="PlanTimeline" onRender={onRender}>
        {children}
      </Profiler>
    </div>
  );
}

/** 500 interventions over two years; the render time is a measurement in `data-render-ms`. */
export const Large: Story = {
  args: { interventions: large, asOf: '2026-09-01' },
  render: (args) => (
    <RenderTime>
      <PlanTimeline {...args} />
    </RenderTime>
  ),
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() =>
      expect(canvas.getByTestId('render-time').dataset['renderMs']).toMatch(/^\d+\.\d$/),
    );
    await expect(canvasElement.querySelectorAll('.ck-plan__row[data-state]')).toHaveLength(500);
  },
};

export const RightToLeft: Story = {
  args: {
    locale: 'ar',
    dateLocale: ar,
    interventions: planInterventions,
    asOf: planAsOf,
  },
  play: async ({ canvasElement }) => {
    const section = canvasElement.querySelector('section');
    await expect(section).toHaveAttribute('dir', 'rtl');
    // The axis runs right to left: January's tick is right of February's.
    const [january, february] = canvasElement.querySelectorAll('.ck-plan__tick');
    await expect(january?.getBoundingClientRect().left).toBeGreaterThan(
      february?.getBoundingClientRect().left ?? Infinity,
    );
  },
};

export const NarrowViewport: Story = {
  args: { interventions: planInterventions, asOf: planAsOf },
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    // The chart scrolls in its own focusable region.
    await waitFor(() =>
      expect(canvas.getByRole('region', { name: 'Timeline, scrolls sideways' })).toHaveAttribute(
        'tabindex',
        '0',
      ),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'List' }));
    await expectNoSidewaysScroll(canvasElement);
    await expect(
      within(canvas.getByRole('list', { name: 'Interventions' })).getByText('Records management'),
    ).toBeVisible();
  },
};

function inLook(className: string) {
  function Look(Story: () => ReactNode) {
    return (
      <div className={className}>
        <Story />
      </div>
    );
  }
  return Look;
}

export const DefaultLook: Story = {
  play: async ({ canvasElement }) => {
    const section = canvasElement.querySelector('section');
    await expect(section && getComputedStyle(section).fontFamily).toMatch(/system-ui/);
  },
};

export const GovukLook: Story = {
  decorators: [inLook('ck-theme-govuk')],
  play: async ({ canvasElement }) => {
    const section = canvasElement.querySelector('section');
    await waitFor(() =>
      expect(section && getComputedStyle(section).fontFamily).toMatch(/GDS Transport/),
    );
  },
};

export const UswdsLook: Story = {
  decorators: [inLook('ck-theme-uswds')],
  play: async ({ canvasElement }) => {
    const section = canvasElement.querySelector('section');
    await waitFor(() =>
      expect(section && getComputedStyle(section).fontFamily).toMatch(/Source Sans Pro/),
    );
  },
};
