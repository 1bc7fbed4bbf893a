import type { GroupSummary } from '@capkit/scoring/publication';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { GroupSummaryTable, type GroupSummaryTableSort } from './GroupSummaryTable.js';
import {
  digitalCompetencies,
  digitalCompetenciesArabic,
  ministrySummaryWithMedians,
  ministryUnitNames,
  ministryUnitsArabic,
  roleNames,
  roleSummary,
} from '../../test/fixtures/GroupSummaryTable.fixtures.js';

const title = 'Ministry of Digital Government: results by unit';
const dataLiteracy = 1;

function cellOf(unit: number, competency: number) {
  const cell = ministrySummaryWithMedians.cells[unit * digitalCompetencies.length + competency];
  if (cell === undefined) throw new Error('fixture changed');
  return cell;
}

/** Group names of the body rows, top to bottom. */
function groupOrder(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('th')?.textContent ?? '');
}

function DataLiteracy(props: { readonly locale?: string }) {
  return (
    <GroupSummaryTable
      title={title}
      summary={ministrySummaryWithMedians}
      groups={ministryUnitNames}
      competencies={digitalCompetencies}
      competency={dataLiteracy}
      groupHeading="Unit"
      {...props}
    />
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GroupSummaryTable: what it shows', () => {
  it('is a table captioned by its title, a row per unit and a column per measure', () => {
    render(<DataLiteracy />);
    const table = screen.getByRole('table', { name: title });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent.replace(/[▲▼↕]/g, '')),
    ).toEqual([
      'Unit',
      'Respondents',
      'Mean score',
      'Standard deviation',
      'Median score',
      'Mean gap',
      'Below required level',
    ]);
    expect(groupOrder(table)).toEqual(ministryUnitNames);
    expect(table.dataset['competency']).toBe('1');
  });

  it('formats numbers in the locale: whole counts, scores to two decimals, whole percentages', () => {
    render(<DataLiteracy locale="fr-FR" />);
    const source = cellOf(1, dataLiteracy);
    if (source.status !== 'published' || source.sd === null || source.shareBelowRequired === null)
      throw new Error('fixture changed');
    const row = screen.getByRole('row', { name: /^Platform team/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    const decimal = new Intl.NumberFormat('fr-FR', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    expect(cells[0]).toBe(String(source.count));
    expect(cells[1]).toBe(decimal.format(source.mean));
    expect(cells[1]).toContain(',');
    expect(cells[2]).toBe(decimal.format(source.sd));
    expect(cells[3]).toBe(decimal.format(source.quantiles.get(0.5) ?? Number.NaN));
    expect(cells[5]).toBe(
      new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(
        source.shareBelowRequired,
      ),
    );
  });

  it('says a row is withheld and why, across the measures, and never shows its numbers', () => {
    render(
      <GroupSummaryTable
        title={title}
        summary={ministrySummaryWithMedians}
        groups={ministryUnitNames}
        competencies={digitalCompetencies}
      />,
    );
    const table = screen.getByRole('table');
    const withheld = table.querySelectorAll<HTMLTableRowElement>('tr[data-state="suppressed"]');
    expect(withheld).toHaveLength(14);
    for (const row of withheld) {
      const [cell, ...others] = row.querySelectorAll('td');
      expect(others).toHaveLength(0);
      expect(cell?.colSpan).toBe(6);
      expect(cell?.textContent).toBe(
        row.dataset['reason'] === 'primary'
          ? 'Withheld: fewer than 5 respondents'
          : 'Withheld so that a smaller group’s results cannot be worked out',
      );
    }
    const payments = screen.getAllByRole('row', { name: /^Payments team User research/ })[0];
    expect(payments?.dataset['reason']).toBe('primary');
    const identity = screen.getAllByRole('row', { name: /^Identity team User research/ })[0];
    expect(identity?.dataset['reason']).toBe('complementary');
    expect(
      screen.getByText(/^Results of groups of fewer than 5 respondents are withheld/),
    ).toBeVisible();
  });

  it('marks empty groups, missing required levels and values it cannot compute', () => {
    const { rerender } = render(
      <GroupSummaryTable
        title={title}
        summary={ministrySummaryWithMedians}
        groups={ministryUnitNames}
        competencies={digitalCompetencies}
      />,
    );
    expect(
      within(screen.getByRole('row', { name: /^Regional office Service design/ })).getByRole('cell')
        .textContent,
    ).toBe('No responses');
    const policy = screen.getByRole('row', { name: /^Policy unit Cyber security awareness/ });
    expect(
      within(policy)
        .getAllByRole('cell')
        .slice(4)
        .map((cell) => cell.textContent),
    ).toEqual(['Not set', 'Not set']);

    // Summaries without histograms have no medians: a dash, read as “Not available”.
    const withoutMedians: GroupSummary = {
      ...ministrySummaryWithMedians,
      cells: ministrySummaryWithMedians.cells.map((cell) =>
        cell.status === 'published' ? { ...cell, quantiles: new Map() } : cell,
      ),
    };
    rerender(
      <GroupSummaryTable
        title={title}
        summary={withoutMedians}
        groups={ministryUnitNames}
        competencies={digitalCompetencies}
        competency={0}
      />,
    );
    const median = within(screen.getByRole('row', { name: /^Platform team/ })).getAllByRole(
      'cell',
    )[3];
    expect(median?.textContent).toBe('—Not available');
    expect(median?.querySelector('[aria-hidden="true"]')?.textContent).toBe('—');
  });

  it('shows only the measures asked for, and a competency column for all competencies', () => {
    render(
      <GroupSummaryTable
        title="Results by role"
        summary={roleSummary}
        groups={roleNames}
        competencies={digitalCompetencies}
        measures={['count', 'meanGap']}
        groupHeading="Role"
      />,
    );
    expect(
      screen.getAllByRole('columnheader').map((header) => header.textContent.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Role', 'Competency', 'Respondents', 'Mean gap']);
    expect(screen.getAllByRole('row')).toHaveLength(1 + 5 * 6);
    expect(screen.getAllByRole('row', { name: /^Service owners/ })[0]?.textContent).toContain(
      'Withheld: fewer than 5 respondents',
    );
  });
});

describe('GroupSummaryTable: sorting', () => {
  it('sorts by a measure: largest first, then smallest, then as given; withheld rows last', async () => {
    const user = userEvent.setup();
    render(<DataLiteracy />);
    const table = screen.getByRole('table');
    const header = screen.getByRole('columnheader', { name: /Mean score/ });
    const meanOf = (unit: string) => {
      const cell = cellOf(ministryUnitNames.indexOf(unit), dataLiteracy);
      return cell.status === 'published' ? cell.mean : null;
    };

    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(table.dataset['sortBy']).toBe('mean');
    expect(table.dataset['sortDirection']).toBe('descending');
    const means = groupOrder(table).map(meanOf);
    const published = means.filter((mean) => mean !== null);
    expect(published).toEqual([...published].sort((a, b) => b - a));
    expect(groupOrder(table).slice(-2)).toEqual(['Identity team', 'Payments team']);

    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(meanOf(groupOrder(table)[0] ?? '')).toBe(Math.min(...published));
    expect(groupOrder(table).slice(-2)).toEqual(['Identity team', 'Payments team']);

    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(table.dataset['sortBy']).toBe('none');
    expect(groupOrder(table)).toEqual(ministryUnitNames);
  });

  it('sorts by name A to Z first, and by keyboard', async () => {
    const user = userEvent.setup();
    render(<DataLiteracy />);
    const button = within(screen.getByRole('columnheader', { name: /Unit/ })).getByRole('button');
    button.focus();
    await user.keyboard('{Enter}');
    expect(groupOrder(screen.getByRole('table'))).toEqual(
      [...ministryUnitNames].sort((a, b) => a.localeCompare(b)),
    );
    await user.keyboard(' ');
    expect(screen.getByRole('columnheader', { name: /Unit/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('follows a controlled sort and reports the reader’s choice', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn<(sort: GroupSummaryTableSort | null) => void>();
    render(
      <GroupSummaryTable
        title={title}
        summary={ministrySummaryWithMedians}
        groups={ministryUnitNames}
        competencies={digitalCompetencies}
        competency={dataLiteracy}
        sort={{ by: 'count', direction: 'descending' }}
        onSortChange={onSortChange}
      />,
    );
    const before = groupOrder(screen.getByRole('table'));
    await user.click(screen.getByRole('button', { name: /Respondents/ }));
    expect(onSortChange).toHaveBeenCalledWith({ by: 'count', direction: 'ascending' });
    expect(groupOrder(screen.getByRole('table'))).toEqual(before);
  });
});

describe('GroupSummaryTable: states, direction and strings', () => {
  it('says it is loading, in a status message, without a table or download', () => {
    render(<GroupSummaryTable title={title} groups={[]} competencies={[]} status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading results…');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(title).closest('[data-state]')?.getAttribute('data-state')).toBe(
      'loading',
    );
  });

  it('shows the app’s error message as an alert', () => {
    render(
      <GroupSummaryTable
        title={title}
        groups={[]}
        competencies={[]}
        status="error"
        errorMessage="The survey service did not answer."
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('The survey service did not answer.');
  });

  it('says so when there are no results', () => {
    render(<GroupSummaryTable title={title} groups={[]} competencies={[]} />);
    expect(screen.getByText('No results to show yet.')).toBeVisible();
  });

  it('refuses a summary whose shape does not match the labels, or a competency out of range', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <GroupSummaryTable
          title={title}
          summary={roleSummary}
          groups={roleNames.slice(1)}
          competencies={digitalCompetencies}
        />,
      ),
    ).toThrow(RangeError);
    expect(() =>
      render(
        <GroupSummaryTable
          title={title}
          summary={roleSummary}
          groups={roleNames}
          competencies={digitalCompetencies}
          competency={6}
        />,
      ),
    ).toThrow(RangeError);
  });

  it('lays out right to left in Arabic, with numbers formatted for the locale', () => {
    const { container } = render(
      <GroupSummaryTable
        title="النتائج حسب الوحدة"
        summary={ministrySummaryWithMedians}
        groups={ministryUnitsArabic}
        competencies={digitalCompetenciesArabic}
        competency={dataLiteracy}
        locale="ar"
      />,
    );
    expect(container.firstElementChild?.getAttribute('dir')).toBe('rtl');
    const source = cellOf(1, dataLiteracy);
    if (source.status !== 'published') throw new Error('fixture changed');
    const row = screen.getByRole('row', { name: /^فريق المنصة/ });
    expect(within(row).getAllByRole('cell')[1]?.textContent).toBe(
      new Intl.NumberFormat('ar', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        source.mean,
      ),
    );
  });

  it('takes strings from a CapkitProvider, its own props first', () => {
    render(
      <CapkitProvider
        locale="fr"
        messages={{ GroupSummaryTable: { download: 'Télécharger (CSV)', count: 'Répondants' } }}
      >
        <DataLiteracy />
      </CapkitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Télécharger (CSV)' })).toBeVisible();
    expect(screen.getByRole('columnheader', { name: /Répondants/ })).toBeVisible();
  });
});

describe('GroupSummaryTable: accessibility and server rendering', () => {
  it('says a row’s gap figures are withheld when they rest on too few people, and shows its scores', () => {
    // Six people with a score, of whom one has a role that sets a level: the engine publishes
    // the scores and withholds the gaps (their own denominator is 1).
    const summary: GroupSummary = {
      k: 5,
      provenance: ministrySummaryWithMedians.provenance,
      cells: [
        {
          status: 'published',
          group: 0,
          competency: 0,
          count: 6,
          mean: 23 / 6,
          sd: 1.17,
          quantiles: new Map(),
          gapStatus: 'withheld',
          gapReason: 'primary',
          gapCount: null,
          meanGap: null,
          shareBelowRequired: null,
        },
      ],
    };
    render(
      <GroupSummaryTable
        title="One team"
        summary={summary}
        groups={['Team']}
        competencies={['Data']}
        competency={0}
      />,
    );
    const row = screen.getByRole('row', { name: /Team/ });
    expect(within(row).getByText('6').textContent).toBe('6');
    expect(within(row).getAllByText(/Withheld|fewer than 5/).length).toBeGreaterThanOrEqual(2);
    expect(row.textContent).not.toMatch(/%/);
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const { container } = render(
      <GroupSummaryTable
        title={title}
        description="Scores on a 1–5 scale; gaps in levels below the required level."
        summary={ministrySummaryWithMedians}
        groups={ministryUnitNames}
        competencies={digitalCompetencies}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without errors', async () => {
    const { html, container, recoverableErrors, consoleErrors, unmount } =
      await renderOnServerThenHydrate(<DataLiteracy />);
    expect(html).toContain('<table');
    expect(html).toContain('Withheld: fewer than 5 respondents');
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(within(container).getAllByRole('row')).toHaveLength(10);
    unmount();
  });
});
