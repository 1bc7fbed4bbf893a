import { budgetBurnDown } from '@capkit/scoring/schedule';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fr } from 'date-fns/locale/fr';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicBudgetMessages,
  budgetAsOf,
  handMadeBurnDown,
  handMadeBurnDownWithPoints,
  handMadeExplanation,
  handMadePlan,
  sampleAsOf,
  sampleBudget,
} from '../../test/fixtures/BudgetSummary.fixtures.js';
import { BudgetSummary, type BudgetSummaryProps } from './BudgetSummary.js';

const title = 'Data skills plan: the money';
const full: BudgetSummaryProps = {
  title,
  plan: handMadePlan,
  burnDown: handMadeBurnDown,
  explanation: handMadeExplanation,
  asOf: budgetAsOf,
};

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => row.textContent);

// Every figure below is worked by hand in test/fixtures/BudgetSummary.fixtures.ts.
describe('BudgetSummary', () => {
  it('opens with a plain-words sentence before any figure', () => {
    const { container } = render(<BudgetSummary {...full} />);
    const region = screen.getByRole('region', { name: title });
    expect(region.dataset['state']).toBe('ready');
    const summary = container.querySelector('.ck-summary');
    expect(summary?.textContent).toBe(
      'You have spent 57% of the budget with 49% of the time gone; 1 intervention is over its planned cost. ' +
        '€7,200 of €10,000 is committed or spent, and €2,800 is left. ' +
        'At the rate so far the plan would cost €14,819, €4,819 over its budget.',
    );
    const figure = screen.getByRole('figure', { name: 'Budget left over time' });
    expect(summary?.compareDocumentPosition(figure)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('shows the totals planned, committed and spent', () => {
    const { container } = render(<BudgetSummary {...full} />);
    const totals = [...container.querySelectorAll('.ck-budget__totals > div')].map(
      (entry) => entry.textContent,
    );
    expect(totals).toEqual([
      'Budget€10,000.00',
      'Planned cost€9,000.00',
      'Planned to date€5,487.24',
      'Committed to date€7,000.00',
      'Spent to date€5,700.00',
      'Committed or spent€7,200.00',
      'Left€2,800.00',
      'At the rate so far€14,818.60',
    ]);
  });

  it('draws the budget left against the planned line, with the asOf day marked', () => {
    const { container } = render(<BudgetSummary {...full} />);
    expect(
      screen.getByRole('img', {
        name: 'Budget left over time: €2,800 on 31 Mar 2026, against €4,513 had spending gone as planned.',
      }),
    ).toBeVisible();
    expect(container.querySelector('.ck-budget__today-label')?.textContent).toBe(
      'Today, 31 Mar 2026',
    );
    // Day 90 of 181: the asOf line sits just short of half way.
    const line = container.querySelector('.ck-budget__today');
    expect(Number(line?.getAttribute('x1'))).toBeCloseTo((90 / 181) * 100, 6);
    expect(container.querySelector('.ck-budget__planned')?.getAttribute('d')).toMatch(/^M0 /);
    expect(container.querySelector('.ck-budget__left')?.getAttribute('d')?.split('L')).toHaveLength(
      4,
    );
  });

  it('switches to a table of the same values by keyboard', async () => {
    const user = userEvent.setup();
    render(<BudgetSummary {...full} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Chart' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('img')).toBeNull();
    expect(rowsOf(screen.getByRole('table', { name: 'Budget by period' }))).toEqual([
      'PeriodPlanned so farCommitted so farSpent so farLeftLeft as planned',
      'January 2026€4,000.00€4,000.00€0.00€6,000.00€6,000.00',
      'February 2026€4,692.40€7,000.00€4,200.00€2,800.00€5,307.60',
      'March 2026€5,487.24€7,000.00€5,700.00€2,800.00€4,512.76',
      'April 2026€6,712.20€7,000.00€5,700.00Not begun€3,287.80',
      'May 2026€8,240.68€7,000.00€5,700.00Not begun€1,759.32',
      'June 2026€9,000.00€7,000.00€5,700.00Not begun€1,000.00',
    ]);
  });

  it('shows each intervention’s money and where it stands against its plan', () => {
    render(<BudgetSummary {...full} />);
    const table = screen.getByRole('table', {
      name: 'Planned, committed and spent per intervention',
    });
    expect(rowsOf(table)).toEqual([
      'InterventionPlannedCommittedSpentAgainst plan',
      'Data literacy course€4,000.00€4,000.00€4,200.00Over',
      'Leadership coaching€3,000.00€3,000.00€1,500.00Within',
      'Cloud workshop€2,000.00€0.00€0.00Within',
      'Privacy e-learning€0.00€0.00€0.00Cancelled',
    ]);
    expect(within(table).getByText('Data literacy course')).toHaveAttribute('lang', 'en');
  });

  it('shows the burn-down’s cost per gap point, planned and so far, with the whole plan', () => {
    render(<BudgetSummary {...full} burnDown={handMadeBurnDownWithPoints} />);
    const table = screen.getByRole('table', { name: 'Cost per gap point closed' });
    expect(rowsOf(table)).toEqual([
      'InterventionGap points closedPlanned per pointSo far per point',
      'Data literacy course20€200.00€210.00',
      'Leadership coaching10€300.00€300.00',
      'Cloud workshop8€250.00€0.00',
      'Whole plan38€236.84€189.47',
    ]);
  });

  it('falls back to the planner’s cost per gap point, and says when none is closed', () => {
    render(<BudgetSummary {...full} />);
    const table = screen.getByRole('table', { name: 'Cost per gap point closed' });
    expect(rowsOf(table)).toEqual([
      'InterventionGap points closedCost per point',
      'Data literacy course15€166.67',
      'Leadership coaching6€500.00',
      'off-basics0None closed',
    ]);
    expect(
      screen.getByText('The planner’s cost for each gap point a funded intervention closes.'),
    ).toBeVisible();
  });

  it('leaves cost per gap point out when neither source has it', () => {
    render(<BudgetSummary {...full} explanation={undefined} />);
    expect(screen.queryByRole('heading', { name: 'Cost per gap point closed' })).toBeNull();
  });

  it('says plainly when more is bound than budgeted', () => {
    const tight = { ...handMadePlan, budget: { currency: 'EUR', amount: 5000 } };
    const { container } = render(
      <BudgetSummary
        {...full}
        plan={tight}
        burnDown={budgetBurnDown(tight, { today: budgetAsOf, by: 'month' })}
      />,
    );
    // 7200 bound of 5000: 2200 over; at the rate so far 14,818.60, 9,818.60 over.
    expect(container.querySelector('.ck-summary')?.textContent).toBe(
      'You have spent 114% of the budget with 49% of the time gone; 1 intervention is over its planned cost. ' +
        '€7,200 is committed or spent: €2,200 more than the budget of €5,000. ' +
        'At the rate so far the plan would cost €14,819, €9,819 over its budget.',
    );
  });

  it('says when the plan has not started, with no projection', () => {
    const unspent = {
      ...handMadePlan,
      interventions: handMadePlan.interventions.map(({ spending: _, ...rest }) => rest),
    };
    const today = '2025-12-01';
    const { container } = render(
      <BudgetSummary
        {...full}
        plan={unspent}
        asOf={today}
        burnDown={budgetBurnDown(unspent, { today, by: 'month' })}
      />,
    );
    expect(container.querySelector('.ck-summary')?.textContent).toBe(
      'You have spent 0% of the budget before the plan has started; no intervention is over its planned cost. ' +
        '€0 of €10,000 is committed or spent, and €10,000 is left.',
    );
    expect(screen.queryByText('At the rate so far')).toBeNull();
  });

  it('formats dates with the app’s date-fns locale and money with its locale', () => {
    const { container } = render(<BudgetSummary {...full} locale="fr" dateLocale={fr} />);
    expect(container.querySelector('.ck-budget__today-label')?.textContent).toBe(
      'Today, 31 mars 2026',
    );
    expect(container.querySelector('.ck-summary')?.textContent).toMatch(/7\u202f200\u00a0€ of/);
  });

  it('shows the empty, loading and error states', () => {
    const { rerender } = render(<BudgetSummary title={title} asOf={budgetAsOf} />);
    expect(screen.getByText('No budget to show yet.')).toBeVisible();
    expect(screen.getByRole('region', { name: title }).dataset['state']).toBe('empty');
    rerender(<BudgetSummary {...full} status="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the budget…');
    expect(screen.queryByRole('figure')).toBeNull();
    rerender(<BudgetSummary {...full} status="error" errorMessage="The ledger is offline." />);
    expect(screen.getByRole('alert')).toHaveTextContent('The ledger is offline.');
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('starts its headings at the level given', () => {
    render(<BudgetSummary {...full} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 4, name: 'Cost per gap point closed' }),
    ).toBeVisible();
  });

  it('mirrors right to left and takes translated strings', () => {
    const { container } = render(
      <BudgetSummary {...full} locale="ar" messages={arabicBudgetMessages} />,
    );
    expect(screen.getByRole('region', { name: title })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('figure', { name: 'الميزانية المتبقية عبر الزمن' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'جدول' })).toBeVisible();
    // The time axis runs from the right: the first point is drawn at x = 100.
    expect(container.querySelector('.ck-budget__planned')?.getAttribute('d')).toMatch(/^M100 /);
  });

  it('shows the sample ministry’s plan with the planner’s gap points', async () => {
    const sample = await sampleBudget();
    render(<BudgetSummary title={title} {...sample} asOf={sampleAsOf} />);
    const rows = rowsOf(screen.getByRole('table', { name: 'Cost per gap point closed' }));
    // Three of the plan's interventions run a catalogue entry the planner funds.
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatch(/^Data protection essentials16\.42€502\.54€466\.29$/);
    expect(rows.at(-1)).toMatch(/^Whole plan49\.33€242\.03€202\.80$/);
  });

  it('has no axe violations, in the chart view and the table view', async () => {
    const user = userEvent.setup();
    const { container } = render(<BudgetSummary {...full} burnDown={handMadeBurnDownWithPoints} />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(<BudgetSummary {...full} />);
    expect(result.html).toContain('You have spent 57% of the budget');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    expect(result.container.querySelectorAll('.ck-budget__lines path')).toHaveLength(2);
    result.unmount();
  });
});
