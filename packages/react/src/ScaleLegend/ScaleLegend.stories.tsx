import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import '../themes/govuk.css';
import { ScaleLegend } from './ScaleLegend.js';
import { ddatScaleWithDescriptors, sfiaScale } from '../../test/fixtures/ScaleLegend.fixtures.js';

const meta = {
  title: 'Scales/ScaleLegend',
  component: ScaleLegend,
  args: { scale: ddatScaleWithDescriptors },
} satisfies Meta<typeof ScaleLegend>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('group', { name: 'DDaT skill levels' })).toBeVisible();
    const terms = [...canvasElement.querySelectorAll('dt')].map((term) => term.textContent);
    await expect(terms).toEqual([
      'L1 Awareness',
      'L2 Working',
      'L3 Practitioner Proficient',
      'L4 Expert Proficient',
    ]);
    await expect(canvas.getByText(/^Proficient threshold/)).toBeVisible();
  },
};

export const LongScaleWithoutDescriptors: Story = {
  args: { scale: sfiaScale, title: 'SFIA levels', headingLevel: 2 },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: 'SFIA levels' })).toBeVisible();
    await expect(canvasElement.querySelectorAll('dt')).toHaveLength(7);
  },
};

export const RightToLeft: Story = {
  args: {
    locale: 'ar',
    messages: {
      proficientThreshold: 'عتبة التمكن: هذا المستوى وكل مستوى أعلى منه يُعدّ متمكنًا.',
      proficient: 'متمكن',
    },
  },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('group', { name: 'مستويات المهارة' })).toBeVisible();
    await expect(canvasElement.querySelector('.ck-scale-legend')).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByText('الممارس')).toHaveAttribute('lang', 'ar');
    await expect(canvas.getByText(/^عتبة التمكن/)).toBeVisible();
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvasElement.querySelectorAll('.ck-scale-legend__level')).toHaveLength(4);
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
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
    await expect(canvas.getByText('DDaT skill levels')).toBeVisible();
    const legend = canvasElement.querySelector('.ck-scale-legend');
    await expect(legend && getComputedStyle(legend).fontFamily).toContain('GDS Transport');
  },
};
