import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import '../themes/govuk.css';
import { ProficiencyBadge } from './ProficiencyBadge.js';
import {
  ddatScaleWithDescriptors,
  sfiaScale,
} from '../../test/fixtures/ProficiencyBadge.fixtures.js';

const meta = {
  title: 'Scales/ProficiencyBadge',
  component: ProficiencyBadge,
  args: { scale: ddatScaleWithDescriptors, level: 3, showCode: true, markProficient: true },
} satisfies Meta<typeof ProficiencyBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('.ck-proficiency-badge');
    await expect(badge).toHaveTextContent('L3 Practitioner Proficient');
    await expect(badge).toHaveAttribute('data-state', 'proficient');
  },
};

export const EveryLevel: Story = {
  render: (args) => (
    <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      {[1, 2, 3, 4].map((level) => (
        <ProficiencyBadge key={level} {...args} level={level} />
      ))}
      <ProficiencyBadge {...args} level={null} />
    </p>
  ),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.ck-proficiency-badge')).toHaveLength(5);
    await expect(canvas.getByText('Awareness')).toBeVisible();
    await expect(canvas.getByText('No score: not enough answers')).toBeVisible();
    await expect(canvas.getAllByText('Proficient')).toHaveLength(2);
  },
};

/** A missing score (null, NaN or infinite) reads "No score" with its reason, never a level. */
export const Missing: Story = {
  render: (args) => (
    <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      <ProficiencyBadge {...args} level={Number.NaN} />
      <ProficiencyBadge {...args} level={null} missingReason="fewer than 5 respondents" />
    </p>
  ),
  play: async ({ canvas, canvasElement }) => {
    const badges = [...canvasElement.querySelectorAll('.ck-proficiency-badge')];
    await expect(badges.map((badge) => badge.getAttribute('data-state'))).toEqual([
      'no-score',
      'no-score',
    ]);
    await expect(canvas.getByText('No score: not enough answers')).toBeVisible();
    await expect(canvas.getByText('No score: fewer than 5 respondents')).toBeVisible();
    await expect(canvas.queryByText(/NaN|Awareness|Proficient/)).not.toBeInTheDocument();
  },
};

export const LongScale: Story = {
  args: { scale: sfiaScale },
  render: (args) => (
    <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      {[1, 2, 3, 4, 5, 6, 7].map((level) => (
        <ProficiencyBadge key={level} {...args} level={level} />
      ))}
    </p>
  ),
  play: async ({ canvasElement }) => {
    const steps = [...canvasElement.querySelectorAll('.ck-proficiency-badge')].map((badge) =>
      badge.getAttribute('data-step'),
    );
    await expect(steps).toEqual(['1', '2', '2', '3', '4', '4', '5']);
  },
};

export const RightToLeft: Story = {
  args: {
    locale: 'ar',
    messages: {
      proficient: 'متمكن',
      missingReason: 'إجابات غير كافية',
      noScoreWithReason: (reason) => `لا توجد درجة: ${reason}`,
    },
  },
  decorators: [
    (Story) => (
      <p lang="ar" dir="rtl">
        مستواك: <Story />
      </p>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('الممارس')).toHaveAttribute('lang', 'ar');
    await expect(canvas.getByText('متمكن')).toBeVisible();
    await expect(canvasElement.querySelector('.ck-proficiency-badge')).toHaveAttribute(
      'dir',
      'rtl',
    );
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
    const badge = canvasElement.querySelector('.ck-proficiency-badge');
    await expect(badge).toHaveTextContent('Practitioner');
    await expect(badge && getComputedStyle(badge).fontFamily).toContain('GDS Transport');
  },
};

export const NarrowViewport: Story = {
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvasElement.querySelector('.ck-proficiency-badge')).toBeVisible();
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
  },
};
