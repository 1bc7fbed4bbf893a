import '../themes/govuk.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import {
  expectNoSidewaysScroll,
  inColumn,
  narrowColumn,
  zoom200Column,
} from '../../test/stories/reflow.js';
import { GroupSummaryTable } from './GroupSummaryTable.js';
import {
  arabicMessages,
  digitalCompetencies,
  digitalCompetenciesArabic,
  largeUnitNames,
  largeUnitSummary,
  ministrySummaryWithMedians,
  ministryUnitNames,
  ministryUnitsArabic,
  roleNames,
  roleSummary,
} from '../../test/fixtures/GroupSummaryTable.fixtures.js';

const meta = {
  title: 'Tables/GroupSummaryTable',
  component: GroupSummaryTable,
  args: {
    title: 'Data literacy: results by unit',
    description: 'Scores on a 1–5 scale; gaps in levels below the required level.',
    summary: ministrySummaryWithMedians,
    groups: ministryUnitNames,
    competencies: digitalCompetencies,
    competency: 1,
    groupHeading: 'Unit',
  },
} satisfies Meta<typeof GroupSummaryTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Data literacy: results by unit' });
    await expect(within(table).getAllByRole('row')).toHaveLength(1 + 9);
    await expect(canvas.getByRole('row', { name: /^Payments team/ })).toHaveTextContent(
      'Withheld: fewer than 5 respondents',
    );
    await expect(canvas.getByRole('row', { name: /^Identity team/ })).toHaveTextContent(
      'Withheld so that a smaller group’s results cannot be worked out',
    );
    await userEvent.click(canvas.getByRole('button', { name: /Mean gap/ }));
    await expect(canvas.getByRole('columnheader', { name: /Mean gap/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(table).toHaveAttribute('data-sort-by', 'meanGap');
  },
};

export const AllCompetenciesByRole: Story = {
  args: {
    title: 'Digital service: results by role',
    summary: roleSummary,
    groups: roleNames,
    competency: 'all',
    groupHeading: 'Role',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('row')).toHaveLength(1 + 5 * 6);
    await expect(canvas.getByRole('columnheader', { name: /Competency/ })).toBeVisible();
    await expect(canvas.getAllByText('Withheld: fewer than 5 respondents')).toHaveLength(6);
  },
};

export const DownloadCsv: Story = {
  play: async ({ canvas }) => {
    const created = spyOn(URL, 'createObjectURL');
    // Keep the browser from saving a file; the Blob is what is checked.
    const clicked = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await userEvent.click(canvas.getByRole('button', { name: 'Download as CSV' }));
      await expect(clicked).toHaveBeenCalledTimes(1);
      const blob = created.mock.calls[0]?.[0];
      await expect(blob).toBeInstanceOf(Blob);
      if (!(blob instanceof Blob)) return;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      await expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      await expect(csv).toContain(
        '\r\nPayments team,Data literacy,Withheld: fewer than 5 respondents,,,,,,\r\n',
      );
    } finally {
      created.mockRestore();
      clicked.mockRestore();
    }
  },
};

export const Empty: Story = {
  args: { summary: undefined, groups: [], competencies: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No results to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

export const Loading: Story = {
  args: { summary: undefined, status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading results…');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: {
    summary: undefined,
    status: 'error',
    errorMessage: 'The results could not be loaded: the survey service did not answer.',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/survey service did not answer/);
  },
};

export const LargeData: Story = {
  args: {
    title: 'Data literacy: 200 regional units',
    description: 'Twenty directorates, each rolled up from nine district offices.',
    summary: largeUnitSummary,
    groups: largeUnitNames,
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(200);
    await expect(
      canvasElement.querySelectorAll('tbody tr[data-state="suppressed"]').length,
    ).toBeGreaterThan(0);
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'محو الأمية في البيانات: النتائج حسب الوحدة',
    description: 'الدرجات على مقياس من 1 إلى 5.',
    groups: ministryUnitsArabic,
    competencies: digitalCompetenciesArabic,
    groupHeading: 'الوحدة',
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
    await expect(canvasElement.querySelector('.ck-group-summary-table')).toHaveAttribute(
      'dir',
      'rtl',
    );
    const row = canvas.getByRole('row', { name: /^فريق المنصة/ });
    const header = within(row).getByRole('rowheader');
    const [count] = within(row).getAllByRole('cell');
    // Mirrored: the unit name on the right, the measures to its left.
    await waitFor(() =>
      expect(header.getBoundingClientRect().left).toBeGreaterThan(
        count?.getBoundingClientRect().left ?? Number.POSITIVE_INFINITY,
      ),
    );
    await expect(canvas.getByRole('row', { name: /^فريق المدفوعات/ })).toHaveTextContent(
      'محجوب: أقل من 5 مستجيبين',
    );
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    // Eight columns cannot reflow into 320 px: the table scrolls sideways in its own
    // focusable region, named by the title, instead of widening the page.
    const region = await canvas.findByRole('region', { name: 'Data literacy: results by unit' });
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(canvasElement.querySelector('.ck-summary')).toBeVisible();
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
  },
};

/**
 * At 1280 px the table fits: no column is clipped, no scroll region, no tab stop on the
 * wrapper, and no header broken inside a word.
 */
export const Wide: Story = {
  args: { competency: 'all' },
  decorators: [inColumn(1280)],
  play: async ({ canvas, canvasElement }) => {
    const table = canvas.getByRole('table');
    const wrapper = table.parentElement;
    await expect(wrapper).not.toBeNull();
    if (wrapper === null) return;
    await expect(wrapper.scrollWidth).toBeLessThanOrEqual(wrapper.clientWidth + 1);
    await expect(wrapper).not.toHaveAttribute('tabindex');
    await expect(canvas.queryByRole('region')).toBeNull();
    const headers = canvas.getAllByRole('columnheader');
    const last = headers[headers.length - 1]?.getBoundingClientRect();
    await expect(last?.right).toBeLessThanOrEqual(wrapper.getBoundingClientRect().right + 1);
    // No header breaks inside a word: each word of a header is on one line.
    for (const header of headers) {
      const range = canvasElement.ownerDocument.createRange();
      const text = header.querySelector('button')?.firstChild;
      if (!(text instanceof Text)) continue;
      let start = 0;
      for (const word of text.textContent.split(' ')) {
        range.setStart(text, start);
        range.setEnd(text, start + word.length);
        await expect(range.getClientRects().length, `“${word}” in one piece`).toBeLessThanOrEqual(
          1,
        );
        start += word.length + 1;
      }
    }
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
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.ck-group-summary-table');
    await expect(root).not.toBeNull();
    if (root === null) return;
    await expect(getComputedStyle(root).fontFamily).toContain('GDS Transport');
    await expect(within(root).getAllByRole('row')).toHaveLength(10);
  },
};
