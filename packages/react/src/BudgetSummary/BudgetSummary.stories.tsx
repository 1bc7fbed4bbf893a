import { budgetBurnDown } from '@capkit/scoring/schedule';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ar } from 'date-fns/locale/ar';
import { expect, within } from 'storybook/test';
import './BudgetSummary.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicBudgetMessages,
  budgetAsOf,
  handMadeBurnDown,
  handMadeBurnDownWithPoints,
  handMadeExplanation,
  handMadePlan,
  largeBudgetPlan,
  sampleAsOf,
  sampleBudget,
  type SampleBudget,
} from '../../test/fixtures/BudgetSummary.fixtures.js';
import { BudgetSummary } from './BudgetSummary.js';

// The sample runs the planner (greedy, a few hundred milliseconds) for its gap points: a
// loader waits for it. The other stories take the hand-made plan, made synchronously.
const withSample = async () => ({ sample: await sampleBudget() });

const largePlan = largeBudgetPlan(300);
const largeAsOf = '2026-07-01';
const largeBurnDown = budgetBurnDown(largePlan, { today: largeAsOf, by: 'week' });
const tightPlan = { ...handMadePlan, budget: { currency: 'EUR', amount: 5000 } };

const handMadeSummary =
  'You have spent 57% of the budget with 49% of the time gone; 1 intervention is over its planned cost. ' +
  '€7,200 of €10,000 is committed or spent, and €2,800 is left. ' +
  'At the rate so far the plan would cost €14,819, €4,819 over its budget.';

const meta = {
  title: 'Plan/BudgetSummary',
  component: BudgetSummary,
  tags: ['autodocs'],
  args: {
    title: 'Data skills plan 2026: the money',
    description: 'Read on 31 March 2026, by month.',
    plan: handMadePlan,
    burnDown: handMadeBurnDown,
    explanation: handMadeExplanation,
    asOf: budgetAsOf,
  },
  render: (args, { loaded }) => {
    const sample = loaded['sample'] as SampleBudget | undefined;
    return (
      <BudgetSummary {...args} {...(sample === undefined ? {} : { ...sample, asOf: sampleAsOf })} />
    );
  },
} satisfies Meta<typeof BudgetSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample ministry's 2026 plan on 15 September, its gap points from the planner. */
export const Default: Story = {
  args: { title: 'Capacity development plan 2026: the money', description: undefined },
  loaders: [withSample],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      'You have spent 49% of the budget with 69% of the time gone; no intervention is over its planned cost. ' +
        '€42,840 of €52,000 is committed or spent, and €9,160 is left. ' +
        'At the rate so far the plan would cost €62,430, €10,430 over its budget.',
    );
    await expect(
      canvas.getByRole('img', { name: /^Budget left over time: €9,160 on 15 Sept? 2026/ }),
    ).toBeVisible();
    await expect(canvasElement.querySelector('.ck-budget__today-label')).toBeVisible();
    // By keyboard only: Tab to Chart, then Table, and press it.
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Table' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const periods = within(canvas.getByRole('table', { name: 'Budget by period' })).getAllByRole(
      'row',
    );
    await expect(periods.length).toBeGreaterThan(6);
    await expect(canvas.getByRole('table', { name: 'Cost per gap point closed' })).toBeVisible();
  },
};

/** The hand-made plan, every figure worked by hand in its fixture. */
export const HandWorked: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(handMadeSummary);
    const money = canvas.getByRole('table', {
      name: 'Planned, committed and spent per intervention',
    });
    const row = within(money).getByRole('row', { name: /^Data literacy course/ });
    await expect(row).toHaveTextContent('Over');
    await expect(getComputedStyle(row.lastElementChild as Element).fontWeight).toBe('700');
  },
};

/** Switching to the table by mouse: the same values per month, a period not begun in words. */
export const TableView: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expect(canvas.queryByRole('img')).toBeNull();
    await expect(canvas.getByRole('row', { name: /^April 2026/ })).toHaveTextContent('Not begun');
  },
};

/** The burn-down given gap points: planned and actual cost per point, and the whole plan's. */
export const CostPerGapPoint: Story = {
  args: { burnDown: handMadeBurnDownWithPoints },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Cost per gap point closed' });
    await expect(within(table).getByRole('row', { name: /^Whole plan/ })).toHaveTextContent(
      'Whole plan38€236.84€189.47',
    );
  },
};

/** More bound than budgeted: said in words, and the line drawn below zero. */
export const OverBudget: Story = {
  args: {
    plan: tightPlan,
    burnDown: budgetBurnDown(tightPlan, { today: budgetAsOf, by: 'month' }),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      '€7,200 is committed or spent: €2,200 more than the budget of €5,000.',
    );
  },
};

export const Empty: Story = {
  args: { plan: undefined, burnDown: undefined, explanation: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No budget to show yet.')).toBeVisible();
    await expect(canvas.queryByRole('figure')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the budget…');
    await expect(canvas.queryByRole('figure')).toBeNull();
  },
};

export const ErrorState: Story = {
  args: { status: 'error', errorMessage: 'The finance ledger could not be reached.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The finance ledger could not be reached.',
    );
    await expect(canvas.queryByRole('figure')).toBeNull();
  },
};

/** 300 interventions over two years, by week. */
export const Large: Story = {
  args: {
    title: 'Three hundred interventions',
    description: 'Read on 1 July 2026, by week.',
    plan: largePlan,
    burnDown: largeBurnDown,
    explanation: undefined,
    asOf: largeAsOf,
  },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', {
      name: 'Planned, committed and spent per intervention',
    });
    await expect(within(table).getAllByRole('row')).toHaveLength(301);
    await expect(canvas.getByRole('img', { name: /on 1 Jul 2026/ })).toBeVisible();
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'خطة مهارات البيانات ٢٠٢٦: الميزانية',
    description: undefined,
    locale: 'ar',
    dateLocale: ar,
    messages: arabicBudgetMessages,
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
    await expect(
      canvas.getByRole('figure', { name: 'الميزانية المتبقية عبر الزمن' }),
    ).toBeVisible();
    // Time runs from the right: the first day's label is right of the last day's.
    const [first, last] = canvasElement.querySelectorAll('.ck-budget__axis bdi');
    await expect(first?.getBoundingClientRect().left).toBeGreaterThan(
      last?.getBoundingClientRect().right ?? Infinity,
    );
  },
};

export const Narrow: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    await expect(canvasElement.querySelector('.ck-summary')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expectNoSidewaysScroll(canvasElement);
  },
};

function look(className: string | undefined, font: RegExp | undefined): Story {
  return {
    decorators: inLook(className),
    play: async ({ canvas, canvasElement }) => {
      await expectLookFont(canvasElement, 'section', font ?? /system-ui/);
      await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(handMadeSummary);
      await expect(canvas.getByRole('img', { name: /^Budget left over time/ })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
