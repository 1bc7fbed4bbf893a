import type { Meta, StoryObj } from '@storybook/react-vite';
import { ar } from 'date-fns/locale';
import { expect, waitFor, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './CapacityAssessmentView.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicAssessment,
  arabicMessages,
  arabicRollUp,
  emptyAssessment,
  emptyRollUp,
  largeAssessment,
  largeRollUp,
  ministryAssessment,
  ministryRollUp,
  ministrySummary,
  sampleAssessment,
  sampleRollUp,
} from '../../test/fixtures/CapacityAssessmentView.fixtures.js';
import { CapacityAssessmentView } from './CapacityAssessmentView.js';

const meta = {
  title: 'Assessment/CapacityAssessmentView',
  component: CapacityAssessmentView,
  tags: ['autodocs'],
  args: {
    title: 'Ministry capacity: desired against existing',
    assessment: ministryAssessment,
    rollUp: ministryRollUp,
    locale: 'en-GB',
  },
} satisfies Meta<typeof CapacityAssessmentView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample ministry's assessment from the generator: twelve questions across the cube. */
export const Default: Story = {
  args: { assessment: sampleAssessment, rollUp: sampleRollUp },
  play: async ({ canvas, canvasElement }) => {
    // The seeded sample has four cross-sections tied at 3 points: all four are named.
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^Close the largest gaps first, 3\.0 points each: Institutional arrangements in the enabling environment, /,
    );
    const grid = canvas.getByRole('grid', { name: 'Ministry capacity: desired against existing' });
    await expect(within(grid).getAllByRole('gridcell')).toHaveLength(12);
    await expect(within(grid).getAllByRole('columnheader')[1]).toBeVisible();
  },
};

/** The hand-made assessment: every gap reading once, its pattern and word side by side. */
export const Matrix: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(ministrySummary);
    const large = canvas.getByRole('gridcell', { name: /Large gap/ });
    await expect(large).toHaveTextContent('Gap 4.0Desired 5.0, existing 1.0');
    // The pattern stripe is drawn, not only a colour: a repeating gradient.
    await expect(getComputedStyle(large, '::before').backgroundImage).toMatch(/repeating-linear/);
    const none = canvas.getByRole('gridcell', { name: /No gap/ });
    await expect(getComputedStyle(none, '::before').backgroundImage).toBe('none');
    // Points of entry across, reading order.
    const [first, second] = canvas.getAllByRole('gridcell');
    await expect(first?.getBoundingClientRect().right ?? 0).toBeLessThanOrEqual(
      (second?.getBoundingClientRect().left ?? 0) + 1,
    );
  },
};

/** Arrow keys to a cross-section, Enter down to its questions, Escape back to the same cell. */
export const KeyboardDrillDown: Story = {
  play: async ({ canvas, userEvent }) => {
    const cells = canvas.getAllByRole('gridcell');
    cells[0]?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    await waitFor(() => expect(canvas.getAllByRole('gridcell')[7]).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    const heading = await canvas.findByRole('heading', { name: 'Knowledge in the organisation' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(
      canvas.getByRole('list', { name: 'Questions on Monitor and evaluate' }),
    ).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.getAllByRole('gridcell')[7]).toHaveFocus());
  },
};

/** Opened on a cross-section (controlled by `defaultSelectedId`), the back button returns. */
export const DrilledDown: Story = {
  args: { defaultSelectedId: 'organisation/knowledge' },
  play: async ({ canvas, userEvent }) => {
    await expect(
      canvas.getByText(
        'Moderate gap: Gap 1.8 · Desired 4.3, existing 2.5 (2 functional capacities, 3 questions).',
      ),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /Back to all cross-sections/ }));
    await expect(canvas.getByRole('grid')).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByRole('gridcell', { name: /Moderate gap/ })).toHaveFocus(),
    );
  },
};

export const Table: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas, userEvent }) => {
    const table = canvas.getByRole('table', { name: /cross-sections$/ });
    await expect(within(table).getAllByRole('row')).toHaveLength(13);
    await userEvent.click(
      within(table).getByRole('button', { name: '1 question of Accountability of individuals' }),
    );
    await expect(
      canvas.getByRole('heading', { name: 'Accountability of individuals' }),
    ).toBeVisible();
  },
};

export const Empty: Story = {
  args: { assessment: emptyAssessment, rollUp: emptyRollUp },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No capacity assessment to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading', assessment: undefined, rollUp: undefined },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the capacity assessment…');
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('data-state', 'loading');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The assessment service did not answer.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/did not answer/);
  },
};

/** The whole cube: 60 cells of four questions each. */
export const Large: Story = {
  args: {
    title: 'Whole-of-government capacity, 240 questions',
    assessment: largeAssessment,
    rollUp: largeRollUp,
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getAllByRole('gridcell', { name: /gap/i })).toHaveLength(12);
    await userEvent.click(canvas.getAllByRole('gridcell')[0] as HTMLElement);
    await expect(await canvas.findAllByRole('heading', { level: 3 })).toHaveLength(5);
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'قدرات الوزارة: المرغوب مقابل القائم',
    locale: 'ar',
    dateLocale: ar,
    assessment: arabicAssessment,
    rollUp: arabicRollUp,
    messages: arabicMessages,
  },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    // The first point of entry is on the right, right to left.
    const [first, second] = canvas.getAllByRole('gridcell');
    await expect(second?.getBoundingClientRect().right ?? 0).toBeLessThanOrEqual(
      (first?.getBoundingClientRect().left ?? 0) + 1,
    );
  },
};

export const Narrow: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    // Stacked: each point of entry below the one before, named in the cell.
    const [first, second] = canvas.getAllByRole('gridcell');
    await expect(first?.getBoundingClientRect().bottom ?? 0).toBeLessThanOrEqual(
      (second?.getBoundingClientRect().top ?? 0) + 1,
    );
    await expect(first?.querySelector('.ck-capacity__entry')).toBeVisible();
    await userEvent.click(canvas.getByRole('gridcell', { name: /Moderate gap/ }));
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Back/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expectNoSidewaysScroll(canvasElement);
  },
};

function look(className: string | undefined, font: RegExp | undefined): Story {
  return {
    decorators: inLook(className),
    play: async ({ canvas, canvasElement }) => {
      await expectLookFont(canvasElement, 'figure', font);
      await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(ministrySummary);
      await expect(canvas.getByRole('gridcell', { name: /Large gap/ })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
