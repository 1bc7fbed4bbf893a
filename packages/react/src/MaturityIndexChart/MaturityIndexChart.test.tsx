import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicMessages,
  arabicMinistries,
  incompleteMinistries,
  ministries,
} from '../../test/fixtures/MaturityIndexChart.fixtures.js';
import { MaturityIndexChart, type MaturityIndexChartProps } from './MaturityIndexChart.js';

const title = 'Digital maturity of the ministries';
const full: MaturityIndexChartProps = {
  title,
  index: ministries.index,
  result: ministries.result,
  uncertainty: ministries.uncertainty,
};
const summaryText =
  'Finance leads; the ranks of places 2 to 3 and places 4 to 5 could swap: their intervals overlap. ' +
  'The choice of weights moves ranks most. 1 of the 6 ministries reaches the highest level, Managed.';

const listbox = () => screen.getByRole('listbox', { name: 'Ministries by rank' });

describe('MaturityIndexChart', () => {
  it('opens with a plain-words sentence before the figure', () => {
    const { container } = render(<MaturityIndexChart {...full} />);
    const region = screen.getByRole('region', { name: title });
    expect(region.dataset['state']).toBe('ready');
    const summary = container.querySelector('.ck-summary');
    expect(summary?.textContent).toBe(summaryText);
    const figure = screen.getByRole('figure', { name: 'Rank with its 5–95 % interval' });
    expect(summary?.compareDocumentPosition(figure)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(figure).toHaveAccessibleDescription(/over 1,000 runs/);
  });

  it('lists the entities in rank order with score, level and interval in words', () => {
    render(<MaturityIndexChart {...full} />);
    const options = within(listbox()).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      '1FinanceScore 93.4 · Managed · rank 1 of 6; the same in 90 % of runs',
      '2EducationScore 62.5 · Defined · rank 2 of 6, ranks 2 to 3 in 90 % of runs (median 2)',
      '3TransportScore 56.2 · Defined · rank 3 of 6, ranks 2 to 3 in 90 % of runs (median 3)',
      '4JusticeScore 44.0 · Defined · rank 4 of 6, ranks 4 to 5 in 90 % of runs (median 4)',
      '5HealthScore 41.8 · Defined · rank 5 of 6, ranks 4 to 5 in 90 % of runs (median 5)',
      '6InteriorScore 2.9 · Initial · rank 6 of 6; the same in 90 % of runs',
    ]);
    // Each drawn: an interval with two caps, the median and the nominal rank.
    expect(options[1]?.querySelectorAll('.ck-maturity__interval line')).toHaveLength(3);
    expect(options[1]?.querySelector('.ck-maturity__median')).not.toBeNull();
  });

  it('selects an entity by keyboard and shows its breakdown', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    render(<MaturityIndexChart {...full} onSelectionChange={onSelectionChange} />);
    expect(
      screen.getByText('Select a ministry to see its scores on each dimension.', {
        selector: '.ck-maturity__breakdown p',
      }),
    ).toBeVisible();
    within(listbox()).getAllByRole('option')[0]?.focus();
    await user.keyboard('{ArrowDown}');
    const education = within(listbox()).getByRole('option', { name: /^2 Education/ });
    expect(education).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(education).toHaveAttribute('aria-selected', 'true');
    expect(onSelectionChange).toHaveBeenCalledWith('education');
    const breakdown = screen.getByRole('table', { name: 'Education: scores by dimension' });
    expect(
      within(breakdown)
        .getAllByRole('row')
        .map((row) => row.children[0]?.textContent),
    ).toEqual(['Dimension', 'Services', 'Capacity']);
    expect(within(breakdown).getAllByRole('row')[1]?.children[1]?.textContent).toBe('67%');
    expect(screen.getByText('Filled in by imputation: Staff trained.')).toBeVisible();
    await user.keyboard('{End}');
    expect(within(listbox()).getByRole('option', { name: /^6 Interior/ })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('table', { name: 'Interior: scores by dimension' })).toBeVisible();
    await user.keyboard('{Home}');
    expect(within(listbox()).getByRole('option', { name: /^1 Finance/ })).toHaveFocus();
  });

  it('keeps one tab stop in the list', async () => {
    const user = userEvent.setup();
    render(<MaturityIndexChart {...full} defaultSelectedId="justice" />);
    const options = within(listbox()).getAllByRole('option');
    expect(options.filter((option) => option.tabIndex === 0)).toHaveLength(1);
    // The tab stop starts on the selected entity.
    expect(options[3]).toHaveAttribute('tabindex', '0');
    await user.click(options[4] as HTMLElement);
    expect(options[4]).toHaveAttribute('aria-selected', 'true');
    expect(options[3]).toHaveAttribute('aria-selected', 'false');
  });

  it('switches to a table whose name buttons select too', async () => {
    const user = userEvent.setup();
    render(<MaturityIndexChart {...full} />);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: 'Rank with its 5–95 % interval: values' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'RankMinistryScoreLevelMedian rank5–95 % rank intervalServicesCapacity',
      expect.stringMatching(/^1Finance93\.4Managed11 to 1/),
      expect.stringMatching(/^2Education62\.5Defined22 to 3/),
      expect.stringMatching(/^3Transport56\.2Defined32 to 3/),
      expect.stringMatching(/^4Justice44\.0Defined44 to 5/),
      expect.stringMatching(/^5Health41\.8Defined54 to 5/),
      expect.stringMatching(/^6Interior2\.9Initial66 to 6/),
    ]);
    const health = within(table).getByRole('button', { name: 'Health' });
    health.focus();
    await user.keyboard('{Enter}');
    expect(health).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('table', { name: 'Health: scores by dimension' })).toBeVisible();
  });

  it('shows which choice moves ranks most, and the levels', () => {
    render(<MaturityIndexChart {...full} />);
    const choices = screen.getByRole('table', { name: 'Which choice moves ranks most' });
    expect(
      within(choices)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'weights',
      'normalisation',
      'imputing missing values',
      'aggregation in Digital maturity',
    ]);
    expect(within(choices).getAllByRole('row')[1]?.textContent).toMatch(/^weights0\.74/);
    const levels = screen.getByRole('heading', { name: 'Maturity levels' }).nextElementSibling;
    expect([...(levels?.children ?? [])].map((entry) => entry.textContent)).toEqual([
      'Managed (from 70.0)Finance',
      'Defined (from 40.0)Education, Transport, Justice, and Health',
      'Initial (from 0.0)Interior',
    ]);
  });

  it('without an uncertainty analysis, ranks without intervals and says no more', () => {
    const { container } = render(
      <MaturityIndexChart title={title} index={ministries.index} result={ministries.result} />,
    );
    expect(container.querySelector('.ck-summary')?.textContent).toBe(
      'Finance leads. 1 of the 6 ministries reaches the highest level, Managed.',
    );
    expect(container.querySelectorAll('.ck-maturity__interval line')).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Which choice moves ranks most' })).toBeNull();
  });

  it('says what an incomplete entity was scored on', () => {
    render(
      <MaturityIndexChart
        title={title}
        index={ministries.index}
        result={incompleteMinistries}
        defaultSelectedId="education"
      />,
    );
    expect(screen.getByText('Scored on what it has: no value for Staff trained.')).toBeVisible();
    expect(screen.queryByText(/Filled in by imputation/)).toBeNull();
  });

  it('shows the empty, loading and error states', () => {
    const { rerender } = render(<MaturityIndexChart title={title} />);
    expect(screen.getByText('No maturity index to show yet.')).toBeVisible();
    expect(screen.getByRole('region', { name: title }).dataset['state']).toBe('empty');
    rerender(<MaturityIndexChart {...full} status="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the maturity index…');
    expect(screen.queryByRole('figure')).toBeNull();
    rerender(<MaturityIndexChart {...full} status="error" errorMessage="The index failed." />);
    expect(screen.getByRole('alert')).toHaveTextContent('The index failed.');
  });

  it('starts its headings at the level given', () => {
    render(<MaturityIndexChart {...full} headingLevel={3} defaultSelectedId="finance" />);
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: 'Maturity levels' })).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 4, name: 'Finance: scores by dimension' }),
    ).toBeVisible();
  });

  it('mirrors right to left and takes translated strings and names', () => {
    render(
      <MaturityIndexChart
        title={title}
        {...arabicMinistries}
        locale="ar-EG"
        messages={arabicMessages}
      />,
    );
    expect(screen.getByRole('region', { name: title })).toHaveAttribute('dir', 'rtl');
    const options = within(screen.getByRole('listbox', { name: 'ترتيب الوزارات' })).getAllByRole(
      'option',
    );
    expect(options[0]).toHaveTextContent(/المالية/);
    // Numbers in the reader's numbering system.
    expect(options[0]).toHaveTextContent(/٩٣٫٤/);
    expect(screen.getByRole('button', { name: 'جدول' })).toBeVisible();
  });

  it('has no axe violations, in the chart view and the table view', async () => {
    const user = userEvent.setup();
    const { container } = render(<MaturityIndexChart {...full} defaultSelectedId="education" />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(
      <MaturityIndexChart {...full} defaultSelectedId="finance" />,
    );
    expect(result.html).toContain('Finance leads; the ranks of places 2 to 3');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    expect(result.container.querySelectorAll('[role="option"]')).toHaveLength(6);
    result.unmount();
  });
});
