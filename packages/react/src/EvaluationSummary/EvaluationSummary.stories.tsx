import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import './EvaluationSummary.css';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import { EvaluationSummary } from './EvaluationSummary.js';
import {
  arabicChanges,
  arabicMessages,
  competencyChanges,
  groupChanges,
  indicatorLabels,
  kirkpatrickResult,
  kirkpatrickTooFew,
  largeChangeRows,
  roiResult,
  tooFewChanges,
  treatedResult,
  treatedTooFew,
} from '../../test/fixtures/EvaluationSummary.fixtures.js';

const meta = {
  title: 'Evaluation/EvaluationSummary',
  component: EvaluationSummary,
  tags: ['autodocs'],
  args: {
    title: 'Data skills programme: did it work?',
    description: 'Round 1 in January and round 2 in June 2026; levels 1–5 of the framework.',
    changes: competencyChanges,
    treatedVsUntreated: treatedResult,
    kirkpatrick: kirkpatrickResult,
    roi: roiResult,
    indicatorLabels,
  },
} satisfies Meta<typeof EvaluationSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^Of 5 competencies, 2 clearly improved, 1 declined, 1 shows no clear change and 1 has too few people to conclude\./,
    );
    const items = within(canvas.getByRole('list', { name: 'Change per competency' })).getAllByRole(
      'listitem',
    );
    await expect(items[0]).toHaveTextContent(
      'Data literacyA large improvement: +0.75 levels, 95% CI 0.36 to 1.14.',
    );
    await expect(items[4]).toHaveTextContent('Too few people to conclude');
    await expect(canvas.getByRole('heading', { name: 'Kirkpatrick levels 1–4' })).toBeVisible();
    // The chart/table switch by keyboard; the table repeats the values.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(
      canvas.getByRole('row', { name: /^Cyber security \+0\.13 levels -0\.57 to 0\.82/ }),
    ).toBeVisible();
  },
};

/** Change per unit: Transport has three people, and Health is withheld so that Transport cannot be derived. */
export const ByGroup: Story = {
  args: { changes: groupChanges, changeBy: 'group' },
  play: async ({ canvas }) => {
    const items = within(canvas.getByRole('list', { name: 'Change per group' })).getAllByRole(
      'listitem',
    );
    await expect(items).toHaveLength(3);
    await expect(items[1]).toHaveTextContent(/withheld so that a group of fewer than 5 people/);
  },
};

export const Empty: Story = {
  args: { changes: [], treatedVsUntreated: undefined, kirkpatrick: undefined, roi: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No evaluation results to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('figure')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the evaluation…');
  },
};

export const Error: Story = {
  args: { status: 'error', errorMessage: 'Round 2 has not been closed yet.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Round 2 has not been closed yet.');
    await expect(canvas.queryByRole('figure')).toBeNull();
  },
};

/** Sixty competencies × three units: 180 changes, six withheld. */
export const LargeData: Story = {
  args: { title: 'Sixty competencies in three units', changes: largeChangeRows },
  play: async ({ canvas }) => {
    const items = within(canvas.getByRole('list', { name: 'Change per competency' })).getAllByRole(
      'listitem',
    );
    await expect(items).toHaveLength(180);
    await expect(canvas.getAllByText(/^Too few people to conclude/)).toHaveLength(6);
  },
};

/** Every figure rests on fewer than five people: words, never numbers. */
export const TooFewPeople: Story = {
  args: {
    changes: tooFewChanges,
    treatedVsUntreated: treatedTooFew,
    kirkpatrick: kirkpatrickTooFew,
    roi: undefined,
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^Too few people to conclude about any of the 2 competencies\./,
    );
    await expect(canvasElement.querySelectorAll('.ck-evaluation__bar')).toHaveLength(0);
    await expect(
      canvas.getAllByText(
        'Too few people to conclude: a figure resting on fewer than 5 people is not published.',
      ).length,
    ).toBeGreaterThanOrEqual(6);
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'برنامج مهارات البيانات: هل نجح؟',
    description: 'الجولة الأولى في يناير والثانية في يونيو ٢٠٢٦.',
    changes: arabicChanges,
    locale: 'ar',
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
    await expect(canvasElement.querySelector('section')).toHaveAttribute('dir', 'rtl');
    const [first] = within(canvas.getByRole('list', { name: 'التغير لكل كفاءة' })).getAllByRole(
      'listitem',
    );
    // The name is on the right, the bar on the left.
    const name = first?.querySelector('.ck-evaluation__name')?.getBoundingClientRect();
    const bar = first?.querySelector('svg')?.getBoundingClientRect();
    await expect(name?.left).toBeGreaterThan(bar?.right ?? Infinity);
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    const [first] = canvas.getAllByRole('listitem');
    const name = first?.querySelector('.ck-evaluation__name')?.getBoundingClientRect();
    const bar = first?.querySelector('svg')?.getBoundingClientRect();
    await expect(bar?.top).toBeGreaterThan(name?.bottom ?? Infinity);
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expectNoSidewaysScroll(canvasElement);
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvasElement.querySelector('.ck-summary')).toBeVisible();
  },
};

function inLook(className: string) {
  function Look(Story: () => React.ReactNode) {
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
  play: async ({ canvas, canvasElement }) => {
    const section = canvasElement.querySelector('section');
    await waitFor(() =>
      expect(section && getComputedStyle(section).fontFamily).toMatch(/GDS Transport/),
    );
    await expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(5);
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
