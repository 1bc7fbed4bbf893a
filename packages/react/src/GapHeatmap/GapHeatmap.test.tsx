import type { GroupSummary } from '@capkit/scoring/publication';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { GapHeatmap, type GapHeatmapSort } from './GapHeatmap.js';
import {
  digitalCompetencies,
  digitalCompetenciesArabic,
  ministrySummary,
  ministryUnitNames,
  ministryUnitsArabic,
} from '../../test/fixtures/GapHeatmap.fixtures.js';

const title = 'Ministry of Digital Government: competency gaps';

function Ministry(props: { readonly measure?: 'meanGap' | 'shareBelowRequired' }) {
  return (
    <GapHeatmap
      title={title}
      summary={ministrySummary}
      units={ministryUnitNames}
      competencies={digitalCompetencies}
      {...props}
    />
  );
}

/** Row header names of the grid's body, top to bottom. */
function unitOrder(grid: HTMLElement): string[] {
  return within(grid)
    .getAllByRole('rowheader')
    .map((header) => header.textContent.replace(/[▲▼↕]/g, ''));
}

/** Column header names of the grid, start to end, without the unit column. */
function competencyOrder(grid: HTMLElement): string[] {
  return within(grid)
    .getAllByRole('columnheader')
    .slice(1)
    .map((header) => header.textContent.replace(/[▲▼↕]/g, ''));
}

/** The summary's cell for a unit and competency, by name. */
function summaryCell(unit: string, competency: string) {
  const cell =
    ministrySummary.cells[
      ministryUnitNames.indexOf(unit) * digitalCompetencies.length +
        digitalCompetencies.indexOf(competency)
    ];
  if (cell === undefined) throw new Error(`no cell for ${unit} × ${competency}`);
  return cell;
}

/** The grid cell of a unit and competency, by name. */
function gridCell(grid: HTMLElement, unit: string, competency: string): HTMLElement {
  const row = within(grid).getByRole('rowheader', { name: unit }).closest('[role="row"]');
  const column = competencyOrder(grid).indexOf(competency);
  const cell = row?.querySelectorAll<HTMLElement>('[role="gridcell"]')[column];
  if (cell === undefined) throw new Error(`no grid cell for ${unit} × ${competency}`);
  return cell;
}

