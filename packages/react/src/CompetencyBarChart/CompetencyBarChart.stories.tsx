/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated CompetencyBarChart itself, its tests and stories, kept until its removal */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import { CompetencyBarChart } from './CompetencyBarChart.js';
import {
  ddatScale,
  teamScores,
  teamScoresArabic,
} from '../../test/fixtures/CompetencyBarChart.fixtures.js';

const meta = {
  title: 'Charts/CompetencyBarChart',
  component: CompetencyBarChart,
  args: {
    title: 'Digital team: competency scores',
    description: 'Mean score of the team on each competency, against the required level.',
    scale: ddatScale,
    data: teamScores,
  },
} satisfies Meta<typeof CompetencyBarChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /values/ });
    await expect(table).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: 'User research' })).toBeVisible();
    await expect(canvas.getAllByText('Below required level')).toHaveLength(1);
  },
};

export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No competency scores to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** Missing scores (null, NaN, infinite) read "No score" with their reason, never 0 or a level. */
export const MissingScores: Story = {
  args: {
    data: [
      { id: 'user-research', label: 'User research', score: 2.25, requiredLevel: 3 },
      { id: 'data-literacy', label: 'Data literacy', score: Number.NaN, requiredLevel: 3 },
      {
        id: 'agile-delivery',
        label: 'Agile delivery',
        score: null,
        requiredLevel: 3,
        missingReason: 'fewer than 5 respondents',
      },
    ],
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('cell', { name: 'No score: not enough answers' })).toBeVisible();
    await expect(
      canvas.getByRole('cell', { name: 'No score: fewer than 5 respondents' }),
    ).toBeVisible();
    await expect(canvasElement.querySelectorAll('.ck-bar-chart__bar')).toHaveLength(1);
    await expect(canvas.queryByText(/NaN/)).not.toBeInTheDocument();
    await expect(canvas.queryAllByRole('cell', { name: 'Awareness' })).toHaveLength(0);
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'الفريق الرقمي: درجات الكفاءة',
    description: 'متوسط درجات الفريق في كل كفاءة مقارنةً بالمستوى المطلوب.',
    data: teamScoresArabic,
    locale: 'ar',
    messages: {
      empty: 'لا توجد درجات بعد.',
      competency: 'الكفاءة',
      score: 'الدرجة',
      levelReached: 'المستوى المحقق',
      requiredLevel: 'المستوى المطلوب',
      status: 'الحالة',
      missingReason: 'إجابات غير كافية',
      noScoreWithReason: (reason) => `لا توجد درجة: ${reason}`,
      meetsRequired: 'يلبي المستوى المطلوب',
      belowRequired: 'أقل من المستوى المطلوب',
      notSet: 'غير محدد',
      tableCaption: (title) => `${title}: القيم`,
      chartSummary: (count) => `مخطط شريطي لـ ${count} كفاءات. يعرض الجدول التالي القيم نفسها.`,
    },
  },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('dir', 'rtl');
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    // Its five-column table scrolls inside its own focusable, named region.
    await expect(canvasElement.querySelector('.ck-scroll')).toHaveAttribute('tabindex', '0');
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
  },
};
