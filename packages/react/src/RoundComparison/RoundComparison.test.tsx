import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicCompetencies,
  arabicMessages,
  arabicUnitNames,
  ministryCompetencies,
  tooFewCompetencies,
  unitNames,
} from '../../test/fixtures/RoundComparison.fixtures.js';
import { RoundComparison, type RoundComparisonProps } from './RoundComparison.js';

const title = 'Digital skills: round 1 against round 2';
const props: RoundComparisonProps = {
  title,
  competencies: ministryCompetencies,
  unitNames,
  locale: 'en-GB',
};

// The findings, then the notes, as a reader hears them.
const summaryOf = (container: HTMLElement) =>
  [...container.querySelectorAll('.ck-summary p')].map((p) => p.textContent).join(' ');

describe('RoundComparison', () => {
  it('opens with what changed in plain words, before the chart', () => {
    const { container } = render(<RoundComparison {...props} />);
    const figure = screen.getByRole('figure', { name: title });
    expect(figure.dataset['state']).toBe('ready');
    expect(summaryOf(container)).toBe(
      'Data literacy rose in 4 of 6 units beyond noise; Finance fell. ' +
        'Cyber security rose in 3 of 6 units beyond noise; Health fell. ' +
        'User research rose beyond noise across all units together, though no unit shows it on its own. ' +
        '2 of the 21 results rest on too few people to conclude. ' +
        'Each result is tested on its own; the engine does not adjust for testing 19 at once, ' +
        'so about 1 in 20 results may cross the line by chance even where nothing changed.',
    );
    const list = screen.getByRole('list', { name: 'Data literacy' });
    expect(container.querySelector('.ck-summary')?.compareDocumentPosition(list)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(figure).toHaveAccessibleDescription(/Beyond noise: the interval leaves out 0\./);
  });

  it('words each round 1 → round 2 and draws a dumbbell, but nothing for a withheld cell', () => {
    render(<RoundComparison {...props} />);
    const items = within(screen.getByRole('list', { name: 'Cyber security' })).getAllByRole(
      'listitem',
    );
    // All units: 33 people, round 1 (14 + 19 + 7 + 3 × 14) / 33 = 2.48, round 2 102 / 33 = 3.09.
    expect(items.map((item) => item.textContent)).toEqual([
      'All unitsRose beyond noise: 2.48 → 3.09, +0.61 (95% CI 0.31 to 0.90).',
      'FinanceToo few people to conclude: withheld so that a group of fewer than 5 people cannot be worked out from the others.',
      'HealthFell beyond noise: 3.17 → 2.33, -0.83 (95% CI -1.26 to -0.40).',
      'TransportToo few people to conclude: a result resting on fewer than 5 people is not published.',
      'EducationRose beyond noise: 2.33 → 3.17, +0.83 (95% CI 0.40 to 1.26).',
      'JusticeRose beyond noise: 2.33 → 3.17, +0.83 (95% CI 0.40 to 1.26).',
      'Digital serviceRose beyond noise: 2.33 → 3.17, +0.83 (95% CI 0.40 to 1.26).',
    ]);
    expect(items.map((item) => item.querySelectorAll('svg circle').length)).toEqual([
      2, 0, 2, 0, 2, 2, 2,
    ]);
  });

  it('switches to by unit with the arrow keys, and reports it', async () => {
    const user = userEvent.setup();
    const onByChange = vi.fn();
    const { container } = render(<RoundComparison {...props} onByChange={onByChange} />);
    // The Chart/Table switch first, then the grouping.
    await user.tab();
    await user.tab();
    await user.tab();
    const byCompetency = screen.getByRole('radio', { name: 'By competency' });
    expect(byCompetency).toHaveFocus();
    expect(byCompetency).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'By unit' })).toBeChecked();
    expect(onByChange).toHaveBeenCalledWith('unit');
    expect(summaryOf(container)).toMatch(
      /^Across all units, 3 of 3 competencies rose beyond noise\. In Health, 1 of 3 competencies rose beyond noise; Cyber security fell\. In Education, 2 of 3 competencies rose beyond noise\. 4 more units changed beyond noise somewhere;/,
    );
    expect(screen.getByRole('list', { name: 'Finance' })).toHaveTextContent(
      /^Data literacyFell beyond noise/,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'All units' })).toBeVisible();
  });

  it('filters by competency and by unit with the selects', async () => {
    const user = userEvent.setup();
    const onFilterChange = vi.fn();
    const { container } = render(<RoundComparison {...props} onFilterChange={onFilterChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'Finance');
    expect(onFilterChange).toHaveBeenLastCalledWith({ competencyId: null, unitId: 'finance' });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^FinanceFell beyond noise/)]),
    );
    expect(screen.queryByText(/^All units/)).toBeNull();
    expect(summaryOf(container)).toMatch(/^Data literacy fell in 1 of 1 unit beyond noise\./);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Competency' }), 'User research');
    expect(summaryOf(container)).toBe('No change beyond noise in any of the 1 competency shown.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'Every unit');
    expect(screen.getAllByRole('list', { name: /./ })).toHaveLength(1);
  });

  it('shows the grid as a table by keyboard, the same values and no number where withheld', async () => {
    const user = userEvent.setup();
    render(<RoundComparison {...props} />);
    const tableButton = screen.getByRole('button', { name: 'Table' });
    tableButton.focus();
    await user.keyboard('{Enter}');
    expect(tableButton).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', {
      name: 'Round 1 and round 2, by competency: change in mean level',
    });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Competency',
      'All units',
      'Finance',
      'Health',
      'Transport',
      'Education',
      'Justice',
      'Digital service',
    ]);
    const cyber = within(table).getByRole('row', { name: /^Cyber security/ });
    const cells = within(cyber)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells[2]).toBe('-0.8395% CI -1.26 to -0.403.17 → 2.33Fell beyond noise');
    expect(cells[1]).toBe('Too few people to conclude');
    expect(cells[3]).toBe('Too few people to conclude');
    expect(`${cells[1] ?? ''}${cells[3] ?? ''}`).not.toMatch(/\d/);
  });

  it('says "too few people to conclude" everywhere when the engine withheld all', () => {
    const { container } = render(
      <RoundComparison title={title} competencies={tooFewCompetencies} unitNames={unitNames} />,
    );
    expect(summaryOf(container)).toBe(
      'No change beyond noise in any of the 1 competency shown. ' +
        '2 of the 2 results rest on too few people to conclude.',
    );
    expect(container.querySelectorAll('.ck-round-comparison__bar')).toHaveLength(0);
  });

  it('shows the empty, loading and error states', () => {
    const { rerender } = render(<RoundComparison title={title} />);
    expect(screen.getByText('No results of two rounds to compare yet.')).toBeVisible();
    expect(screen.getByRole('figure', { name: title }).dataset['state']).toBe('empty');
    rerender(<RoundComparison {...props} status="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the comparison of rounds…');
    expect(screen.queryByRole('list')).toBeNull();
    rerender(<RoundComparison {...props} status="error" errorMessage="Round 2 is still open." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Round 2 is still open.');
  });

  it('takes a controlled grouping and filter', () => {
    render(
      <RoundComparison
        {...props}
        by="unit"
        filter={{ competencyId: 'data-literacy', unitId: 'justice' }}
        headingLevel={3}
      />,
    );
    expect(screen.getByRole('radio', { name: 'By unit' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 3, name: 'Justice' })).toBeVisible();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Data literacyWithin noise: 3.00 → 3.00, 0.00 (95% CI -0.94 to 0.94).',
    ]);
  });

  it('mirrors right to left and takes translated strings', () => {
    render(
      <RoundComparison
        {...props}
        competencies={arabicCompetencies}
        unitNames={arabicUnitNames}
        locale="ar"
        messages={arabicMessages}
      />,
    );
    expect(screen.getByRole('figure', { name: title })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('radio', { name: 'حسب الوحدة' })).not.toBeChecked();
    expect(screen.getByRole('list', { name: 'محو الأمية في البيانات' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'جدول' })).toBeVisible();
  });

  it('has no axe violations, in the chart view and the table view', async () => {
    const user = userEvent.setup();
    const { container } = render(<RoundComparison {...props} />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(<RoundComparison {...props} />);
    expect(result.html).toContain('Data literacy rose in 4 of 6 units beyond noise; Finance fell.');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    expect(result.container.querySelectorAll('.ck-round-comparison__list > li')).toHaveLength(21);
    result.unmount();
  });
});