describe('GapHeatmap: what it shows', () => {
  it('is a figure named by its title holding a grid of every unit × competency', () => {
    render(<Ministry />);
    const figure = screen.getByRole('figure', { name: title });
    const grid = within(figure).getByRole('grid', {
      name: `${title}: Mean gap (levels below the required level)`,
    });
    expect(unitOrder(grid)).toEqual(ministryUnitNames);
    expect(competencyOrder(grid)).toEqual(digitalCompetencies);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(9 * 6);
    expect(figure.dataset['state']).toBe('ready');
    expect(grid.dataset['measure']).toBe('meanGap');
  });

  it('prints each published mean gap with one decimal, and colours it by that printed value', () => {
    render(<Ministry />);
    const grid = screen.getByRole('grid');
    const source = summaryCell('Platform team', 'Agile delivery');
    if (source.status !== 'published' || source.meanGap === null)
      throw new Error('fixture changed');
    const cell = gridCell(grid, 'Platform team', 'Agile delivery');
    const printed = Math.round(source.meanGap * 10) / 10;
    expect(cell.textContent).toBe(printed.toFixed(1));
    // Largest gap 2.54 → five bands 0.6 wide, up to 3.0.
    expect(cell.dataset['band']).toBe(String(Math.floor(printed / 0.6)));
    expect(screen.getByText('0.0 to 0.6')).toBeVisible();
    expect(screen.getByText('2.4 to 3.0')).toBeVisible();
  });

  it('shows shares below required as whole percentages', () => {
    render(<Ministry measure="shareBelowRequired" />);
    const grid = screen.getByRole('grid', { name: /Share of respondents below/ });
    const source = summaryCell('Records team', 'Data literacy');
    if (source.status !== 'published' || source.shareBelowRequired === null)
      throw new Error('fixture changed');
    expect(gridCell(grid, 'Records team', 'Data literacy').textContent).toBe(
      `${Math.round(source.shareBelowRequired * 100)}%`,
    );
    expect(screen.getByText('80% to 100%')).toBeVisible();
  });

  it('never shows a number in a withheld cell, in either view, and says why it is withheld', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    const grid = screen.getByRole('grid');
    const withheld = grid.querySelectorAll<HTMLElement>('[role="gridcell"][data-state="withheld"]');
    // Payments team (3 people) in full, Identity team to protect it, one more pair, and two
    // cells whose gaps rest on fewer than 5 people with a required level (scores shown).
    expect(withheld).toHaveLength(6 + 6 + 2 + 2);
    for (const cell of withheld) {
      expect(cell.textContent).toMatch(
        /^Withheld: (fewer than 5 respondents|withheld so that a smaller group cannot be worked out)$/,
      );
      expect(cell.dataset['band']).toBeUndefined();
    }
    expect(gridCell(grid, 'Payments team', 'Data literacy').dataset['reason']).toBe('primary');
    expect(gridCell(grid, 'Identity team', 'Data literacy').dataset['reason']).toBe(
      'complementary',
    );
    expect(
      screen.getByText(/^Withheld: fewer than 5 respondents, or withheld so that/),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /by unit and competency/ });
    const cells = table.querySelectorAll('td[data-state="withheld"]');
    expect(cells).toHaveLength(16);
    for (const cell of cells) expect(cell.textContent).not.toMatch(/\d\.\d|%|^0$/);
  });

  it('marks cells without data and cells without a required level apart from values and zeros', () => {
    render(<Ministry />);
    const grid = screen.getByRole('grid');
    const empty = gridCell(grid, 'Regional office', 'Service design');
    expect(empty.dataset['state']).toBe('empty');
    expect(empty.textContent).toBe('No data');
    const unset = gridCell(grid, 'Policy unit', 'Cyber security awareness');
    expect(unset.dataset['state']).toBe('unset');
    expect(unset.textContent).toBe('Not set');
    expect(screen.getByText(/^No data: no one in the unit answered/)).toBeVisible();
    expect(screen.getByText(/^Not set: no respondent’s role sets/)).toBeVisible();
  });

  it('offers the same values as a plain table with row and column headers', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.queryByRole('grid')).toBeNull();
    const table = screen.getByRole('table', {
      name: `${title}: Mean gap (levels below the required level), by unit and competency`,
    });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(9);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(7);
    const row = within(table).getByRole('rowheader', { name: 'Policy unit' }).closest('tr');
    expect(row && within(row).getAllByRole('cell')[3]?.textContent).toBe('Not set');
    expect(screen.getByRole('figure').dataset['view']).toBe('table');
  });
});

