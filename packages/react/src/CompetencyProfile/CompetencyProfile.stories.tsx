import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import '../themes/govuk.css';
import { CompetencyProfile } from './CompetencyProfile.js';
import type { CompetencyProfileMessages } from './messages.js';
import {
  ddatScale,
  ministryProfile,
  researcherProfile,
  researcherProfileArabic,
} from '../../test/fixtures/CompetencyProfile.fixtures.js';

const meta = {
  title: 'Charts/CompetencyProfile',
  component: CompetencyProfile,
  args: {
    title: 'Amira Haddad: competency profile',
    description: 'Self-assessed scores against the levels a senior user researcher needs.',
    scale: ddatScale,
    data: researcherProfile,
  },
} satisfies Meta<typeof CompetencyProfile>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(
      canvas.getByText(
        'Below the required level in 2 of 5 competencies: User research (gap 0.8), Data literacy (gap 0.3). No score in 1 competency: Cyber security awareness (not enough answers).',
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('img', { name: /Radar chart of 5 competencies/ })).toBeVisible();
    const profile = canvasElement.querySelector('.ck-competency-profile');
    await expect(profile).toHaveAttribute('data-form', 'radar');

    await userEvent.click(canvas.getByRole('button', { name: 'Bars' }));
    await expect(profile).toHaveAttribute('data-form', 'bars');
    await expect(canvas.getByRole('img', { name: /Bar chart of 5 competencies/ })).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expect(canvas.getByRole('table', { name: /values/ })).toBeVisible();
    await expect(
      canvas.getByRole('row', { name: /User research 2\.2 Working Practitioner 0\.8 Below/ }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('row', { name: /Cyber security awareness No score/ }),
    ).toBeVisible();
    // Leave the story as the reader found it.
    await userEvent.click(canvas.getByRole('button', { name: 'Chart' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Radar' }));
  },
};

/**
 * Missing scores — null, NaN or infinite, as a mean of no answers gives — read "No score" with
 * their reason in the summary, the table and the bars, and leave a gap in the radar: never 0,
 * "NaN" or the lowest level.
 */
export const MissingScores: Story = {
  args: {
    data: [
      { id: 'user-research', label: 'User research', score: 2.2, requiredLevel: 3 },
      { id: 'data-literacy', label: 'Data literacy', score: Number.NaN, requiredLevel: 3 },
      { id: 'agile-delivery', label: 'Agile delivery', score: 3.4, requiredLevel: 3 },
      {
        id: 'cyber-security',
        label: 'Cyber security awareness',
        score: null,
        requiredLevel: 2,
        missingReason: 'fewer than 5 respondents',
      },
    ],
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(
      canvas.getByText(
        /No score in 2 competencies: Data literacy \(not enough answers\), Cyber security awareness \(fewer than 5 respondents\)\./,
      ),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expect(
      canvas.getByRole('row', { name: /Data literacy No score: not enough answers —/ }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('row', {
        name: /Cyber security awareness No score: fewer than 5 respondents/,
      }),
    ).toBeVisible();
    await expect(canvasElement.textContent).not.toMatch(/NaN|Awareness/);
    await userEvent.click(canvas.getByRole('button', { name: 'Chart' }));
  },
};

export const KeyboardOnly: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const profile = canvasElement.querySelector('.ck-competency-profile');
    await userEvent.tab(); // Chart
    await userEvent.tab(); // Table
    await userEvent.tab(); // Radar
    await userEvent.tab(); // Bars
    await expect(canvas.getByRole('button', { name: 'Bars' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(profile).toHaveAttribute('data-form', 'bars');
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole('button', { name: 'Table' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(profile).toHaveAttribute('data-view', 'table');
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('No competency scores to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(canvasElement.querySelector('.ck-competency-profile')).toHaveAttribute(
      'data-state',
      'empty',
    );
  },
};

export const Loading: Story = {
  args: { data: [], status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading competency scores…');
    await expect(canvasElement.querySelector('.ck-competency-profile')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

export const Error: Story = {
  args: { data: [], status: 'error' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The competency scores could not be loaded. Try again later.',
    );
    await expect(canvas.queryByRole('img')).toBeNull();
  },
};

export const LargeData: Story = {
  args: {
    title: 'Ministry of Digital Economy: competency profile',
    description: 'Mean scores of 412 staff across 24 competencies.',
    data: ministryProfile,
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('img', { name: /Radar chart of 24 competencies/ })).toBeVisible();
    const key = canvas.getByRole('list', { name: 'Axes' });
    await expect(key.querySelectorAll('li')).toHaveLength(24);
    await expect(
      canvas.getByText(/^Below the required level in \d+ of 24 competencies/),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expect(canvas.getAllByRole('row')).toHaveLength(25);
    await userEvent.click(canvas.getByRole('button', { name: 'Chart' }));
  },
};

const arabicMessages: Partial<CompetencyProfileMessages> = {
  viewGroup: 'العرض',
  viewChart: 'مخطط',
  viewTable: 'جدول',
  formGroup: 'نوع المخطط',
  formRadar: 'رادار',
  formBars: 'أشرطة',
  empty: 'لا توجد درجات بعد.',
  loading: 'جارٍ تحميل الدرجات…',
  error: 'تعذر تحميل الدرجات. حاول مرة أخرى لاحقًا.',
  competency: 'الكفاءة',
  score: 'الدرجة',
  levelReached: 'المستوى المحقق',
  requiredLevel: 'المستوى المطلوب',
  gap: 'الفجوة',
  status: 'الحالة',
  noScore: 'لا توجد درجة',
  missingReason: 'إجابات غير كافية',
  noScoreWithReason: (reason) => `لا توجد درجة: ${reason}`,
  noScoreItem: (competency, reason) => `${competency} (${reason})`,
  notSet: 'غير محدد',
  meetsRequired: 'يلبي المستوى المطلوب',
  belowRequired: 'أقل من المستوى المطلوب',
  notCompared: 'لا مقارنة',
  tableCaption: (title) => `${title}: القيم`,
  radarSummary: (count) =>
    `مخطط رادار لـ ${count.text} كفاءات: الدرجات خط متصل بعلامات دائرية، والمستويات المطلوبة خط متقطع بعلامات معينية. يعرض الملخص والجدول القيم نفسها.`,
  barsSummary: (count) =>
    `مخطط شريطي لـ ${count.text} كفاءات: شريط لكل درجة، والمستويات المطلوبة خطوط متقطعة بعلامات معينية. يعرض الملخص والجدول القيم نفسها.`,
  axisKey: 'المحاور',
  gapItem: (competency, gap) => `${competency} (الفجوة ${gap})`,
  summaryBelow: (below, total, list) =>
    `أقل من المستوى المطلوب في ${below.text} من ${total.text} كفاءات: ${list}.`,
  summaryNoneBelow: (meets, total) =>
    `عند المستوى المطلوب أو فوقه في ${meets.text} من ${total.text} كفاءات.`,
  summaryNoScore: (count, list) => `لا توجد درجة في ${count.text} من الكفاءات: ${list}.`,
  summaryNoRequired: (count, list) => `لا يوجد مستوى مطلوب في ${count.text} من الكفاءات: ${list}.`,
};

export const RightToLeft: Story = {
  args: {
    title: 'أميرة حداد: ملف الكفاءات',
    description: 'درجات التقييم الذاتي مقارنةً بالمستويات المطلوبة لباحث مستخدمين أول.',
    data: researcherProfileArabic,
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
    await expect(canvas.getByText(/^أقل من المستوى المطلوب في/)).toBeVisible();
    // Anticlockwise: the second competency's label lies left of the radar's centre, in whichever
    // drawing (wide or narrow) the container shows.
    const plot = canvas.getByRole('img', { name: /^أميرة حداد/ });
    await expect(plot).toHaveAttribute('direction', 'rtl');
    const labels = plot.querySelectorAll('.ck-competency-profile__axis-label');
    const plotBox = plot.getBoundingClientRect();
    const secondBox = labels[1]?.getBoundingClientRect();
    await expect(secondBox && secondBox.right < plotBox.left + plotBox.width / 2).toBe(true);
    await userEvent.click(canvas.getByRole('button', { name: 'جدول' }));
    await expect(canvas.getByRole('columnheader', { name: 'الفجوة' })).toBeVisible();
    await expect(canvas.getAllByText('الممارس')[0]).toHaveAttribute('lang', 'ar');
    await userEvent.click(canvas.getByRole('button', { name: 'مخطط' }));
  },
};

/** WCAG 1.4.10: at 320 CSS px the narrow drawings and the list of values fit; nothing scrolls sideways. */
export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    // The narrow drawing numbers its axes and names them in a key, keeping 14px text legible.
    const radar = canvas.getByRole('img', { name: /Radar chart of 5 competencies/ });
    await expect(radar).toHaveAttribute('data-layout', 'narrow');
    const key = canvas.getByRole('list', { name: 'Axes' });
    await expect(key).toBeVisible();
    await expect(key).toHaveTextContent('Cyber security awareness (No score: not enough answers)');
    await expect(canvas.getByText(/^Below the required level/)).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Bars' }));
    const bars = canvas.getByRole('img', { name: /Bar chart of 5 competencies/ });
    await expect(bars).toHaveAttribute('data-layout', 'narrow');
    await expectNoSidewaysScroll(canvasElement);

    // Six columns cannot fit in 320 px: the values reflow into one short list per competency.
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(canvas.getByRole('region', { name: /values/ })).toBeVisible();
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Chart' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Radar' }));
  },
};

/** 200% zoom in a 1280 px window: the wide drawings and the table fit the 640 px column. */
export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Bars' }));
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expect(canvas.getByRole('table', { name: /values/ })).toBeVisible();
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Chart' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Radar' }));
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
    await expect(
      canvas.getByRole('figure', { name: 'Amira Haddad: competency profile' }),
    ).toBeVisible();
    const title = canvasElement.querySelector('.ck-figure__title');
    await expect(title && getComputedStyle(title).fontFamily).toContain('GDS Transport');
  },
};
