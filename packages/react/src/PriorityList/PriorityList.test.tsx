import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { PriorityList } from './PriorityList.js';
import {
  allWithheldPriorities,
  emptyPriorities,
  largeLabels,
  largePriorities,
  teamCompetencyLabels,
  teamCompetencyPriorities,
  teamLabels,
  teamLabelsArabic,
  teamPriorities,
  withheldLabels,
  withheldPriorities,
} from '../../test/fixtures/PriorityList.fixtures.js';

const title = 'Digital team: training priorities';

function describedText(element: HTMLElement) {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('PriorityList', () => {
  it('is a figure whose description states the method, replicates and level', () => {
    render(
      <PriorityList
        title={title}
        description="Importance and current ability, rated by 48 people."
        result={teamPriorities}
        labels={teamLabels}
      />,
    );
    const figure = screen.getByRole('figure', { name: title });
    expect(figure.dataset['state']).toBe('ready');
    expect(describedText(figure)).toBe(
      'Importance and current ability, rated by 48 people. ' +
        'Items are ranked by Borich mean weighted discrepancy score (MWDS), highest need first. ' +
        'Intervals and rank probabilities come from a percentile bootstrap: 1,000 resamples of the 48 respondents, 95% level; ' +
        '“rank holds” is the share of resamples giving the same rank, “top 3” the share ranking it 3 or better.',
    );
  });

  it('names the bag of little bootstraps and its subsets when the result comes from it', () => {
    const little = {
      ...teamPriorities,
      method: 'bagOfLittleBootstraps',
      littleBootstraps: {
        subsets: 10,
        subsetSize: 3982,
        resamplesPerSubset: 100,
        resampleWeights: 'poisson',
        combination: 'meanOfRecentredSubsetEstimates',
      },
      respondents: 1_000_000,
    } as const;
    render(<PriorityList title={title} result={little} labels={teamLabels} />);
    expect(describedText(screen.getByRole('figure', { name: title }))).toContain(
      'Intervals and rank probabilities come from the bag of little bootstraps: 1,000 resamples of the 1,000,000 respondents, each drawn from one of 10 random subsets of 3,982 people, 95% level; ',
    );
  });

  it('lists the items by rank with their interval and rank probabilities in words', () => {
    render(<PriorityList title={title} result={teamPriorities} labels={teamLabels} />);
    const list = screen.getByRole('list', { name: 'Items ranked by need, highest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.ck-priority-list__name')?.textContent)).toEqual(
      [
        'User research',
        'Service design',
        'Accessibility',
        'Data literacy',
        'Cyber security awareness',
        'Agile delivery',
        'Content design',
        'Office software',
        'Digital identity (GovStack building block)',
      ],
    );
    expect(items[0]?.textContent).toBe(
      '1User researchMWDS 11.35, 95% interval 9.66 to 12.98' +
        'Rank holds in 100% of resamples; in the top 3 in 100%',
    );
    expect(items[3]?.textContent).toBe(
      '4Data literacyMWDS 5.63, 95% interval 4.31 to 7.13' +
        'Rank holds in 66% of resamples; in the top 3 in 29%',
    );
    expect(items[8]?.textContent).toBe(
      'Not rankedDigital identity (GovStack building block)Not scored: no respondent gave both ratings',
    );
  });

  it('shows tied ranks as tied, and skips the rank after them', () => {
    render(<PriorityList title={title} result={teamPriorities} labels={teamLabels} />);
    const ranks = screen
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.ck-priority-list__rank')?.textContent);
    expect(ranks).toEqual(['1', '2 (tied)', '2 (tied)', '4', '5', '6', '7', '8', 'Not ranked']);
    const tied = screen.getAllByRole('listitem').filter((item) => item.dataset['tied'] === 'true');
    expect(tied).toHaveLength(2);
  });

  it('draws an error bar and a dot for each scored item, on one axis', () => {
    const { container } = render(
      <PriorityList title={title} result={teamPriorities} labels={teamLabels} />,
    );
    const bars = container.querySelectorAll('.ck-priority-list__item .ck-priority-list__bar');
    expect(bars).toHaveLength(8);
    const dots = Array.from(
      container.querySelectorAll('.ck-priority-list__item .ck-priority-list__estimate'),
      (dot) => Number.parseFloat(dot.getAttribute('cx') ?? ''),
    );
    // Highest need first, so the dots move left row by row.
    expect(dots).toEqual([...dots].sort((a, b) => b - a));
    const [lowerEnd, upperEnd] = Array.from(
      bars[0]?.querySelectorAll('.ck-priority-list__interval line') ?? [],
    ).slice(1);
    expect(Number.parseFloat(lowerEnd?.getAttribute('x1') ?? '')).toBeLessThan(dots[0] ?? 0);
    expect(Number.parseFloat(upperEnd?.getAttribute('x1') ?? '')).toBeGreaterThan(dots[0] ?? 0);
  });

  it('gives every value in a table: rank, name, MWDS, interval, probabilities, n', async () => {
    const user = userEvent.setup();
    render(<PriorityList title={title} result={teamPriorities} labels={teamLabels} />);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: `${title}: values` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Rank',
      'Item',
      'MWDS',
      '95% interval',
      'Rank holds (share of resamples)',
      'In top 3 (share of resamples)',
      'Respondents with both ratings (n)',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children, (cell) => cell.textContent))).toEqual([
      ['1', 'User research', '11.35', '9.66 to 12.98', '100%', '100%', '43'],
      ['2 (tied)', 'Service design', '6.15', '4.79 to 7.67', '70%', '99%', '45'],
      ['2 (tied)', 'Accessibility', '6.15', '4.79 to 7.67', '70%', '99%', '45'],
      ['4', 'Data literacy', '5.63', '4.31 to 7.13', '66%', '29%', '37'],
      ['5', 'Cyber security awareness', '3.92', '2.59 to 5.17', '93%', '1%', '42'],
      ['6', 'Agile delivery', '1.94', '0.62 to 3.32', '90%', '0%', '42'],
      ['7', 'Content design', '0.98', '0.26 to 1.80', '91%', '0%', '47'],
      ['8', 'Office software', '-4.36', '-4.91 to -3.71', '100%', '0%', '40'],
      ['Not ranked', 'Digital identity (GovStack building block)', '—', '—', '—', '—', '0'],
    ]);
  });

  it('rounds probabilities down, so a rank never looks surer than it was', () => {
    render(
      <PriorityList
        title={title}
        result={teamPriorities}
        labels={teamLabels}
        defaultView="table"
      />,
    );
    // 0.992 of resamples put service design in the top 3: 99%, not 100%.
    expect(teamPriorities.units[4]?.topKProbability).toBe(0.992);
    expect(
      screen.getAllByRole('row', { name: /^2 \(tied\) Service design/ })[0]?.textContent,
    ).toContain('99%');
  });

  it('ranks competencies too, and says so', () => {
    render(
      <PriorityList
        title={title}
        result={teamCompetencyPriorities}
        labels={teamCompetencyLabels}
        defaultView="table"
      />,
    );
    expect(describedText(screen.getByRole('figure'))).toMatch(
      /^Competencies are ranked by Borich mean weighted discrepancy score \(MWDS\), highest need first, each the mean of its items’ scores\./,
    );
    expect(screen.getByRole('columnheader', { name: 'Competency' })).toBeVisible();
    expect(
      screen.getByRole('columnheader', { name: 'In top 1 (share of resamples)' }),
    ).toBeVisible();
    expect(
      screen.getByRole('columnheader', { name: 'Answer pairs over its items (n)' }),
    ).toBeVisible();
    expect(screen.getByRole('rowheader', { name: 'Research and design' })).toBeVisible();
  });

  it('reaches the view switch and, where the table is too wide, its scroll region by keyboard', async () => {
    // happy-dom lays nothing out: make the table wider than its wrapper, as on a phone.
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
    const user = userEvent.setup();
    render(<PriorityList title={title} result={teamPriorities} labels={teamLabels} />);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Chart');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
    // The table sits in a scrollable region a keyboard can reach and scroll.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: `${title}: values` }));
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.keyboard(' ');
    expect(screen.getByRole('list', { name: /ranked by need/ })).toBeVisible();
  });

  it('adds no scroll region and no tab stop when the table fits', async () => {
    const user = userEvent.setup();
    render(
      <PriorityList
        title={title}
        result={teamPriorities}
        labels={teamLabels}
        defaultView="table"
      />,
    );
    expect(screen.getByRole('table')).toBeVisible();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(document.body);
  });

  it('mirrors in right-to-left and formats numbers and percentages in the locale', () => {
    const { container } = render(
      <PriorityList
        title="الأولويات"
        result={teamPriorities}
        labels={teamLabelsArabic}
        locale="ar"
      />,
    );
    expect(screen.getByRole('figure').getAttribute('dir')).toBe('rtl');
    const dots = Array.from(
      container.querySelectorAll('.ck-priority-list__item .ck-priority-list__estimate'),
      (dot) => Number.parseFloat(dot.getAttribute('cx') ?? ''),
    );
    // Highest need first, drawn furthest right-to-left: the dots move right row by row.
    expect(dots).toEqual([...dots].sort((a, b) => a - b));
    const percent = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 });
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain(percent.format(1));
  });

  it('takes translated strings from its props and from a CapkitProvider', () => {
    render(
      <CapkitProvider locale="de" messages={{ PriorityList: { notRanked: 'Ohne Rang' } }}>
        <PriorityList
          title={title}
          result={teamPriorities}
          labels={teamLabels}
          messages={{ rank: (rank, tied) => (tied ? `${rank}=` : rank) }}
        />
      </CapkitProvider>,
    );
    const ranks = screen
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.ck-priority-list__rank')?.textContent);
    expect(ranks.slice(0, 3)).toEqual(['1', '2=', '2=']);
    expect(ranks.at(-1)).toBe('Ohne Rang');
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain('MWDS 11,35');
  });

  it('handles sixty items', () => {
    render(<PriorityList title={title} result={largePriorities} labels={largeLabels} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(60);
    expect(screen.getAllByRole('listitem')[0]?.textContent).toMatch(/in the top 5 in \d+%$/);
  });

  it('says so when nothing can be ranked', () => {
    render(<PriorityList title={title} result={emptyPriorities} labels={[]} />);
    expect(screen.getByText('No training-needs priorities to show yet.')).toBeVisible();
    expect(screen.getByRole('figure').dataset['state']).toBe('empty');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows an item answered by too few people as withheld, in plain words', async () => {
    const user = userEvent.setup();
    render(<PriorityList title={title} result={withheldPriorities} labels={withheldLabels} />);
    const list = screen.getByRole('list', { name: 'Items ranked by need, highest first' });
    const payments = within(list)
      .getAllByRole('listitem')
      .find((item) => item.textContent.includes('Digital payments'));
    expect(payments?.textContent).toBe(
      'Not rankedDigital payments (GovStack building block)Withheld: fewer than 5 people answered',
    );
    expect(payments?.dataset['state']).toBe('withheld');
    expect(payments?.querySelector('svg')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Digital payments/ });
    expect(Array.from(row.children, (cell) => cell.textContent)).toEqual([
      'Not ranked',
      'Digital payments (GovStack building block)',
      'Withheld: fewer than 5 people answered',
      '—',
      '—',
      '—',
      '—',
    ]);
  });

  it('says why nothing is shown when every item is withheld', () => {
    render(<PriorityList title={title} result={allWithheldPriorities} labels={teamLabels} />);
    expect(screen.getByRole('figure').dataset['state']).toBe('empty');
    expect(screen.getByRole('figure').querySelector('.ck-status')).toHaveTextContent(
      'Nothing can be shown: fewer than 5 people answered each item, and figures from so few people would reveal their answers.',
    );
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('announces loading in a status region, and errors in an alert', () => {
    const { rerender } = render(
      <PriorityList title={title} labels={teamLabels} status="loading" />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading training-needs priorities…');
    expect(screen.getByRole('figure').dataset['state']).toBe('loading');
    rerender(
      <PriorityList
        title={title}
        labels={teamLabels}
        status="error"
        errorMessage="The bootstrap stopped: the survey has no respondents."
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The bootstrap stopped: the survey has no respondents.',
    );
    expect(screen.getByRole('figure').dataset['state']).toBe('error');
    rerender(<PriorityList title={title} labels={teamLabels} status="error" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The training-needs priorities could not be shown.',
    );
  });

  it('has no axe violations (WCAG 2.2 AA), in both views', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <PriorityList title={title} result={teamPriorities} labels={teamLabels} />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server without browser globals, then hydrates without errors', async () => {
    const consoleError = vi.spyOn(console, 'error');
    vi.stubGlobal('window', undefined);
    vi.stubGlobal('document', undefined);
    vi.resetModules();
    const { PriorityList: ServerPriorityList } = await import('./PriorityList.js');
    const html = renderToString(
      <ServerPriorityList title={title} result={teamPriorities} labels={teamLabels} />,
    );
    vi.unstubAllGlobals();
    expect(html).toContain('<figure');
    expect(html).toContain('2 (tied)');

    const hydrated = await renderOnServerThenHydrate(
      <PriorityList title={title} result={teamPriorities} labels={teamLabels} />,
    );
    expect(hydrated.recoverableErrors).toEqual([]);
    expect(hydrated.consoleErrors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(within(hydrated.container).getAllByRole('listitem')).toHaveLength(9);
    hydrated.unmount();
  });
});
