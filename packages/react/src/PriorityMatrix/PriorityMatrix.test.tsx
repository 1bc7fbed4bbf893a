import { importancePerformance, pairedResponsesFromRows } from '@capkit/scoring/tna';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { PriorityMatrix } from './PriorityMatrix.js';
import {
  allWithheldMatrix,
  emptyMatrix,
  fivePointScale,
  largeLabels,
  largeMatrix,
  teamLabels,
  teamLabelsArabic,
  teamMatrix,
  teamMatrixMidpoint,
  withheldLabels,
  withheldMatrix,
} from '../../test/fixtures/PriorityMatrix.fixtures.js';

const title = 'Digital team: where to train first';

function optionNames() {
  return screen.getAllByRole('option').map((option) => option.getAttribute('aria-label'));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('PriorityMatrix', () => {
  it('is a figure named by its title, with one named point per scored item', () => {
    render(<PriorityMatrix title={title} result={teamMatrix} labels={teamLabels} />);
    const figure = screen.getByRole('figure', { name: title });
    expect(figure.dataset['state']).toBe('ready');
    expect(within(figure).getByRole('group', { name: title })).toBeInTheDocument();
    // Nine of ten items have answers on both scales; top of the picture first.
    expect(optionNames()).toEqual([
      'User research: importance 4.53, performance 2.42, Concentrate here',
      'Cyber security awareness: importance 4.40, performance 3.72, Keep up the good work',
      'Data literacy: importance 4.24, performance 2.81, Concentrate here',
      'Service design: importance 4.07, performance 2.72, Concentrate here',
      'Agile delivery: importance 3.80, performance 3.68, Keep up the good work',
      'Digital procurement: importance 3.09, performance 3.79, Possible overkill',
      'Content design: importance 2.98, performance 2.52, Low priority',
      'Office software: importance 2.63, performance 4.37, Possible overkill',
      'Cloud architecture: importance 2.52, performance 2.14, Low priority',
    ]);
  });

  it('names the four quadrants in words and says how many items fall in each', () => {
    const { container } = render(
      <PriorityMatrix title={title} result={teamMatrix} labels={teamLabels} />,
    );
    const quadrantLabels = container.querySelectorAll('.ck-priority-matrix__quadrant-label');
    expect(Array.from(quadrantLabels, (label) => label.textContent)).toEqual([
      'Concentrate here',
      'Keep up the good work',
      'Low priority',
      'Possible overkill',
    ]);
    const summary = screen.getByRole('group', { name: title }).getAttribute('aria-describedby');
    expect(document.getElementById(summary ?? '')?.textContent).toBe(
      'Importance–performance grid of 9 items: importance upwards, performance across. ' +
        'Cross-hairs at the grand means (importance 3.59, performance 3.13). ' +
        'Concentrate here: 3; Keep up the good work: 2; Low priority: 2; Possible overkill: 2. ' +
        '1 item without complete answers not plotted.',
    );
    const quadrants = Array.from(
      container.querySelectorAll<SVGElement>('.ck-priority-matrix__point'),
      (point) => point.dataset['quadrant'],
    );
    expect(quadrants.filter((quadrant) => quadrant === 'concentrateHere')).toHaveLength(3);
  });

  it('draws and labels the cross-hairs: grand means, or the scale midpoint', () => {
    const { container, rerender } = render(
      <PriorityMatrix title={title} result={teamMatrix} labels={teamLabels} />,
    );
    const crosshairText = () =>
      Array.from(
        container.querySelectorAll('.ck-priority-matrix__crosshair text'),
        (text) => text.textContent,
      );
    expect(crosshairText()).toEqual(['Grand mean 3.13', 'Grand mean 3.59']);
    expect(
      container.querySelectorAll('.ck-priority-matrix__plot .ck-priority-matrix__crosshair line'),
    ).toHaveLength(2);
    rerender(<PriorityMatrix title={title} result={teamMatrixMidpoint} labels={teamLabels} />);
    expect(crosshairText()).toEqual(['Scale midpoint 3.00', 'Scale midpoint 3.00']);
    expect(container.querySelector('svg')?.dataset['crosshairs']).toBe('scaleMidpoint');
  });

  it('puts every point in one tab stop, reached by Tab, and moves with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<PriorityMatrix title={title} result={teamMatrix} labels={teamLabels} />);
    expect(screen.getAllByRole('option').filter((option) => option.tabIndex === 0)).toHaveLength(1);
    await user.tab(); // Chart
    await user.tab(); // Table
    await user.tab();
    const focused = () => document.activeElement?.getAttribute('aria-label')?.split(':')[0];
    expect(focused()).toBe('User research');
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('Cyber security awareness');
    // Right: the next point to the right on screen (performance 3.72 → 3.79).
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('Digital procurement');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focused()).toBe('Agile delivery');
    await user.keyboard('{End}');
    expect(focused()).toBe('Cloud architecture');
    await user.keyboard('{Home}');
    expect(focused()).toBe('User research');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('User research');
    // The tab stop follows: Tab leaves the chart, Shift+Tab returns to the same point.
    await user.keyboard('{ArrowDown}');
    await user.tab();
    await user.tab({ shift: true });
    expect(focused()).toBe('Cyber security awareness');
  });

  it('shows a visible label for the focused point, not only on hover', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <PriorityMatrix title={title} result={teamMatrix} labels={teamLabels} />,
    );
    expect(container.querySelector('.ck-priority-matrix__callout')).toBeNull();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(container.querySelector('.ck-priority-matrix__callout')?.textContent).toBe(
      'User researchImportance 4.53, performance 2.42',
    );
    await user.tab();
    expect(container.querySelector('.ck-priority-matrix__callout')).toBeNull();
  });

  it('selects with Enter or Space, clears with Escape, uncontrolled', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    const { container } = render(
      <PriorityMatrix
        title={title}
        result={teamMatrix}
        labels={teamLabels}
        onSelectionChange={onSelectionChange}
      />,
    );
    await user.tab();
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    const userResearch = screen.getByRole('option', { name: /^User research/ });
    expect(userResearch.getAttribute('aria-selected')).toBe('true');
    expect(userResearch.dataset['selected']).toBe('true');
    expect(onSelectionChange).toHaveBeenLastCalledWith('user-research');
    await user.keyboard('{ArrowDown} ');
    expect(userResearch.getAttribute('aria-selected')).toBe('false');
    expect(onSelectionChange).toHaveBeenLastCalledWith('cyber-security');
    // The selected point keeps its visible label after focus leaves.
    await user.tab();
    expect(container.querySelector('.ck-priority-matrix__callout')?.textContent).toMatch(
      /^Cyber security awareness/,
    );
    await user.tab({ shift: true });
    await user.keyboard('{Escape}');
    expect(screen.queryAllByRole('option', { selected: true })).toHaveLength(0);
    expect(onSelectionChange).toHaveBeenLastCalledWith(null);
    // Enter on the selected point toggles it off too.
    await user.keyboard('{Enter}{Enter}');
    expect(screen.queryAllByRole('option', { selected: true })).toHaveLength(0);
  });

  it('follows a controlled selection and reports clicks without changing it', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    const { rerender } = render(
      <PriorityMatrix
        title={title}
        result={teamMatrix}
        labels={teamLabels}
        selectedId="data-literacy"
        onSelectionChange={onSelectionChange}
      />,
    );
    const dataLiteracy = screen.getByRole('option', { name: /^Data literacy/ });
    expect(dataLiteracy.getAttribute('aria-selected')).toBe('true');
    // The selected point is the tab stop.
    expect(dataLiteracy.tabIndex).toBe(0);
    await user.click(screen.getByRole('option', { name: /^Cloud architecture/ }));
    expect(onSelectionChange).toHaveBeenCalledWith('cloud');
    expect(dataLiteracy.getAttribute('aria-selected')).toBe('true');
    rerender(
      <PriorityMatrix
        title={title}
        result={teamMatrix}
        labels={teamLabels}
        selectedId="cloud"
        onSelectionChange={onSelectionChange}
      />,
    );
    expect(
      screen.getByRole('option', { name: /^Cloud architecture/ }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(dataLiteracy.getAttribute('aria-selected')).toBe('false');
  });

  it('starts from a default selection', () => {
    render(
      <PriorityMatrix
        title={title}
        result={teamMatrix}
        labels={teamLabels}
        defaultSelectedId="office-tools"
      />,
    );
    expect(screen.getByRole('option', { selected: true }).getAttribute('aria-label')).toMatch(
      /^Office software/,
    );
  });

  it('gives the same values in a table: item, means, quadrant and n', async () => {
    const user = userEvent.setup();
    render(<PriorityMatrix title={title} result={teamMatrix} labels={teamLabels} />);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: `${title}: values` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Item',
      'Mean importance',
      'Mean performance',
      'Quadrant',
      'Respondents with both ratings (n)',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children, (cell) => cell.textContent))).toEqual([
      ['User research', '4.53', '2.42', 'Concentrate here', '43'],
      ['Data literacy', '4.24', '2.81', 'Concentrate here', '42'],
      ['Agile delivery', '3.80', '3.68', 'Keep up the good work', '41'],
      ['Cyber security awareness', '4.40', '3.72', 'Keep up the good work', '43'],
      ['Service design', '4.07', '2.72', 'Concentrate here', '43'],
      ['Content design', '2.98', '2.52', 'Low priority', '44'],
      ['Cloud architecture', '2.52', '2.14', 'Low priority', '44'],
      ['Office software', '2.63', '4.37', 'Possible overkill', '46'],
      ['Digital procurement', '3.09', '3.79', 'Possible overkill', '43'],
      [
        'Digital identity (GovStack building block)',
        '—',
        '—',
        'Not scored: no respondent gave both ratings',
        '0',
      ],
    ]);
    expect(screen.getByText(/^Cross-hairs at the grand means of the items/)).toBeVisible();
  });

  it('says when an item sits on a cross-hair and the tie rule placed it', () => {
    // Importance means 4, 2 and 3: the third is exactly on the grand mean, so counts as high.
    // Six people (three of each answer pattern), enough for the default disclosure rule.
    const result = importancePerformance(
      pairedResponsesFromRows(
        [0, 1, 2, 3, 4, 5].map((r) => ({
          importance: [4, 2, 3],
          performance: [2, 4, r % 2 === 0 ? 3 : 4],
        })),
      ),
      fivePointScale,
    );
    render(
      <PriorityMatrix
        title={title}
        result={result}
        labels={[
          { id: 'a', label: 'Alpha' },
          { id: 'b', label: 'Beta' },
          { id: 'c', label: 'Gamma' },
        ]}
        defaultView="table"
      />,
    );
    expect(screen.getByRole('row', { name: /^Gamma/ }).textContent).toContain(
      'Keep up the good work (on a cross-hair)',
    );
  });

  it('mirrors the performance axis in right-to-left and formats numbers in the locale', () => {
    render(
      <PriorityMatrix title="المصفوفة" result={teamMatrix} labels={teamLabelsArabic} locale="ar" />,
    );
    expect(screen.getByRole('figure').getAttribute('dir')).toBe('rtl');
    const cx = (name: string) =>
      Number(
        screen
          .getByRole('option', { name: new RegExp(`^${name}`) })
          .querySelector('circle')
          ?.getAttribute('cx'),
      );
    // Office software performs best, so it is furthest left; Cloud architecture furthest right.
    expect(cx('البرمجيات المكتبية')).toBeLessThan(cx('هندسة الحوسبة السحابية'));
    const arabic = new Intl.NumberFormat('ar', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    expect(
      screen.getByRole('option', { name: /^بحث المستخدمين/ }).getAttribute('aria-label'),
    ).toContain(arabic.format(teamMatrix.items[0]?.meanImportance ?? 0));
  });

  it('takes translated strings from its props and from a CapkitProvider', () => {
    render(
      <CapkitProvider locale="fr" messages={{ PriorityMatrix: { lowPriority: 'Priorité basse' } }}>
        <PriorityMatrix
          title={title}
          result={teamMatrix}
          labels={teamLabels}
          messages={{ concentrateHere: 'Se concentrer ici' }}
        />
      </CapkitProvider>,
    );
    expect(screen.getByRole('option', { name: /^User research/ }).getAttribute('aria-label')).toBe(
      'User research: importance 4,53, performance 2,42, Se concentrer ici',
    );
    expect(
      screen.getByRole('option', { name: /^Content design/ }).getAttribute('aria-label'),
    ).toMatch(/Priorité basse$/);
    expect(screen.getByRole('button', { name: 'Table' })).toBeVisible();
  });

  it('says so when there is nothing to plot', () => {
    render(<PriorityMatrix title={title} result={emptyMatrix} labels={[]} />);
    expect(screen.getByText('No importance and performance ratings to plot yet.')).toBeVisible();
    expect(screen.getByRole('figure').dataset['state']).toBe('empty');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('does not plot an item answered by too few people, and says it is withheld', async () => {
    const user = userEvent.setup();
    render(<PriorityMatrix title={title} result={withheldMatrix} labels={withheldLabels} />);
    // The same nine points as without the eleventh item: it moves no point or cross-hair.
    expect(optionNames()).toHaveLength(9);
    expect(optionNames().some((name) => name?.includes('Digital payments'))).toBe(false);
    expect(
      screen.getByRole('figure').querySelector('.ck-priority-matrix__summary')?.textContent,
    ).toMatch(
      / 1 item without complete answers not plotted\. 1 item withheld: fewer than 5 people answered\.$/,
    );
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Digital payments/ });
    expect(Array.from(row.children, (cell) => cell.textContent)).toEqual([
      'Digital payments (GovStack building block)',
      '—',
      '—',
      'Withheld: fewer than 5 people answered',
      '—',
    ]);
    expect(row.dataset['withheld']).toBe('true');
  });

  it('says why nothing is plotted when every item is withheld', () => {
    render(<PriorityMatrix title={title} result={allWithheldMatrix} labels={teamLabels} />);
    expect(screen.getByRole('figure').dataset['state']).toBe('empty');
    expect(
      screen.getByRole('figure').querySelector('.ck-status[data-state="empty"]')?.textContent,
    ).toBe(
      'Nothing can be plotted: fewer than 5 people answered each item, and figures from so few people would reveal their answers.',
    );
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('announces loading in a status region, and errors in an alert', () => {
    const { rerender } = render(
      <PriorityMatrix title={title} labels={teamLabels} status="loading" />,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading the priority matrix…');
    expect(screen.getByRole('figure').dataset['state']).toBe('loading');
    rerender(
      <PriorityMatrix
        title={title}
        result={teamMatrix}
        labels={teamLabels}
        status="error"
        errorMessage="The survey export is missing its performance column."
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The survey export is missing its performance column.',
    );
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    rerender(<PriorityMatrix title={title} labels={teamLabels} status="error" />);
    expect(screen.getByRole('alert').textContent).toBe('The priority matrix could not be shown.');
    expect(screen.getByRole('figure').dataset['state']).toBe('error');
  });

  it('spreads clustered points over the data’s span when asked', () => {
    const { container } = render(
      <PriorityMatrix title={title} result={largeMatrix} labels={largeLabels} domain="data" />,
    );
    expect(screen.getAllByRole('option')).toHaveLength(60);
    const ticks = Array.from(
      container.querySelectorAll('.ck-priority-matrix__tick text:first-of-type'),
      (tick) => Number(tick.textContent),
    );
    // The means run from about 2 to 4.6 on the 1–5 scale: the axes start at 1.5, in halves.
    expect(ticks).toEqual([1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
  });

  it('has no axe violations (WCAG 2.2 AA), in both views and with a selection', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <PriorityMatrix
        title={title}
        description="Means of 48 respondents."
        result={teamMatrix}
        labels={teamLabels}
        defaultSelectedId="user-research"
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server without browser globals, then hydrates without errors', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const element = (
      <PriorityMatrix
        title={title}
        result={teamMatrix}
        labels={teamLabels}
        defaultSelectedId="cloud"
      />
    );
    vi.stubGlobal('window', undefined);
    vi.stubGlobal('document', undefined);
    vi.resetModules();
    const { PriorityMatrix: ServerPriorityMatrix } = await import('./PriorityMatrix.js');
    const html = renderToString(
      <ServerPriorityMatrix
        title={title}
        result={teamMatrix}
        labels={teamLabels}
        defaultSelectedId="cloud"
      />,
    );
    vi.unstubAllGlobals();
    expect(html).toContain('<figure');
    expect(html).toContain('Concentrate here');

    const hydrated = await renderOnServerThenHydrate(element);
    expect(hydrated.html).toBe(html);
    expect(hydrated.recoverableErrors).toEqual([]);
    expect(hydrated.consoleErrors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    const container = hydrated.container;
    expect(
      within(container).getByRole('option', { selected: true }).getAttribute('aria-label'),
    ).toMatch(/^Cloud architecture/);
    hydrated.unmount();
  });
});