describe('GapHeatmap: keyboard', () => {
  it('is one tab stop, and arrow keys, Home and End move between cells', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    // The two view buttons come first, then the grid's one tab stop.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Unit' }));
    expect(screen.getByRole('grid').querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Digital Service (all teams)' }),
    );
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('role')).toBe('gridcell');
    expect(focused).toBe(
      gridCell(screen.getByRole('grid'), 'Digital Service (all teams)', 'Data literacy'),
    );
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(
      gridCell(screen.getByRole('grid'), 'Platform team', 'Data literacy'),
    );
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(
      gridCell(screen.getByRole('grid'), 'Platform team', 'Digital procurement'),
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(
      gridCell(screen.getByRole('grid'), 'Platform team', 'Digital procurement'),
    );
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Platform team' }));
    expect(screen.getByRole('grid').querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    await user.tab();
    expect(screen.getByRole('grid').contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Platform team' }));
  });

  it('Ctrl+End goes to the last cell, Ctrl+Home back to the first, Page Down ten rows on', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    const grid = screen.getByRole('grid');
    within(grid).getByRole('button', { name: 'Unit' }).focus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(gridCell(grid, 'Regional office', 'Digital procurement'));
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toBe(within(grid).getByRole('button', { name: 'Unit' }));
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(
      within(grid).getByRole('button', { name: 'Regional office' }),
    );
    await user.keyboard('{PageUp}');
    expect(document.activeElement).toBe(within(grid).getByRole('button', { name: 'Unit' }));
  });

  it('mirrors the arrow keys right to left', async () => {
    const user = userEvent.setup();
    render(
      <GapHeatmap
        title="فجوات الكفاءة"
        summary={ministrySummary}
        units={ministryUnitsArabic}
        competencies={digitalCompetenciesArabic}
        locale="ar"
      />,
    );
    expect(screen.getByRole('figure').getAttribute('dir')).toBe('rtl');
    const grid = screen.getByRole('grid');
    within(grid).getByRole('button', { name: 'فريق المنصة' }).focus();
    await user.keyboard('{ArrowLeft}');
    const row = within(grid)
      .getByRole('rowheader', { name: 'فريق المنصة' })
      .closest('[role="row"]');
    expect(document.activeElement).toBe(row?.querySelector('[role="gridcell"]'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(within(grid).getByRole('button', { name: 'فريق المنصة' }));
  });

  it('moves the tab stop to a cell that is clicked', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    const grid = screen.getByRole('grid');
    const cell = gridCell(grid, 'Analytics team', 'Service design');
    await user.click(cell);
    expect(document.activeElement).toBe(cell);
    expect(cell.tabIndex).toBe(0);
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });
});

describe('GapHeatmap: sorting', () => {
  it('sorts the units by a competency: largest gap first, then smallest, then as given', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    const grid = screen.getByRole('grid');
    const header = within(grid).getByRole('columnheader', { name: 'Agile delivery' });
    const gapOf = (unit: string) => {
      const cell = summaryCell(unit, 'Agile delivery');
      return cell.status === 'published' ? cell.meanGap : null;
    };
    expect(header.getAttribute('aria-sort')).toBeNull();

    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(grid.dataset['sortRows']).toBe('2');
    expect(grid.dataset['sortRowsDirection']).toBe('descending');
    const descending = unitOrder(grid);
    const gaps = descending.map(gapOf);
    const published = gaps.filter((gap) => gap !== null);
    expect(published).toEqual([...published].sort((a, b) => b - a));
    // Withheld units last, never sorted as zeros.
    expect(descending.slice(-2)).toEqual(['Identity team', 'Payments team']);

    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(unitOrder(grid).slice(-2)).toEqual(['Identity team', 'Payments team']);
    expect(gapOf(unitOrder(grid)[0] ?? '')).toBe(Math.min(...published));

    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(grid.dataset['sortRows']).toBe('none');
    expect(unitOrder(grid)).toEqual(ministryUnitNames);
    expect(document.activeElement).toBe(within(header).getByRole('button'));
  });

  it('sorts the units by name, A to Z first', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    const grid = screen.getByRole('grid');
    await user.click(within(grid).getByRole('button', { name: 'Unit' }));
    expect(unitOrder(grid)).toEqual([...ministryUnitNames].sort((a, b) => a.localeCompare(b)));
    expect(grid.dataset['sortRows']).toBe('unit');
    expect(within(grid).getByRole('columnheader', { name: 'Unit' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('sorts the competencies by a unit from its row header', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    const grid = screen.getByRole('grid');
    await user.click(within(grid).getByRole('button', { name: 'Policy unit' }));
    const rowHeader = within(grid).getByRole('rowheader', { name: 'Policy unit' });
    expect(rowHeader.getAttribute('aria-sort')).toBe('descending');
    expect(grid.dataset['sortColumns']).toBe('7');
    const order = competencyOrder(grid);
    // Cyber security has no required level for managers: last.
    expect(order.at(-1)).toBe('Cyber security awareness');
    const gaps = order.slice(0, -1).map((competency) => {
      const cell = summaryCell('Policy unit', competency);
      return cell.status === 'published' ? (cell.meanGap ?? -1) : -1;
    });
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    // Cells move with their columns.
    const first = order[0] ?? '';
    const source = summaryCell('Platform team', first);
    expect(gridCell(grid, 'Platform team', first).textContent).toBe(
      source.status === 'published' ? source.meanGap?.toFixed(1) : 'Withheld',
    );
  });

  it('follows a controlled sort and reports the reader’s choice', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn<(sort: GapHeatmapSort) => void>();
    const sort: GapHeatmapSort = { rows: { by: 'unit', direction: 'descending' }, columns: null };
    render(
      <GapHeatmap
        title={title}
        summary={ministrySummary}
        units={ministryUnitNames}
        competencies={digitalCompetencies}
        sort={sort}
        onSortChange={onSortChange}
      />,
    );
    const grid = screen.getByRole('grid');
    expect(unitOrder(grid)[0]).toBe('Regional office');
    await user.click(within(grid).getByRole('button', { name: 'Data literacy' }));
    expect(onSortChange).toHaveBeenCalledWith({
      rows: { by: 1, direction: 'descending' },
      columns: null,
    });
    // Still the controlled order until the parent passes a new one.
    expect(unitOrder(grid)[0]).toBe('Regional office');
    expect(grid.dataset['sortRows']).toBe('unit');
  });
});

describe('GapHeatmap: states, strings and theming', () => {
  it('says it is loading, in a status message, without a grid', () => {
    render(<GapHeatmap title={title} units={[]} competencies={[]} status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading results…');
    expect(screen.getByRole('figure').dataset['state']).toBe('loading');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('shows the app’s error message as an alert', () => {
    render(
      <GapHeatmap
        title={title}
        units={ministryUnitNames}
        competencies={digitalCompetencies}
        status="error"
        errorMessage="The survey service did not answer."
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('The survey service did not answer.');
    expect(screen.getByRole('figure').dataset['state']).toBe('error');
  });

  it('says so when there are no results', () => {
    render(<GapHeatmap title={title} units={[]} competencies={[]} />);
    expect(screen.getByText('No results to show yet.')).toBeVisible();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByRole('figure').dataset['state']).toBe('empty');
  });

  it('refuses a summary whose shape does not match the labels', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      render(
        <GapHeatmap
          title={title}
          summary={ministrySummary}
          units={ministryUnitNames.slice(1)}
          competencies={digitalCompetencies}
        />,
      ),
    ).toThrow(RangeError);
  });

  it('takes translated strings from a CapkitProvider, and its own over those', () => {
    render(
      <CapkitProvider locale="fr" messages={{ GapHeatmap: { withheld: 'Masqué', unit: 'Unité' } }}>
        <GapHeatmap
          title={title}
          summary={ministrySummary}
          units={ministryUnitNames}
          competencies={digitalCompetencies}
          messages={{ unit: 'Service' }}
        />
      </CapkitProvider>,
    );
    const grid = screen.getByRole('grid');
    expect(within(grid).getByRole('button', { name: 'Service' })).toBeVisible();
    expect(gridCell(grid, 'Payments team', 'User research').textContent).toMatch(/^Masqué: /);
    // French decimals.
    expect(screen.getByText('0,0 to 0,6')).toBeVisible();
  });
});

describe('GapHeatmap: accessibility and server rendering', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has no axe violations (WCAG 2.2 AA) in either view', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <GapHeatmap
        title={title}
        description="Mean gap to the required level, by unit. Small groups are withheld."
        summary={ministrySummary}
        units={ministryUnitNames}
        competencies={digitalCompetencies}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without errors', async () => {
    const { html, container, recoverableErrors, consoleErrors, unmount } =
      await renderOnServerThenHydrate(
        <GapHeatmap
          title={title}
          summary={ministrySummary}
          units={ministryUnitNames}
          competencies={digitalCompetencies}
        />,
      );
    expect(html).toContain('role="grid"');
    expect(html).toContain('Withheld');
    expect(html).toContain('The largest gaps are in');
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(within(container).getAllByRole('gridcell')).toHaveLength(54);
    unmount();
  });

  it('keeps working when the summary changes shape under it', () => {
    const { rerender } = render(<Ministry />);
    const small: GroupSummary = {
      ...ministrySummary,
      cells: ministrySummary.cells.slice(0, 6),
    };
    rerender(
      <GapHeatmap
        title={title}
        summary={small}
        units={ministryUnitNames.slice(0, 1)}
        competencies={digitalCompetencies}
      />,
    );
    expect(screen.getAllByRole('gridcell')).toHaveLength(6);
  });
});
