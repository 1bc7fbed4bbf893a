import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './RoundComparison.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import {
  arabicCompetencies,
  arabicMessages,
  arabicUnitNames,
  ministryCompetencies,
  sampleComparison,
  tooFewCompetencies,
  unitNames,
} from '../../test/fixtures/RoundComparison.fixtures.js';
import { RoundComparison } from './RoundComparison.js';

const meta = {
  title: 'Evaluation/RoundComparison',
  component: RoundComparison,
  tags: ['autodocs'],
  args: {
    title: 'Digital skills: round 1 against round 2',
    competencies: ministryCompetencies,
    unitNames,
    locale: 'en-GB',
  },
} satisfies Meta<typeof RoundComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

const opening = 'Data literacy rose in 4 of 6 units beyond noise; Finance fell.';

/** Three competencies in six units: what changed, then round 1 → round 2 per unit. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      new RegExp(`^${opening} Cyber security rose in 3 of 6 units beyond noise; Health fell\\.`),
    );
    const items = within(canvas.getByRole('list', { name: 'Data literacy' })).getAllByRole(
      'listitem',
    );
    await expect(items).toHaveLength(7);
    await expect(items[1]).toHaveTextContent('FinanceFell beyond noise: 3.17 → 2.33');
    // Round 2 (filled) sits left of round 1 (hollow) for a fall.
    const round1 = items[1]?.querySelector('.ck-round-comparison__round1')?.getBoundingClientRect();
    const round2 = items[1]?.querySelector('.ck-round-comparison__round2')?.getBoundingClientRect();
    await expect(round2?.right).toBeLessThan(round1?.left ?? -Infinity);
  },
};

/** Switch to "by unit" with Tab and an arrow key only. */
export const ByUnitByKeyboard: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'By competency' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'By unit' })).toBeChecked();
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^Across all units, 3 of 3 competencies rose beyond noise\./,
    );
    await expect(canvas.getByRole('list', { name: 'Finance' })).toHaveTextContent(
      /^Data literacyFell beyond noise/,
    );
  },
};

/** One unit and one competency picked with the filters. */
export const Filtered: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Unit' }), 'Health');
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Competency' }),
      'Cyber security',
    );
    await expect(canvas.getAllByRole('listitem')).toHaveLength(1);
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^Cyber security fell in 1 of 1 unit beyond noise\./,
    );
  },
};

/** The grid as a table, reached by keyboard: withheld cells say so, with no number. */
export const TableView: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const row = canvas.getByRole('row', { name: /^Cyber security/ });
    const cells = within(row).getAllByRole('cell');
    await expect(cells[1]).toHaveTextContent(/^Too few people to conclude$/);
    await expect(cells[2]).toHaveTextContent(
      '-0.8395% CI -1.26 to -0.403.17 → 2.33Fell beyond noise',
    );
  },
};

/** Every figure rests on fewer than five people: words, never numbers. */
export const TooFewPeople: Story = {
  args: { competencies: tooFewCompetencies },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.ck-round-comparison__bar')).toHaveLength(0);
    await expect(
      canvas.getAllByText(/^Too few people to conclude: a result resting on fewer than 5 people/),
    ).toHaveLength(2);
  },
};

export const Empty: Story = {
  args: { competencies: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No results of two rounds to compare yet.')).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the comparison of rounds…');
  },
};

export const ErrorState: Story = {
  args: { status: 'error', errorMessage: 'Round 2 has not been closed yet.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Round 2 has not been closed yet.');
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/**
 * The sample ministry's ten competencies in fourteen units (150 results), round 2 made from round
 * 1 by a fixed rule and paired by `pairedRoundsFromModel`.
 */
export const Large: Story = {
  args: {
    title: 'Sample ministry: round 1 against round 2',
    competencies: sampleComparison.competencies,
    unitNames: sampleComparison.unitNames,
  },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await expect(canvasElement.querySelectorAll('.ck-round-comparison__list > li')).toHaveLength(
      150,
    );
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /testing 150 at once/,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expect(within(canvas.getByRole('table')).getAllByRole('row')).toHaveLength(11);
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'المهارات الرقمية: الجولة الأولى مقابل الثانية',
    competencies: arabicCompetencies,
    unitNames: arabicUnitNames,
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
    const [first] = within(
      canvas.getByRole('list', { name: 'محو الأمية في البيانات' }),
    ).getAllByRole('listitem');
    // The name is on the right, the dumbbell on the left.
    const name = first?.querySelector('.ck-round-comparison__name')?.getBoundingClientRect();
    const bar = first?.querySelector('svg')?.getBoundingClientRect();
    await expect(name?.left).toBeGreaterThan(bar?.right ?? Infinity);
  },
};

export const Narrow: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    const [first] = canvas.getAllByRole('listitem');
    const name = first?.querySelector('.ck-round-comparison__name')?.getBoundingClientRect();
    const bar = first?.querySelector('svg')?.getBoundingClientRect();
    await expect(bar?.top).toBeGreaterThan(name?.bottom ?? Infinity);
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expectNoSidewaysScroll(canvasElement);
    // The seven-column grid scrolls inside its own named region.
    await waitFor(() => expect(canvas.getByRole('region')).toHaveAttribute('tabindex', '0'));
  },
};

export const Zoom200: Story = {
  decorators: [zoom200Column],
  play: async ({ canvasElement }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(opening);
  },
};

function look(className: string | undefined, font: RegExp | undefined): Story {
  return {
    decorators: inLook(className),
    play: async ({ canvas, canvasElement }) => {
      await expectLookFont(canvasElement, 'figure', font);
      await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(opening);
      await expect(canvas.getByRole('list', { name: 'User research' })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
