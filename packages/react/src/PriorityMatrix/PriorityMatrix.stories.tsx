import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import '../themes/govuk.css';
import { PriorityMatrix } from './PriorityMatrix.js';
import {
  arabicMessages,
  emptyMatrix,
  largeLabels,
  largeMatrix,
  teamLabels,
  teamLabelsArabic,
  teamMatrix,
  withheldLabels,
  withheldMatrix,
} from '../../test/fixtures/PriorityMatrix.fixtures.js';

/** The quadrant names drawn in the chart, each label's lines joined. */
function quadrantLabels(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll('.ck-priority-matrix__quadrant-label'), (label) =>
    Array.from(label.querySelectorAll('tspan'), (line) => line.textContent).join(' '),
  );
}

/** Asserts that no two quadrant names (or a name and a cross-hair label) overlap on screen. */
async function expectLabelsApart(root: HTMLElement): Promise<void> {
  const boxes = Array.from(
    root.querySelectorAll(
      '.ck-priority-matrix__quadrant-label, .ck-priority-matrix__crosshair[data-axis="importance"] text',
    ),
    (label) => label.getBoundingClientRect(),
  );
  await expect(boxes).toHaveLength(5);
  const overlapping: string[] = [];
  boxes.forEach((a, i) => {
    boxes.slice(i + 1).forEach((b, j) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        overlapping.push(`${String(i)} × ${String(i + j + 1)}`);
    });
  });
  await expect(overlapping).toEqual([]);
}

const meta = {
  title: 'Charts/PriorityMatrix',
  component: PriorityMatrix,
  tags: ['autodocs'],
  args: {
    title: 'Digital team: where to train first',
    description:
      'Mean importance and current performance of ten skills, rated 1–5 by 48 members of the team.',
    result: teamMatrix,
    labels: teamLabels,
  },
} satisfies Meta<typeof PriorityMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(
      canvas.getByRole('figure', { name: 'Digital team: where to train first' }),
    ).toBeVisible();
    await expect(
      canvas.getByText(
        'Concentrate here: 3 items matter most and are done least well — User research, Data literacy, and Service design.',
      ),
    ).toBeVisible();
    await expectLabelsApart(canvasElement);
    await expect(quadrantLabels(canvasElement)).toEqual([
      'Concentrate here',
      'Keep up the good work',
      'Low priority',
      'Possible overkill',
    ]);
    for (const label of canvasElement.querySelectorAll('.ck-priority-matrix__quadrant-label')) {
      await expect(label).toBeVisible();
    }
    await expect(canvas.getAllByText('Grand mean 3.59')).toHaveLength(1);
    await expect(canvas.getAllByRole('option')).toHaveLength(9);
    // Tab past the chart/table switch to the points, move down one, select it.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('option', { name: /^User research/ })).toHaveFocus();
    await expect(canvas.getByText('Importance 4.53, performance 2.42')).toBeVisible();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const selected = canvas.getByRole('option', { selected: true });
    await expect(selected).toHaveAccessibleName(
      'Cyber security awareness: importance 4.40, performance 3.72, Keep up the good work',
    );
    await expect(selected).toHaveAttribute('data-selected', 'true');
  },
};

export const Table: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /values/ });
    await expect(table).toBeVisible();
    await expect(
      canvas.getByRole('row', { name: /^User research 4\.53 2\.42 Concentrate here 43/ }),
    ).toBeVisible();
    await expect(canvas.getByText(/^Not scored/)).toBeVisible();
  },
};

/** A skill only three people answered: not plotted, and the table says it is withheld. */
export const Withheld: Story = {
  args: { result: withheldMatrix, labels: withheldLabels, defaultView: 'table' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Withheld: fewer than 5 people answered')).toBeVisible();
  },
};

export const Empty: Story = {
  args: { result: emptyMatrix, labels: [] },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText('No importance and performance ratings to plot yet.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('listbox')).toBeNull();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the priority matrix…');
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('data-state', 'loading');
  },
};

export const Error: Story = {
  args: {
    status: 'error',
    errorMessage: 'The survey export has no performance ratings. Check the file and try again.',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The survey export has no performance ratings. Check the file and try again.',
    );
    await expect(canvas.queryByRole('listbox')).toBeNull();
  },
};

export const LargeData: Story = {
  args: {
    title: 'Sixty skills: where to train first',
    description: 'Sixty skills rated by 120 people; the axes zoom in on where the means fall.',
    result: largeMatrix,
    labels: largeLabels,
    domain: 'data',
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getAllByRole('option')).toHaveLength(60);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    const last = canvas.getAllByRole('option').at(-1);
    await expect(last).toHaveFocus();
    await expect(last).toHaveAttribute('tabindex', '0');
    await expect(quadrantLabels(canvasElement)).toContain('Possible overkill');
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'الفريق الرقمي: أين نبدأ التدريب',
    description: 'متوسط الأهمية والأداء الحالي لعشر مهارات، قيّمها ٤٨ عضوًا في الفريق من ١ إلى ٥.',
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
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    await expect(quadrantLabels(canvasElement)).toEqual([
      'ركّز هنا',
      'واصل العمل الجيد',
      'أولوية منخفضة',
      'جهد زائد محتمل',
    ]);
    // Performance grows leftwards: the best-performing skill is left of the worst.
    const x = (name: string) =>
      canvas.getByRole('option', { name: new RegExp(`^${name}`) }).getBoundingClientRect().x;
    await expect(x('البرمجيات المكتبية')).toBeLessThan(x('هندسة الحوسبة السحابية'));
    await userEvent.click(canvas.getByRole('button', { name: 'جدول' }));
    await expect(canvas.getByRole('columnheader', { name: 'متوسط الأهمية' })).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: 'بحث المستخدمين' })).toBeVisible();
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvas.getByText(/^Concentrate here: 3 items/)).toBeVisible();
    await expect(canvas.getAllByRole('option')).toHaveLength(9);
    // Drawn at its measured width: the quadrant names keep their size and never overlap.
    await waitFor(() =>
      expect(canvasElement.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 3\d\d /),
    );
    await expectLabelsApart(canvasElement);
  },
};

/** At 320 px with the axes zoomed on the data, the cross-hairs move near the names. */
export const NarrowViewportLargeData: Story = {
  args: { result: largeMatrix, labels: largeLabels, domain: 'data' },
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await waitFor(() =>
      expect(canvasElement.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 3\d\d /),
    );
    await expectLabelsApart(canvasElement);
  },
};

export const NarrowViewportTable: Story = {
  args: { defaultView: 'table' },
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvas.getByRole('region', { name: /values/ })).toHaveAttribute('tabindex', '0');
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expectLabelsApart(canvasElement);
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
    await waitFor(() => expect(figure && getComputedStyle(figure).fontFamily).toMatch(/arial/i));
    await expect(quadrantLabels(canvasElement)).toContain('Concentrate here');
    await expect(canvas.getAllByRole('option')).toHaveLength(9);
  },
};
