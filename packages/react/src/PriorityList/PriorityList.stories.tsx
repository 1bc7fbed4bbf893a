import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import '../themes/govuk.css';
import {
  expectNoSidewaysScroll,
  inColumn,
  narrowColumn,
  zoom200Column,
} from '../../test/stories/reflow.js';
import { PriorityList } from './PriorityList.js';
import {
  arabicMessages,
  emptyPriorities,
  largeLabels,
  largePriorities,
  teamCompetencyLabels,
  teamCompetencyPriorities,
  teamLabels,
  teamLabelsArabic,
  teamPriorities,
  withheldLabels,
  withheldPriorities,
} from '../../test/fixtures/PriorityList.fixtures.js';

const meta = {
  title: 'Charts/PriorityList',
  component: PriorityList,
  tags: ['autodocs'],
  args: {
    title: 'Digital team: training priorities',
    description:
      'Importance of each skill and current ability, rated 1–5 by 48 members of the team.',
    result: teamPriorities,
    labels: teamLabels,
  },
} satisfies Meta<typeof PriorityList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    // Plain words first: what to train first, and how sure the resamples are.
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      'Train first in User research, Service design, and Accessibility: they are in the top 3 in at least 99% of resamples.',
    );
    await expect(
      canvas.getByRole('figure', { name: 'Digital team: training priorities' }),
    ).toHaveAccessibleDescription(
      /percentile bootstrap: 1,000 resamples of the 48 respondents, 95% level/,
    );
    const items = within(
      canvas.getByRole('list', { name: 'Items ranked by need, highest first' }),
    ).getAllByRole('listitem');
    await expect(items).toHaveLength(9);
    await expect(items[0]).toHaveTextContent(
      'User research' + 'MWDS 11.35, 95% interval 9.66 to 12.98',
    );
    await expect(
      canvas.getByText('Rank holds in 100% of resamples; in the top 3 in 100%'),
    ).toBeVisible();
    await expect(canvas.getAllByText('2 (tied)')).toHaveLength(2);
    // The switch is reachable by keyboard, and the table repeats the values.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(
      canvas.getByRole('row', { name: /^4 Data literacy 5\.63 4\.31 to 7\.13 66% 29% 37$/ }),
    ).toBeVisible();
  },
};

export const Competencies: Story = {
  args: {
    title: 'Digital team: competencies to train first',
    result: teamCompetencyPriorities,
    labels: teamCompetencyLabels,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await expect(canvas.getByText('Research and design')).toBeVisible();
    await expect(canvas.getAllByText(/in the top 1 in/)).toHaveLength(3);
  },
};

export const Empty: Story = {
  args: { result: emptyPriorities, labels: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No training-needs priorities to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** A skill only three people answered: withheld under the disclosure rule, said in words. */
export const Withheld: Story = {
  args: { result: withheldPriorities, labels: withheldLabels },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Withheld: fewer than 5 people answered')).toBeVisible();
    await expect(
      canvas.getByText(/1 item is withheld: too few people answered it\./),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Loading training-needs priorities…',
    );
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('data-state', 'loading');
  },
};

export const Error: Story = {
  args: {
    status: 'error',
    errorMessage: 'The bootstrap stopped: the survey has no respondents yet.',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The bootstrap stopped: the survey has no respondents yet.',
    );
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

export const LargeData: Story = {
  args: {
    title: 'Sixty skills: training priorities',
    description: 'Sixty skills rated by 120 people.',
    result: largePriorities,
    labels: largeLabels,
  },
  play: async ({ canvas }) => {
    const items = canvas.getAllByRole('listitem');
    await expect(items).toHaveLength(60);
    await expect(items[0]).toHaveTextContent(/in the top 5 in \d+%/);
    await expect(canvas.getByRole('figure')).toHaveAccessibleDescription(/500 resamples/);
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'الفريق الرقمي: أولويات التدريب',
    description: 'أهمية كل مهارة والقدرة الحالية، قيّمها ٤٨ عضوًا في الفريق من ١ إلى ٥.',
    labels: teamLabelsArabic,
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
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByText('بحث المستخدمين')).toBeVisible();
    await expect(canvas.getAllByText(/\(متعادل\)/)).toHaveLength(2);
    // The rank column is on the right, the bars on the left.
    const [first] = canvas.getAllByRole('listitem');
    const rank = first?.querySelector('.ck-priority-list__rank')?.getBoundingClientRect();
    const bar = first?.querySelector('svg')?.getBoundingClientRect();
    await expect(rank?.left).toBeGreaterThan(bar?.right ?? Infinity);
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    const [first] = canvas.getAllByRole('listitem');
    // The bar moves under the name, so nothing is squeezed.
    const name = first?.querySelector('.ck-priority-list__name')?.getBoundingClientRect();
    const bar = first?.querySelector('svg')?.getBoundingClientRect();
    await expect(bar?.top).toBeGreaterThan(name?.bottom ?? Infinity);
    await expect(bar?.width).toBeGreaterThan(150);
    await expect(canvas.getByText('User research')).toBeVisible();
    // Seven columns cannot reflow into 320 px: the table scrolls in its own named, focusable
    // region, and the page does not.
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    const region = await canvas.findByRole('region', { name: /values/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expectNoSidewaysScroll(canvasElement);
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvasElement.querySelector('.ck-summary')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expectNoSidewaysScroll(canvasElement);
  },
};

/** At 1280 px the table fits: no column is clipped and nothing scrolls. */
export const WideTable: Story = {
  args: { defaultView: 'table' },
  decorators: [inColumn(1280)],
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table');
    const wrapper = table.parentElement;
    await expect(wrapper).not.toBeNull();
    if (wrapper === null) return;
    await expect(wrapper.scrollWidth).toBeLessThanOrEqual(wrapper.clientWidth + 1);
    // It fits: no scroll region and no extra tab stop.
    await expect(canvas.queryByRole('region')).toBeNull();
    await expect(wrapper).not.toHaveAttribute('tabindex');
    const headers = canvas.getAllByRole('columnheader');
    const last = headers[headers.length - 1]?.getBoundingClientRect();
    await expect(last?.right).toBeLessThanOrEqual(wrapper.getBoundingClientRect().right + 1);
  },
};

export const GovukLook: Story = {
  decorators: [
    (Story) => (
      <div className="ck-theme-govuk">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    const figure = canvasElement.querySelector('figure');
    await waitFor(() =>
      expect(figure && getComputedStyle(figure).fontFamily).toMatch(/GDS Transport/),
    );
    await expect(canvas.getAllByRole('listitem')).toHaveLength(9);
    await expect(canvas.getByText('User research')).toBeVisible();
  },
};
