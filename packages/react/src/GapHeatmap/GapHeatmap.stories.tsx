import '../themes/govuk.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import { plural } from '../shared/localeFormat.js';
import { GapHeatmap } from './GapHeatmap.js';
import type { GapHeatmapMessages } from './messages.js';
import {
  digitalCompetencies,
  digitalCompetenciesArabic,
  largeCompetencies,
  largeSummary,
  largeUnitNames,
  ministrySummary,
  ministryUnitNames,
  ministryUnitsArabic,
} from '../../test/fixtures/GapHeatmap.fixtures.js';

const meta = {
  title: 'Charts/GapHeatmap',
  component: GapHeatmap,
  args: {
    title: 'Ministry of Digital Government: competency gaps',
    description:
      'Mean gap to the required level, by unit and competency. Results of groups of fewer than five people are withheld.',
    summary: ministrySummary,
    units: ministryUnitNames,
    competencies: digitalCompetencies,
  },
} satisfies Meta<typeof GapHeatmap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The grid cell of a unit (row header name) and a column position (0 = first competency). */
function cellOf(canvasElement: HTMLElement, unit: string, column: number): HTMLElement {
  const header = within(canvasElement).getByRole('rowheader', { name: unit });
  const cell = header.closest('[role="row"]')?.querySelectorAll<HTMLElement>('[role="gridcell"]')[
    column
  ];
  if (cell === undefined) throw new Error(`no cell ${unit} × ${column}`);
  return cell;
}

export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(
      canvas.getByText(
        'The largest gaps are in Agile delivery, in Policy unit and Regional office. Some results of 4 units are withheld to protect small groups.',
      ),
    ).toBeVisible();
    const grid = canvas.getByRole('grid', { name: /competency gaps: Mean gap/ });
    await expect(grid).toBeVisible();
    await expect(canvas.getAllByRole('gridcell')).toHaveLength(9 * 6);
    await expect(cellOf(canvasElement, 'Payments team', 0)).toHaveTextContent(
      'Withheld: fewer than 5 respondents',
    );
    await expect(cellOf(canvasElement, 'Regional office', 4)).toHaveTextContent('No data');
    await expect(canvas.getByText('0.0 to 0.6')).toBeVisible();
    await expect(canvas.getByText(/^Withheld: fewer than 5 respondents, or/)).toBeVisible();
    // Hatched, not a colour band: withheld is never painted as a value.
    const withheld = cellOf(canvasElement, 'Payments team', 0);
    await expect(getComputedStyle(withheld).backgroundImage).toContain('repeating-linear-gradient');
    // The largest need is the darkest band, with white text; the smallest the lightest.
    const darkest = canvasElement.querySelector<HTMLElement>('[role="gridcell"][data-band="4"]');
    const lightest = canvasElement.querySelector<HTMLElement>('[role="gridcell"][data-band="0"]');
    if (darkest !== null) await expect(getComputedStyle(darkest).color).toBe('rgb(255, 255, 255)');
    if (lightest !== null)
      await expect(getComputedStyle(lightest).backgroundColor).toBe('rgb(253, 240, 230)');
  },
};

export const SortAndMoveByKeyboard: Story = {
  play: async ({ canvas, canvasElement }) => {
    const sortButton = canvas.getByRole('button', { name: 'Agile delivery' });
    await userEvent.click(sortButton);
    await expect(canvas.getByRole('columnheader', { name: 'Agile delivery' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(canvas.getByRole('grid')).toHaveAttribute('data-sort-rows', '2');
    // Largest gap first: the Policy unit (2.4).
    await expect(canvas.getAllByRole('rowheader')[0]).toHaveTextContent('Policy unit');
    await userEvent.keyboard('{ArrowDown}');
    await expect(cellOf(canvasElement, 'Policy unit', 2)).toHaveFocus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(cellOf(canvasElement, 'Payments team', 5)).toHaveFocus();
  },
};

export const ShareBelowRequired: Story = {
  args: {
    measure: 'shareBelowRequired',
    description: 'Share of respondents below their role’s required level.',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: /Share of respondents below/ })).toBeVisible();
    await expect(canvas.getByText('80% to 100%')).toBeVisible();
  },
};

export const TableView: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /by unit and competency/ });
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(9);
    // Seven cells withheld with their group, one more whose gap figures (resting on the people
    // with a required level) are withheld so that a smaller group cannot be worked out.
    await expect(
      within(table).getAllByText('Withheld: withheld so that a smaller group cannot be worked out'),
    ).toHaveLength(8);
  },
};

