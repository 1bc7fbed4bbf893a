import { ar, enGB } from 'date-fns/locale';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './StakeholderGrid.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicMessages,
  arabicStakeholders,
  asOf,
  largeStakeholders,
  ministryPeople,
  ministryStakeholders,
  ministryStatuses,
} from '../../test/fixtures/StakeholderGrid.fixtures.js';
import { StakeholderGrid } from './StakeholderGrid.js';

const meta = {
  title: 'Engage/StakeholderGrid',
  component: StakeholderGrid,
  tags: ['autodocs'],
  args: {
    title: 'Stakeholders of the digital skills programme',
    description: 'Power and interest rated 1–5 by the programme team, reviewed in November 2026.',
    defaultStakeholders: ministryStakeholders,
    activityStatus: ministryStatuses,
    people: ministryPeople,
    asOf,
    locale: 'en-GB',
    dateLocale: enGB,
  },
} satisfies Meta<typeof StakeholderGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

const summaryText =
  '5 stakeholders need managing closely; 2 of them have no engagement planned. 1 activity is overdue on 2 Dec 2026.';

export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(summaryText);
    const manage = canvas.getByRole('region', { name: /^Manage closely/ });
    await expect(within(manage).getAllByRole('button')).toHaveLength(5);
    // The high-power quadrants sit above the low-power ones.
    const monitor = canvas.getByRole('region', { name: /^Monitor/ });
    await expect(manage.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      monitor.getBoundingClientRect().top + 1,
    );
    await expect(canvas.getByRole('heading', { name: 'Engagement plans' })).toBeVisible();
  },
};

/** Select with the keyboard, move with the arrows, hear where it landed. */
export const KeyboardMove: Story = {
  play: async ({ canvas, userEvent }) => {
    const union = canvas.getByRole('button', { name: /Public Servants’ Union/ });
    union.focus();
    await userEvent.keyboard('{Enter}');
    await expect(union).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Public Servants’ Union: power 2, interest 4. Keep informed.',
    );
    const informed = canvas.getByRole('region', { name: /^Keep informed/ });
    await waitFor(() =>
      expect(
        within(informed).getByRole('button', { name: /Public Servants’ Union/ }),
      ).toHaveFocus(),
    );
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Public Servants’ Union: power 3, interest 4. Manage closely.',
    );
    // The same move by button.
    await userEvent.click(canvas.getByRole('button', { name: 'Less power' }));
    await expect(within(informed).getByText('Public Servants’ Union')).toBeVisible();
    await userEvent.keyboard('{Escape}');
  },
};

export const Table: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /stakeholder register/ });
    await expect(within(table).getAllByRole('row')).toHaveLength(9);
    await expect(within(table).getByText('25 Nov 2026: Workshop (overdue)')).toBeVisible();
  },
};

export const Empty: Story = {
  args: { defaultStakeholders: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No stakeholders in the register yet.')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the stakeholder register…');
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('data-state', 'loading');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The register could not be loaded: try again later.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/try again later/);
  },
};

export const Large: Story = {
  args: { title: '200 stakeholders', defaultStakeholders: largeStakeholders, asOf: '2026-06-30' },
  play: async ({ canvas }) => {
    const regions = ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor'].map((name) =>
      canvas.getByRole('region', { name: new RegExp(`^${name}`) }),
    );
    const placed = regions.reduce(
      (sum, region) => sum + within(region).getAllByRole('button').length,
      0,
    );
    await expect(placed).toBe(200);
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'أصحاب المصلحة في برنامج المهارات الرقمية',
    description: undefined,
    locale: 'ar',
    dateLocale: ar,
    defaultStakeholders: arabicStakeholders,
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
    // High interest is on the left, right to left.
    const manage = canvas.getByRole('region', { name: /^إدارة وثيقة/ });
    const satisfied = canvas.getByRole('region', { name: /^إبقاء راضين/ });
    await expect(manage.getBoundingClientRect().right).toBeLessThanOrEqual(
      satisfied.getBoundingClientRect().left + 1,
    );
    await expect(canvas.getAllByText('وزارة المالية')[0]).toBeVisible();
  },
};

export const Narrow: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Chamber of Commerce/ }));
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expectNoSidewaysScroll(canvasElement);
  },
};

function look(className: string | undefined, font: RegExp | undefined): Story {
  return {
    decorators: inLook(className),
    play: async ({ canvas, canvasElement }) => {
      await expectLookFont(canvasElement, 'figure', font);
      await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(summaryText);
      await expect(canvas.getByRole('button', { name: /Digital Agency/ })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
