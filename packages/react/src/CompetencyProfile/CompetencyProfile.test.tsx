import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { CompetencyProfile, type CompetencyProfileDatum } from './CompetencyProfile.js';
import {
  ddatScale,
  ministryProfile,
  researcherProfile,
  researcherProfileArabic,
} from '../../test/fixtures/CompetencyProfile.fixtures.js';

const title = 'Amira Haddad: competency profile';

function tableCells() {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ]);
}

describe('CompetencyProfile', () => {
  it('is a figure named by its title, drawn as a radar by default', () => {
    const { container } = render(
      <CompetencyProfile title={title} scale={ddatScale} data={researcherProfile} />,
    );
    const figure = screen.getByRole('figure', { name: title });
    // Wide and narrow drawings; CSS shows one (happy-dom applies no container queries).
    const plots = within(figure).getAllByRole('img', { name: /Radar chart of 5 competencies/ });
    expect(plots.map((plot) => plot.getAttribute('data-layout'))).toEqual(['wide', 'narrow']);
    expect(container.querySelector('.ck-competency-profile')?.getAttribute('data-form')).toBe(
      'radar',
    );
    expect(container.querySelector('.ck-competency-profile')?.getAttribute('data-view')).toBe(
      'chart',
    );
    expect(screen.getByRole('button', { name: 'Radar' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('sums the profile up in words: shortfalls largest first with their gaps, then missing scores', () => {
    render(<CompetencyProfile title={title} scale={ddatScale} data={researcherProfile} />);
    // Gaps worked by hand: User research 3 − 2.2 = 0.8, Data literacy 3 − 2.7 = 0.3.
    expect(
      screen.getByText(
        'Below the required level in 2 of 5 competencies: User research (gap 0.8), Data literacy (gap 0.3). ' +
          'No score in 1 competency: Cyber security awareness (not enough answers).',
      ),
    ).toBeVisible();
  });

  it('orders shortfalls by gap, not by position', () => {
    render(
      <CompetencyProfile
        title={title}
        scale={ddatScale}
        data={[
          { id: 'a', label: 'Agile delivery', score: 2.9, requiredLevel: 3 },
          { id: 'b', label: 'Service design', score: 1.5, requiredLevel: 3 },
        ]}
      />,
    );
    expect(
      screen.getByText(
        'Below the required level in 2 of 2 competencies: Service design (gap 1.5), Agile delivery (gap 0.1).',
      ),
    ).toBeVisible();
  });

  it('never shows a shortfall as a gap of 0.0', () => {
    render(
      <CompetencyProfile
        title={title}
        scale={ddatScale}
        data={[{ id: 'a', label: 'Agile delivery', score: 2.97, requiredLevel: 3 }]}
        defaultView="table"
      />,
    );
    expect(
      screen.getByText('Below the required level in 1 of 1 competency: Agile delivery (gap 0.1).'),
    ).toBeVisible();
    expect(tableCells()).toEqual([
      ['Agile delivery', '3.0', 'Working', 'Practitioner', '0.1', 'Below required level'],
    ]);
  });

  it('says when every compared score meets its level, and names those without a required level', () => {
    render(
      <CompetencyProfile
        title={title}
        scale={ddatScale}
        data={[
          { id: 'a', label: 'Agile delivery', score: 3.4, requiredLevel: 3 },
          { id: 'b', label: 'Service design', score: 3, requiredLevel: 3 },
          { id: 'c', label: 'Open standards', score: 2 },
        ]}
      />,
    );
    expect(
      screen.getByText(
        'At or above the required level in 2 of 3 competencies, and below it in none. ' +
          'No required level set for 1 competency: Open standards.',
      ),
    ).toBeVisible();
  });

  it('gives every value in the table view: score, level reached, required level, gap and status', () => {
    render(
      <CompetencyProfile
        title={title}
        scale={ddatScale}
        data={researcherProfile}
        defaultView="table"
      />,
    );
    expect(screen.getByRole('table', { name: `${title}: values` })).toBeVisible();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Competency',
      'Score',
      'Level reached',
      'Required level',
      'Gap',
      'Status',
    ]);
    expect(tableCells()).toEqual([
      ['User research', '2.2', 'Working', 'Practitioner', '0.8', 'Below required level'],
      ['Data literacy', '2.7', 'Working', 'Practitioner', '0.3', 'Below required level'],
      ['Agile delivery', '3.4', 'Practitioner', 'Practitioner', '0.0', 'Meets required level'],
      [
        'Accessibility and inclusion',
        '3.0',
        'Practitioner',
        'Practitioner',
        '0.0',
        'Meets required level',
      ],
      [
        'Cyber security awareness',
        'No score: not enough answers',
        '—',
        'Working',
        '—',
        'Not compared',
      ],
    ]);
    // The summary is there in the table view too.
    expect(screen.getByText(/^Below the required level in 2 of 5/)).toBeVisible();
  });

  it('leaves a gap in the radar for a missing score instead of drawing it at 0', () => {
    const { container } = render(
      <CompetencyProfile title={title} scale={ddatScale} data={researcherProfile} />,
    );
    const plot = container.querySelector('svg[data-layout="wide"]');
    expect(plot?.querySelectorAll('.ck-competency-profile__score-marker')).toHaveLength(4);
    expect(plot?.querySelectorAll('.ck-competency-profile__required-marker')).toHaveLength(5);
    const scoreLine = plot?.querySelector('.ck-competency-profile__score-line');
    expect(scoreLine?.getAttribute('data-complete')).toBe('false');
    // Two separate strokes: the outline breaks at the missing score.
    expect(scoreLine?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
    const missing = plot?.querySelector(
      '.ck-competency-profile__axis-label[data-state="no-score"]',
    );
    expect(missing?.textContent).toBe('Cyber securityawarenessNo score');
  });

  it('switches view and chart form by keyboard', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <CompetencyProfile title={title} scale={ddatScale} data={researcherProfile} />,
    );
    const profile = container.querySelector('.ck-competency-profile');

    await user.tab(); // Chart
    await user.tab(); // Table
    await user.tab(); // Radar
    await user.tab(); // Bars
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Bars' }));
    await user.keyboard(' ');
    expect(profile?.getAttribute('data-form')).toBe('bars');
    expect(screen.getAllByRole('img', { name: /Bar chart of 5 competencies/ })).toHaveLength(2);
    expect(
      container.querySelectorAll('svg[data-layout="wide"] .ck-competency-profile__bar'),
    ).toHaveLength(4);

    await user.tab({ shift: true }); // Radar
    await user.tab({ shift: true }); // Table
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Table' }));
    await user.keyboard('{Enter}');
    expect(profile?.getAttribute('data-view')).toBe('table');
    expect(screen.getByRole('table')).toBeVisible();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('follows a controlled form and reports the reader’s choice', async () => {
    const user = userEvent.setup();
    const onFormChange = vi.fn();
    const { container, rerender } = render(
      <CompetencyProfile
        title={title}
        scale={ddatScale}
        data={researcherProfile}
        form="bars"
        onFormChange={onFormChange}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Radar' }));
    expect(onFormChange).toHaveBeenCalledWith('radar');
    expect(container.querySelector('.ck-competency-profile')?.getAttribute('data-form')).toBe(
      'bars',
    );
    rerender(
      <CompetencyProfile
        title={title}
        scale={ddatScale}
        data={researcherProfile}
        form="radar"
        onFormChange={onFormChange}
      />,
    );
    expect(container.querySelector('.ck-competency-profile')?.getAttribute('data-form')).toBe(
      'radar',
    );
  });

  it('starts from defaultForm when uncontrolled', () => {
    const { container } = render(
      <CompetencyProfile
        title={title}
        scale={ddatScale}
        data={researcherProfile}
        defaultForm="bars"
      />,
    );
    expect(container.querySelector('.ck-competency-profile')?.getAttribute('data-form')).toBe(
      'bars',
    );
    expect(screen.getByRole('button', { name: 'Bars' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('marks every required level on the bars, even where the score is missing', () => {
    const { container } = render(
      <CompetencyProfile
        title={title}
        scale={ddatScale}
        data={researcherProfile}
        defaultForm="bars"
      />,
    );
    const plot = container.querySelector('svg[data-layout="wide"]');
    expect(plot?.querySelectorAll('.ck-competency-profile__required-line')).toHaveLength(5);
    expect(plot?.querySelectorAll('.ck-competency-profile__required-marker')).toHaveLength(5);
    expect(
      plot?.querySelector('.ck-competency-profile__value[data-state="no-score"]')?.textContent,
    ).toBe('No score: not enough answers');
  });

  it('mirrors for right-to-left locales: the radar runs anticlockwise, labels anchor outward', () => {
    const { container } = render(
      <CompetencyProfile
        title="الملف"
        scale={ddatScale}
        data={researcherProfileArabic}
        locale="ar"
      />,
    );
    expect(screen.getByRole('figure').getAttribute('dir')).toBe('rtl');
    expect(container.querySelector('svg[data-layout="wide"]')?.getAttribute('direction')).toBe(
      'rtl',
    );
    const labels = [
      ...container.querySelectorAll('svg[data-layout="wide"] .ck-competency-profile__axis-label'),
    ];
    // The second competency sits left of centre, and its text runs leftward from the anchor:
    // in right-to-left text `start` is the right edge.
    expect(Number(labels[1]?.getAttribute('x'))).toBeLessThan(320);
    expect(labels[1]?.getAttribute('text-anchor')).toBe('start');
    expect(Number(labels[4]?.getAttribute('x'))).toBeGreaterThan(320);
    expect(labels[4]?.getAttribute('text-anchor')).toBe('end');
  });

  it('puts the second competency right of centre in left-to-right reading', () => {
    const { container } = render(
      <CompetencyProfile title={title} scale={ddatScale} data={researcherProfile} />,
    );
    const labels = [
      ...container.querySelectorAll('svg[data-layout="wide"] .ck-competency-profile__axis-label'),
    ];
    expect(Number(labels[1]?.getAttribute('x'))).toBeGreaterThan(320);
    expect(labels[1]?.getAttribute('text-anchor')).toBe('start');
  });

  it('names levels in the reader’s language, with lang set', () => {
    render(
      <CompetencyProfile
        title="الملف"
        scale={ddatScale}
        data={researcherProfileArabic}
        locale="ar"
        defaultView="table"
      />,
    );
    const firstRow = screen.getAllByRole('row')[1];
    const reached = firstRow && within(firstRow).getAllByRole('cell')[1];
    expect(reached?.textContent).toBe('العمل');
    expect(reached?.getAttribute('lang')).toBe('ar');
  });

  it('has a narrow drawing that numbers the axes, explained by a key shown only with it', () => {
    const { container } = render(
      <CompetencyProfile title={title} scale={ddatScale} data={researcherProfile} />,
    );
    const narrow = container.querySelector('svg[data-layout="narrow"]');
    expect(narrow?.getAttribute('viewBox')).toBe('0 0 320 280');
    expect(
      [...(narrow?.querySelectorAll('.ck-competency-profile__axis-label') ?? [])].map(
        (label) => label.textContent,
      ),
    ).toEqual(['1', '2', '3', '4', '5']);
    const wideLabels = container.querySelectorAll(
      'svg[data-layout="wide"] .ck-competency-profile__axis-label',
    );
    expect(wideLabels[0]?.textContent).toBe('User research');
    // CSS shows this key only beside the narrow drawing, as the wide one names its axes.
    expect(
      container.querySelector('.ck-competency-profile__axis-key')?.getAttribute('data-always'),
    ).toBe('false');
    expect(
      within(screen.getByRole('list', { name: 'Axes' })).getAllByRole('listitem')[4]?.textContent,
    ).toBe('Cyber security awareness (No score: not enough answers)');
  });

  it('numbers the axes with a key when there are too many names to fit around the radar', () => {
    const { container } = render(
      <CompetencyProfile title={title} scale={ddatScale} data={ministryProfile} />,
    );
    const labels = container.querySelectorAll(
      'svg[data-layout="wide"] .ck-competency-profile__axis-label',
    );
    expect(labels).toHaveLength(24);
    expect(labels[23]?.textContent).toBe('24');
    expect(
      container.querySelector('.ck-competency-profile__axis-key')?.getAttribute('data-always'),
    ).toBe('true');
    const key = screen.getByRole('list', { name: 'Axes' });
    const items = within(key).getAllByRole('listitem');
    expect(items).toHaveLength(24);
    expect(items[6]?.textContent).toBe('Content design (No score: not enough answers)');
    expect(items[7]?.textContent).toBe('Digital identity (GovStack building block)');
  });

  it('says so when there is nothing to plot, without an empty table', () => {
    const { container } = render(<CompetencyProfile title={title} scale={ddatScale} data={[]} />);
    expect(screen.getByText('No competency scores to show yet.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('.ck-competency-profile')?.getAttribute('data-state')).toBe(
      'empty',
    );
  });

  it('announces loading and errors', () => {
    const { container, rerender } = render(
      <CompetencyProfile title={title} scale={ddatScale} data={[]} status="loading" />,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading competency scores…');
    expect(container.querySelector('.ck-competency-profile')?.getAttribute('aria-busy')).toBe(
      'true',
    );
    rerender(<CompetencyProfile title={title} scale={ddatScale} data={[]} status="error" />);
    expect(screen.getByRole('alert').textContent).toBe(
      'The competency scores could not be loaded. Try again later.',
    );
    expect(container.querySelector('.ck-competency-profile')?.getAttribute('data-state')).toBe(
      'error',
    );
  });

  it('takes translated strings from the provider, then from its own props, and English for the rest', () => {
    render(
      <CapkitProvider
        locale="fr"
        messages={{
          CompetencyProfile: {
            missingReason: 'pas assez de réponses',
            noScoreWithReason: (reason: string) => `Pas de score : ${reason}`,
            gap: 'Écart',
          },
        }}
      >
        <CompetencyProfile
          title={title}
          scale={ddatScale}
          data={researcherProfile}
          defaultView="table"
          messages={{ gap: 'Manque' }}
        />
      </CapkitProvider>,
    );
    expect(screen.getByRole('cell', { name: /Pas de score/ }).textContent).toBe(
      'Pas de score : pas assez de réponses',
    );
    expect(screen.getByRole('columnheader', { name: 'Manque' })).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Required level' })).toBeVisible();
    // Numbers follow the provider's locale.
    expect(screen.getByRole('cell', { name: '2,2' })).toBeVisible();
  });

  describe('missing scores', () => {
    const withMissing: readonly CompetencyProfileDatum[] = [
      { id: 'ur', label: 'User research', score: 2.2, requiredLevel: 3 },
      { id: 'dl', label: 'Data literacy', score: Number.NaN, requiredLevel: 3 },
      { id: 'ad', label: 'Agile delivery', score: Number.POSITIVE_INFINITY, requiredLevel: 3 },
      {
        id: 'cs',
        label: 'Cyber security',
        score: null,
        requiredLevel: 2,
        missingReason: 'fewer than 5 respondents',
      },
    ];

    it('shows NaN and infinite scores as "No score" with the reason in the table, never a level', () => {
      render(
        <CompetencyProfile
          title={title}
          scale={ddatScale}
          data={withMissing}
          defaultView="table"
        />,
      );
      expect(tableCells()).toEqual([
        ['User research', '2.2', 'Working', 'Practitioner', '0.8', 'Below required level'],
        ['Data literacy', 'No score: not enough answers', '—', 'Practitioner', '—', 'Not compared'],
        [
          'Agile delivery',
          'No score: not enough answers',
          '—',
          'Practitioner',
          '—',
          'Not compared',
        ],
        [
          'Cyber security',
          'No score: fewer than 5 respondents',
          '—',
          'Working',
          '—',
          'Not compared',
        ],
      ]);
      expect(document.body.textContent).not.toMatch(/NaN|Infinity|∞|Awareness|Expert/);
    });

    it('names them with their reasons in the summary', () => {
      render(<CompetencyProfile title={title} scale={ddatScale} data={withMissing} />);
      expect(screen.getByText(/^Below the required level in 1 of 4/).textContent).toBe(
        'Below the required level in 1 of 4 competencies: User research (gap 0.8). ' +
          'No score in 3 competencies: Data literacy (not enough answers), ' +
          'Agile delivery (not enough answers), Cyber security (fewer than 5 respondents).',
      );
    });

    it('leaves gaps in the radar and draws no bar for them, with no NaN coordinate', () => {
      const radar = render(
        <CompetencyProfile title={title} scale={ddatScale} data={withMissing} />,
      );
      const plot = radar.container.querySelector('svg[data-layout="wide"]');
      expect(plot?.querySelectorAll('.ck-competency-profile__score-marker')).toHaveLength(1);
      expect(
        plot?.querySelectorAll('.ck-competency-profile__axis-label[data-state="no-score"]'),
      ).toHaveLength(3);
      expect(radar.container.innerHTML).not.toMatch(/NaN|Infinity/);
      radar.unmount();
      const bars = render(
        <CompetencyProfile title={title} scale={ddatScale} data={withMissing} defaultForm="bars" />,
      );
      const wide = bars.container.querySelector('svg[data-layout="wide"]');
      expect(wide?.querySelectorAll('.ck-competency-profile__bar')).toHaveLength(1);
      expect(
        [
          ...(wide?.querySelectorAll('.ck-competency-profile__value[data-state="no-score"]') ?? []),
        ].map((value) => value.textContent),
      ).toEqual([
        'No score: not enough answers',
        'No score: not enough answers',
        'No score: fewer than 5 respondents',
      ]);
      expect(bars.container.innerHTML).not.toMatch(/NaN|Infinity/);
    });

    it('treats a non-finite required level as not set', () => {
      render(
        <CompetencyProfile
          title={title}
          scale={ddatScale}
          data={[{ id: 'ur', label: 'User research', score: 2.5, requiredLevel: Number.NaN }]}
          defaultView="table"
        />,
      );
      expect(tableCells()).toEqual([
        ['User research', '2.5', 'Working', 'Not set', '—', 'Not compared'],
      ]);
    });

    it('has no axe violations with missing scores (WCAG 2.2 AA), in every view', async () => {
      const props = { title, scale: ddatScale, data: withMissing };
      const radar = render(<CompetencyProfile {...props} />);
      expect(await axeViolations(radar.container)).toEqual([]);
      radar.unmount();
      const bars = render(<CompetencyProfile {...props} defaultForm="bars" />);
      expect(await axeViolations(bars.container)).toEqual([]);
      bars.unmount();
      const table = render(<CompetencyProfile {...props} defaultView="table" />);
      expect(await axeViolations(table.container)).toEqual([]);
    });

    it('renders them on the server as "No score"', () => {
      const html = renderToString(
        <CompetencyProfile
          title={title}
          scale={ddatScale}
          data={withMissing}
          defaultView="table"
        />,
      );
      expect(html).toContain('No score: fewer than 5 respondents');
      expect(html).not.toMatch(/NaN|Infinity|Awareness/);
    });
  });

  it('has no axe violations (WCAG 2.2 AA) as a radar, as bars and as a table', async () => {
    const props = { title, scale: ddatScale, data: researcherProfile, description: 'Scores.' };
    const radar = render(<CompetencyProfile {...props} />);
    expect(await axeViolations(radar.container)).toEqual([]);
    radar.unmount();
    const bars = render(<CompetencyProfile {...props} defaultForm="bars" />);
    expect(await axeViolations(bars.container)).toEqual([]);
    bars.unmount();
    const table = render(<CompetencyProfile {...props} defaultView="table" />);
    expect(await axeViolations(table.container)).toEqual([]);
  });

  it('renders on the server and hydrates without errors', async () => {
    const element = <CompetencyProfile title={title} scale={ddatScale} data={researcherProfile} />;
    const { html, container, recoverableErrors, consoleErrors, unmount } =
      await renderOnServerThenHydrate(element);
    expect(html).toContain('<figure');
    expect(html).toContain('Below the required level in 2 of 5 competencies');
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(container.querySelector('.ck-competency-profile')).toHaveAttribute('data-form', 'radar');
    unmount();
  });
});
