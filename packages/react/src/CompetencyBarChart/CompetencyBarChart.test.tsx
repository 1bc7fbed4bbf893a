/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated CompetencyBarChart itself, its tests and stories, kept until its removal */
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { CompetencyBarChart } from './CompetencyBarChart.js';
import {
  ddatScale,
  teamScores,
  teamScoresArabic,
} from '../../test/fixtures/CompetencyBarChart.fixtures.js';

const title = 'Digital team: competency scores';

async function axeViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    // happy-dom does not lay out or paint; contrast is checked in Chromium by the stories.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('CompetencyBarChart', () => {
  it('warns once, in development, that it is deprecated in favour of CompetencyProfile', async () => {
    vi.resetModules();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fresh = await import('./CompetencyBarChart.js');
    render(<fresh.CompetencyBarChart title={title} scale={ddatScale} data={teamScores} />);
    render(<fresh.CompetencyBarChart title={title} scale={ddatScale} data={teamScores} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /deprecated.*CompetencyProfile defaultForm="bars"/,
    );
    warn.mockRestore();
  });

  it('is a figure named by its title, with a chart image and a table of the same values', () => {
    render(<CompetencyBarChart title={title} scale={ddatScale} data={teamScores} />);
    const figure = screen.getByRole('figure', { name: title });
    expect(within(figure).getByRole('img', { name: /Bar chart of 5 competencies/ })).toBeVisible();
    const rows = within(figure).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['2.3', 'Working', 'Practitioner', 'Below required level'],
      ['3.5', 'Practitioner', 'Practitioner', 'Meets required level'],
      ['3.0', 'Practitioner', 'Practitioner', 'Meets required level'],
      ['No score: not enough answers', '—', 'Working', '—'],
      ['1.8', 'Awareness', 'Not set', '—'],
    ]);
  });

  it('draws one bar per scored competency and one marker per required level', () => {
    const { container } = render(
      <CompetencyBarChart title={title} scale={ddatScale} data={teamScores} />,
    );
    expect(container.querySelectorAll('.ck-bar-chart__bar')).toHaveLength(4);
    expect(container.querySelectorAll('.ck-bar-chart__required')).toHaveLength(4);
  });

  it('says so when there is nothing to plot, without an empty table', () => {
    render(<CompetencyBarChart title={title} scale={ddatScale} data={[]} />);
    expect(screen.getByText('No competency scores to show yet.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('figure').dataset['state']).toBe('empty');
  });

  it('mirrors for right-to-left locales and names levels in the reader’s language', () => {
    const { container } = render(
      <CompetencyBarChart title="الكفاءات" scale={ddatScale} data={teamScoresArabic} locale="ar" />,
    );
    expect(screen.getByRole('figure').getAttribute('dir')).toBe('rtl');
    // Bars grow from the right edge of the plot: the first bar ends left of where it starts.
    const bar = container.querySelector('.ck-bar-chart__bar');
    const start = 640 - 200;
    expect(Number(bar?.getAttribute('x')) + Number(bar?.getAttribute('width'))).toBeCloseTo(start);
    const firstRow = screen.getAllByRole('row')[1];
    expect(firstRow && within(firstRow).getAllByRole('cell')[1]?.textContent).toBe('العمل');
  });

  it('takes translated strings and keeps English for the rest', () => {
    render(
      <CompetencyBarChart
        title={title}
        scale={ddatScale}
        data={teamScores}
        messages={{
          missingReason: 'pas assez de réponses',
          noScoreWithReason: (reason) => `Pas de score : ${reason}`,
        }}
      />,
    );
    expect(screen.getByRole('cell', { name: /Pas de score/ }).textContent).toBe(
      'Pas de score : pas assez de réponses',
    );
    expect(screen.getByRole('columnheader', { name: 'Required level' })).toBeVisible();
  });

  it('takes its locale, direction and strings from a CapkitProvider', () => {
    render(
      <CapkitProvider
        locale="ar"
        messages={{
          CompetencyBarChart: {
            missingReason: 'إجابات غير كافية',
            noScoreWithReason: (reason: string) => `لا توجد درجة: ${reason}`,
          },
        }}
      >
        <CompetencyBarChart title="الكفاءات" scale={ddatScale} data={teamScoresArabic} />
      </CapkitProvider>,
    );
    expect(screen.getByRole('figure').getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('cell', { name: /لا توجد درجة/ }).textContent).toBe(
      'لا توجد درجة: إجابات غير كافية',
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'shows the non-finite score %s as "No score" with its reason, never as a number or a level',
    (score) => {
      const { container } = render(
        <CompetencyBarChart
          title={title}
          scale={ddatScale}
          data={[{ id: 'ur', label: 'User research', score, requiredLevel: 3 }]}
        />,
      );
      const row = screen.getByRole('row', { name: /User research/ });
      expect(
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['No score: not enough answers', '—', 'Practitioner', '—']);
      expect(row.dataset['status']).toBe('unknown');
      expect(container.querySelectorAll('.ck-bar-chart__bar')).toHaveLength(0);
      const value = container.querySelector('.ck-bar-chart__value');
      expect(value?.textContent).toBe('No score: not enough answers');
      expect(value?.getAttribute('data-missing')).toBe('true');
      // No coordinate in the drawing is NaN or infinite.
      expect(container.innerHTML).not.toMatch(/NaN|Infinity|Awareness|Expert/);
    },
  );

  it('gives the reason each datum passes for its missing score, in the chart and the table', () => {
    const { container } = render(
      <CompetencyBarChart
        title={title}
        scale={ddatScale}
        data={[
          { id: 'ur', label: 'User research', score: null, missingReason: 'fewer than 5 people' },
          { id: 'dl', label: 'Data literacy', score: Number.NaN, missingReason: 'withheld' },
          {
            id: 'ad',
            label: 'Agile delivery',
            score: 2,
            missingReason: 'ignored: there is a score',
          },
        ]}
      />,
    );
    const cells = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(cells).toEqual(['No score: fewer than 5 people', 'No score: withheld', '2.0']);
    expect(
      [...container.querySelectorAll('.ck-bar-chart__value')].map((value) => value.textContent),
    ).toEqual(['No score: fewer than 5 people', 'No score: withheld', '2.0']);
  });

  it('treats a non-finite required level as not set', () => {
    const { container } = render(
      <CompetencyBarChart
        title={title}
        scale={ddatScale}
        data={[{ id: 'ur', label: 'User research', score: 2.5, requiredLevel: Number.NaN }]}
      />,
    );
    const row = screen.getByRole('row', { name: /User research/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2.5', 'Working', 'Not set', '—']);
    expect(container.querySelectorAll('.ck-bar-chart__required')).toHaveLength(0);
  });

  it('says a score a rounding error short of its required level meets it, as the level does', () => {
    // 0.1 + 0.2 + 2.7 is 2.9999999999999996 in binary floating point: level 3, so it meets 3.
    render(
      <CompetencyBarChart
        title={title}
        scale={ddatScale}
        data={[{ id: 'ur', label: 'User research', score: 0.1 + 0.2 + 2.7, requiredLevel: 3 }]}
      />,
    );
    const row = screen.getByRole('row', { name: /User research/ });
    expect(within(row).getAllByRole('cell')[1]?.textContent).toBe('Practitioner');
    expect(row.dataset['status']).toBe('meets');
  });

  it('has no axe violations with missing scores (WCAG 2.2 AA)', async () => {
    const { container } = render(
      <CompetencyBarChart
        title={title}
        scale={ddatScale}
        data={[
          { id: 'ur', label: 'User research', score: Number.NaN, requiredLevel: 3 },
          { id: 'dl', label: 'Data literacy', score: null, missingReason: 'fewer than 5 people' },
        ]}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders a missing score on the server as "No score"', () => {
    const html = renderToString(
      <CompetencyBarChart
        title={title}
        scale={ddatScale}
        data={[{ id: 'ur', label: 'User research', score: Number.NaN }]}
      />,
    );
    expect(html).toContain('No score: not enough answers');
    expect(html).not.toMatch(/NaN|Awareness/);
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const { container } = render(
      <CompetencyBarChart title={title} scale={ddatScale} data={teamScores} description="Means." />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server without touching browser globals', () => {
    const html = renderToString(
      <CompetencyBarChart title={title} scale={ddatScale} data={teamScores} />,
    );
    expect(html).toContain('<figure');
    expect(html).toContain('User research');
  });
});