export const Empty: Story = {
  args: { summary: undefined, units: [], competencies: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No results to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

export const Loading: Story = {
  args: { summary: undefined, status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading results…');
    await expect(canvas.getByRole('figure')).toHaveAttribute('data-state', 'loading');
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
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

export const LargeData: Story = {
  args: {
    title: 'Regional offices: competency gaps',
    description: '200 units × 50 competencies.',
    summary: largeSummary,
    units: largeUnitNames,
    competencies: largeCompetencies,
  },
  play: async ({ canvasElement }) => {
    // Counting with a selector: role queries over 10,000 cells take seconds.
    const grid = canvasElement.querySelector('[role="grid"]');
    await expect(grid?.querySelectorAll('[role="gridcell"]')).toHaveLength(10_000);
    await expect(
      grid?.querySelectorAll('[role="gridcell"][data-state="withheld"]').length,
    ).toBeGreaterThan(0);
    await expect(grid?.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  },
};

function nextPaint(): Promise<void> {
  // A frame callback runs before the frame paints; a task queued from it runs after.
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Mounts the 200 × 50 heatmap five times and reports how long each took. */
function RenderBenchmark() {
  const [mounted, setMounted] = useState(false);
  const [report, setReport] = useState<string>('Not run yet.');
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    const commits: number[] = [];
    const paints: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      flushSync(() => setMounted(false));
      await nextPaint();
      const start = performance.now();
      flushSync(() => setMounted(true));
      commits.push(performance.now() - start);
      await nextPaint();
      paints.push(performance.now() - start);
    }
    const format = (values: readonly number[]) => values.map((ms) => ms.toFixed(1)).join(', ');
    const text =
      `200 × 50 cells, median of 5 mounts: render and commit ${median(commits).toFixed(1)} ms ` +
      `(${format(commits)}); to the next paint, with style and layout, ${median(paints).toFixed(1)} ms ` +
      `(${format(paints)}). React ${import.meta.env.DEV ? 'development' : 'production'} build.`;
    console.info(`[GapHeatmap benchmark] ${text}`);
    setReport(text);
    setRunning(false);
  };
  return (
    <div>
      <button type="button" onClick={() => void run()} disabled={running}>
        Measure render time
      </button>
      <p>
        <output aria-live="polite" data-testid="benchmark-report">
          {report}
        </output>
      </p>
      {mounted && (
        <GapHeatmap
          title="Regional offices: competency gaps"
          summary={largeSummary}
          units={largeUnitNames}
          competencies={largeCompetencies}
        />
      )}
    </div>
  );
}

/**
 * A benchmark for designers and maintainers in Storybook, not a test: it mounts the 200 × 50
 * heatmap five times and prints the times on the page and in the console. The story tests skip
 * it (`!test`): it asserts no time, and LargeData checks the same markup, with axe.
 */
export const RenderBenchmarkLargeData: Story = {
  tags: ['!test'],
  parameters: { a11y: { test: 'off' } },
  render: () => <RenderBenchmark />,
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Measure render time' }));
    const report = canvas.getByTestId('benchmark-report');
    await waitFor(() => expect(report).toHaveTextContent(/median of 5 mounts/), {
      timeout: 60_000,
    });
    await expect(canvasElement.querySelectorAll('[role="grid"] [role="gridcell"]')).toHaveLength(
      10_000,
    );
  },
};

const arabicMessages: GapHeatmapMessages = {
  empty: 'لا توجد نتائج لعرضها بعد.',
  loading: 'جارٍ تحميل النتائج…',
  error: 'تعذّر تحميل النتائج. حاول مرة أخرى لاحقًا.',
  unit: 'الوحدة',
  meanGap: 'متوسط الفجوة (مستويات دون المستوى المطلوب)',
  shareBelowRequired: 'نسبة المستجيبين دون المستوى المطلوب',
  legend: 'المفتاح',
  band: (from, to) => `من ${from} إلى ${to}`,
  withheld: 'محجوب',
  withheldPrimary: (k) => `أقل من ${k} مستجيبين`,
  withheldComplementary: 'محجوب كي لا تُستنتج نتائج مجموعة أصغر',
  withheldKey: (k) =>
    `محجوب: أقل من ${k} مستجيبين، أو محجوب كي لا تُستنتج نتائج مجموعة أصغر من المجاميع. ليس صفرًا أبدًا.`,
  noData: 'لا بيانات',
  noDataKey: 'لا بيانات: لم يُجب أحد في الوحدة عن هذه الكفاءة.',
  notSet: 'غير محدد',
  notSetKey: 'غير محدد: لا يحدد دور أي مستجيب مستوى مطلوبًا لهذه الكفاءة.',
  gridHelp:
    'اختر كفاءة لترتيب الوحدات حسبها، أو وحدة لترتيب الكفاءات (الأكبر أولًا، ثم الأصغر، ثم الترتيب الأصلي). تنقّل بين الخلايا بمفاتيح الأسهم.',
  tableCaption: (title, measure) => `${title}: ${measure}، حسب الوحدة والكفاءة`,
  viewChart: 'خريطة حرارية',
  viewTable: 'جدول',
  viewGroup: 'العرض',
  summaryLargest: ({ measure, competency, units }) =>
    measure === 'meanGap'
      ? `أكبر الفجوات في ${competency}، في ${units}.`
      : `أكثر من هم دون المستوى المطلوب في ${competency}، في ${units}.`,
  summaryNoNeed: () => 'لا فجوة عن المستوى المطلوب في الوحدات المعروضة.',
  summaryNothingPublished: 'لا نتائج يمكن عرضها: كلها محجوبة أو مفقودة أو بلا مستوى مطلوب.',
  summaryWithheld: (units) =>
    plural(units, {
      one: 'حُجبت بعض نتائج وحدة واحدة لحماية المجموعات الصغيرة.',
      two: 'حُجبت بعض نتائج وحدتين لحماية المجموعات الصغيرة.',
      few: 'حُجبت بعض نتائج {count} وحدات لحماية المجموعات الصغيرة.',
      other: 'حُجبت بعض نتائج {count} وحدة لحماية المجموعات الصغيرة.',
    }),
};

export const RightToLeft: Story = {
  args: {
    title: 'وزارة الحكومة الرقمية: فجوات الكفاءة',
    description: 'متوسط الفجوة عن المستوى المطلوب حسب الوحدة والكفاءة.',
    units: ministryUnitsArabic,
    competencies: digitalCompetenciesArabic,
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
    // Mirrored: unit names on the right, the first competency just left of them.
    const header = canvas.getByRole('rowheader', { name: 'فريق المنصة' });
    const first = cellOf(canvasElement, 'فريق المنصة', 0);
    const second = cellOf(canvasElement, 'فريق المنصة', 1);
    // Sticky headers settle in the first frame after mounting: measure once laid out.
    await waitFor(() =>
      expect(header.getBoundingClientRect().left).toBeGreaterThan(
        first.getBoundingClientRect().left,
      ),
    );
    await expect(first.getBoundingClientRect().left).toBeGreaterThan(
      second.getBoundingClientRect().left,
    );
    within(header).getByRole('button').focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(first).toHaveFocus();
    await expect(cellOf(canvasElement, 'فريق المدفوعات', 0)).toHaveTextContent(
      'محجوب: أقل من 5 مستجيبين',
    );
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvas.getByText(/^The largest gaps are in/)).toBeVisible();
    // The grid scrolls sideways in its own region instead of widening the page.
    const scroller = canvasElement.querySelector('.ck-gap-heatmap__scroller');
    await expect(scroller).toHaveClass('ck-scroll');
    await expect(scroller?.scrollWidth).toBeGreaterThan(scroller?.clientWidth ?? 0);
    // No header breaks inside a word: each button is at least as wide as its longest word.
    for (const button of canvasElement.querySelectorAll<HTMLElement>('.ck-gap-heatmap__sort')) {
      await expect(button.scrollWidth).toBeLessThanOrEqual(button.clientWidth + 1);
    }
  },
};

export const NarrowViewportTable: Story = {
  args: { defaultView: 'table' },
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    const region = canvas.getByRole('region', { name: /by unit and competency/ });
    await expect(region).toHaveAttribute('tabindex', '0');
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvas, canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvas.getByRole('grid')).toBeVisible();
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
    const figure = canvasElement.querySelector('figure');
    await expect(figure).not.toBeNull();
    if (figure === null) return;
    await expect(getComputedStyle(figure).fontFamily).toMatch(/arial/i);
    await expect(within(figure).getAllByRole('gridcell')).toHaveLength(54);
  },
};
