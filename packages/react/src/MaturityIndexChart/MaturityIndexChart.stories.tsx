import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './MaturityIndexChart.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicMessages,
  arabicMinistries,
  largeIndex,
  ministries,
  sampleDepartments,
} from '../../test/fixtures/MaturityIndexChart.fixtures.js';
import { MaturityIndexChart } from './MaturityIndexChart.js';

const meta = {
  title: 'Plan/MaturityIndexChart',
  component: MaturityIndexChart,
  tags: ['autodocs'],
  args: {
    title: 'Digital maturity of the ministries',
    description: 'Four indicators in two dimensions, measured in 2026.',
    index: ministries.index,
    result: ministries.result,
    uncertainty: ministries.uncertainty,
    locale: 'en-GB',
  },
} satisfies Meta<typeof MaturityIndexChart>;

export default meta;
type Story = StoryObj<typeof meta>;

const summaryText =
  'Finance leads; the ranks of places 2 to 3 and places 4 to 5 could swap: their intervals overlap. ' +
  'The choice of weights moves ranks most. 1 of the 6 ministries reaches the highest level, Managed.';

/** Six ministries: two pairs of places could swap; select one by keyboard to see its dimensions. */
export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(summaryText);
    const list = canvas.getByRole('listbox', { name: 'Ministries by rank' });
    const options = within(list).getAllByRole('option');
    await expect(options).toHaveLength(6);
    // The interval of Education (ranks 2 to 3) is drawn wider than Finance's (1 to 1).
    const width = (option: HTMLElement | undefined) =>
      option?.querySelector('.ck-maturity__interval line')?.getBoundingClientRect().width ?? 0;
    await expect(width(options[1])).toBeGreaterThan(width(options[0]) + 10);
    // Tab past the view switch into the list, move down, select.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(options[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await expect(
      canvas.getByRole('table', { name: 'Education: scores by dimension' }),
    ).toBeVisible();
  },
};

/** The sample ministry's eight departments, sixteen indicators in four dimensions. */
export const SampleDepartments: Story = {
  args: {
    title: 'Digital maturity of the departments',
    description: 'The sample ministry, generated.',
    ...sampleDepartments,
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(/leads/);
    await expect(
      within(canvas.getByRole('listbox', { name: 'Units by rank' })).getAllByRole('option'),
    ).toHaveLength(8);
    await expect(
      canvas.getByRole('heading', { name: 'Which choice moves ranks most' }),
    ).toBeVisible();
  },
};

/** The table view: each name is a button that selects the ministry. */
export const TableSelect: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas, userEvent }) => {
    const table = canvas.getByRole('table', { name: 'Rank with its 5–95 % interval: values' });
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
    const health = within(table).getByRole('button', { name: 'Health' });
    health.focus();
    await userEvent.keyboard('{Enter}');
    await expect(health).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('table', { name: 'Health: scores by dimension' })).toBeVisible();
  },
};

/** Only the index, without an uncertainty analysis: ranks, no intervals, no choices. */
export const WithoutUncertainty: Story = {
  args: { uncertainty: undefined },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      'Finance leads. 1 of the 6 ministries reaches the highest level, Managed.',
    );
    await expect(canvasElement.querySelectorAll('.ck-maturity__interval line')).toHaveLength(0);
    await expect(
      canvas.queryByRole('heading', { name: 'Which choice moves ranks most' }),
    ).toBeNull();
  },
};

export const Empty: Story = {
  args: { index: undefined, result: undefined, uncertainty: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No maturity index to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('listbox')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the maturity index…');
    await expect(canvas.queryByRole('figure')).toBeNull();
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The index could not be computed.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('The index could not be computed.');
  },
};

/** 150 units: the list keeps one tab stop; End goes to the last. */
export const Large: Story = {
  args: { title: 'Digital maturity of 150 units', description: undefined, ...largeIndex },
  play: async ({ canvas, userEvent }) => {
    const options = within(canvas.getByRole('listbox', { name: 'Units by rank' })).getAllByRole(
      'option',
    );
    await expect(options).toHaveLength(150);
    await expect(options.filter((option) => option.tabIndex === 0)).toHaveLength(1);
    options[0]?.focus();
    await userEvent.keyboard('{End}');
    await expect(options[149]).toHaveFocus();
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'النضج الرقمي للوزارات',
    description: undefined,
    ...arabicMinistries,
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
    const [first, second] = within(
      canvas.getByRole('listbox', { name: 'ترتيب الوزارات' }),
    ).getAllByRole('option');
    // The name is on the right, the interval on the left; rank 1 is drawn right of rank 2.
    const name = first?.querySelector('.ck-maturity__name')?.getBoundingClientRect();
    const bar = first?.querySelector('svg')?.getBoundingClientRect();
    await expect(name?.left).toBeGreaterThan(bar?.right ?? Infinity);
    const dot = (option: HTMLElement | undefined) =>
      option?.querySelector('.ck-maturity__nominal')?.getBoundingClientRect().left ?? 0;
    await expect(dot(first)).toBeGreaterThan(dot(second));
  },
};

export const Narrow: Story = {
  decorators: [narrowColumn],
  args: { defaultSelectedId: 'education' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    const [first] = canvas.getAllByRole('option');
    const name = first?.querySelector('.ck-maturity__name')?.getBoundingClientRect();
    const bar = first?.querySelector('svg')?.getBoundingClientRect();
    await expect(bar?.top).toBeGreaterThan(name?.bottom ?? Infinity);
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expectNoSidewaysScroll(canvasElement);
  },
};

function look(className: string | undefined, font: RegExp | undefined): Story {
  return {
    decorators: inLook(className),
    args: { defaultSelectedId: 'finance' },
    play: async ({ canvas, canvasElement }) => {
      await expectLookFont(canvasElement, 'section', font);
      await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(summaryText);
      await expect(canvas.getByRole('option', { name: /^1 Finance/ })).toHaveAttribute(
        'aria-selected',
        'true',
      );
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
