import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicChanges,
  arabicMessages,
  competencyChanges,
  groupChanges,
  indicatorLabels,
  kirkpatrickResult,
  kirkpatrickTooFew,
  roiLoss,
  roiResult,
  tooFewChanges,
  treatedResult,
  treatedTooFew,
} from '../../test/fixtures/EvaluationSummary.fixtures.js';
import { EvaluationSummary, type EvaluationSummaryProps } from './EvaluationSummary.js';

const title = 'Data skills programme: did it work?';
const full: EvaluationSummaryProps = {
  title,
  changes: competencyChanges,
  treatedVsUntreated: treatedResult,
  kirkpatrick: kirkpatrickResult,
  roi: roiResult,
  indicatorLabels,
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EvaluationSummary', () => {
  it('opens with a plain-words summary before any figure', () => {
    const { container } = render(<EvaluationSummary {...full} />);
    const region = screen.getByRole('region', { name: title });
    expect(region.dataset['state']).toBe('ready');
    const summary = container.querySelector('.ck-summary');
    expect(summary?.textContent).toBe(
      'Of 5 competencies, 2 clearly improved, 1 declined, 1 shows no clear change and 1 has too few people to conclude. ' +
        'The largest gain is in Data literacy. ' +
        'Trained staff gained more than untrained staff: a large difference of +0.75 levels, 95% CI 0.21 to 1.29. ' +
        'Each €1.00 spent returned €1.60 after keeping 40% of the claimed benefits as the programme’s own: ' +
        'an ROI of 60%, a net benefit of €15,000 on costs of €25,000.',
    );
    // The summary comes before the figure in reading order.
    const figure = screen.getByRole('figure', { name: 'Change between rounds, by competency' });
    expect(summary?.compareDocumentPosition(figure)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('words each change with its interval and size, and a withheld one without a number', () => {
    render(<EvaluationSummary {...full} />);
    const items = within(screen.getByRole('list', { name: 'Change per competency' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'Data literacyA large improvement: +0.75 levels, 95% CI 0.36 to 1.14.',
      'User researchA large improvement: +0.50 levels, 95% CI 0.05 to 0.95.',
      'Cyber securityNo clear change: +0.13 levels, 95% CI -0.57 to 0.82 — the interval holds 0.',
      'Content designA large decline: -0.75 levels, 95% CI -1.14 to -0.36.',
      'Digital identityToo few people to conclude: a figure resting on fewer than 5 people is not published.',
    ]);
    // Four error bars: none for the withheld competency.
    expect(items.map((item) => item.querySelectorAll('svg').length)).toEqual([1, 1, 1, 1, 0]);
  });

  it('states the effect-size thresholds with their source in the figure’s description', () => {
    render(<EvaluationSummary {...full} />);
    expect(
      screen.getByRole('figure', { name: 'Change between rounds, by competency' }),
    ).toHaveAccessibleDescription(
      /Cohen’s benchmarks \(Cohen 1988, §2\.2\.3\): 0\.2 small, 0\.5 medium, 0\.8 large; below 0\.2 negligible\./,
    );
  });

  it('switches to a table by keyboard, with the same values and no number for a withheld row', async () => {
    const user = userEvent.setup();
    render(<EvaluationSummary {...full} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Chart' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Table' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', {
      name: 'Change between rounds, by competency: values',
    });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'CompetencyChange95% CIEffect size (d)People (n)Reading',
      'Data literacy+0.75 levels0.36 to 1.141.298Improvement (large)',
      'User research+0.50 levels0.05 to 0.951.158Improvement (large)',
      'Cyber security+0.13 levels-0.57 to 0.820.238No clear change',
      'Content design-0.75 levels-1.14 to -0.36-3.248Decline (large)',
      'Digital identityNot publishedToo few people to conclude',
    ]);
    expect(rows[5]).not.toMatch(/\d/);
  });

  it('compares trained and untrained staff and says the assumption', () => {
    render(<EvaluationSummary {...full} />);
    const section = screen.getByRole('heading', { name: 'Trained and untrained staff compared' })
      .parentElement as HTMLElement;
    expect(within(section).getByText('Trained staff').nextElementSibling?.textContent).toBe(
      'A large improvement: +0.75 levels, 95% CI 0.36 to 1.14.',
    );
    expect(
      within(section).getByText('Untrained staff (comparison group)').nextElementSibling
        ?.textContent,
    ).toBe('No clear change: 0.00 levels, 95% CI -0.45 to 0.45 — the interval holds 0.');
    expect(
      within(section).getByText(/^Both groups started from similar scores in round 1\./),
    ).toBeVisible();
    expect(
      within(section).getByText(
        'The difference assumes that, without the training, both groups would have changed alike.',
      ),
    ).toBeVisible();
  });

  it('shows Kirkpatrick levels 1–4 in words', () => {
    render(<EvaluationSummary {...full} />);
    const section = screen.getByRole('heading', { name: 'Kirkpatrick levels 1–4' })
      .parentElement as HTMLElement;
    const facts = within(section)
      .getAllByRole('definition')
      .map((fact) => fact.textContent);
    expect(facts).toEqual([
      'Satisfaction averaged 88% of the scale (8 people).',
      'A large improvement: +34% of the scale, 95% CI 24% to 45%.',
      'Follow-up self-assessment averaged 63% of the scale (8 people).',
      'Supervisors’ ratings averaged 75% of the scale (6 people).',
      'Days to process a permit: 60% of the way to its target, on track.' +
        'Data sets published openly: 7% of the way to its target, off track.',
    ]);
  });

  it('shows the ROI with its lines before and after adjustment, and intangibles apart', () => {
    render(<EvaluationSummary {...full} />);
    const table = screen.getByRole('table', { name: 'Benefits after adjustment, and costs' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'LineClaimedAfter isolation × confidence',
      'Staff time saved on reporting€60,000€24,000',
      'Fewer rework cases€40,000€16,000',
      'Benefits€100,000€40,000',
      'Fully loaded costs€25,000€25,000',
    ]);
    expect(screen.getByText('1 benefit is not priced and is left out of the ROI:')).toBeVisible();
    expect(screen.getByText('Better morale in the data team')).toBeVisible();
  });

  it('says "too few people to conclude" wherever the engine withheld, and shows no withheld number', () => {
    const { container } = render(
      <EvaluationSummary
        title={title}
        changes={tooFewChanges}
        treatedVsUntreated={treatedTooFew}
        kirkpatrick={kirkpatrickTooFew}
      />,
    );
    expect(container.querySelector('.ck-summary')?.textContent).toBe(
      'Too few people to conclude about any of the 2 competencies. ' +
        'Trained against untrained staff — Too few people to conclude: a figure resting on fewer than 5 people is not published.',
    );
    const withheld = screen
      .getAllByText(/Too few people to conclude/)
      .filter((element) => !element.classList.contains('ck-summary'));
    expect(withheld.length).toBeGreaterThanOrEqual(8);
    // The only number anywhere outside the method note is k itself.
    for (const element of withheld) {
      const words = element.textContent;
      expect(words.match(/\d+/g) ?? []).toEqual(words.includes('fewer than') ? ['5'] : []);
    }
    expect(container.querySelectorAll('.ck-evaluation__bar')).toHaveLength(0);
  });

  it('words groups, and a group withheld to protect a smaller one', () => {
    render(<EvaluationSummary title={title} changes={groupChanges} changeBy="group" />);
    const items = within(screen.getByRole('list', { name: 'Change per group' })).getAllByRole(
      'listitem',
    );
    expect(items[1]?.textContent).toBe(
      'HealthToo few people to conclude: withheld so that a group of fewer than 5 people cannot be worked out from the others.',
    );
  });

  it('says a loss plainly', () => {
    render(<EvaluationSummary title={title} roi={roiLoss} />);
    expect(screen.getByRole('heading', { name: 'Return on investment (Phillips)' })).toBeVisible();
    expect(screen.getAllByText(/^The programme returned less than it cost/)).toHaveLength(2);
  });

  it('shows the empty, loading and error states', () => {
    const { rerender } = render(<EvaluationSummary title={title} />);
    expect(screen.getByText('No evaluation results to show yet.')).toBeVisible();
    expect(screen.getByRole('region', { name: title }).dataset['state']).toBe('empty');
    rerender(<EvaluationSummary {...full} status="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the evaluation…');
    expect(screen.queryByRole('figure')).toBeNull();
    rerender(
      <EvaluationSummary {...full} status="error" errorMessage="The survey service is down." />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The survey service is down.');
  });

  it('starts its headings at the level given', () => {
    render(<EvaluationSummary {...full} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: 'Kirkpatrick levels 1–4' })).toBeVisible();
  });

  it('mirrors right to left and takes translated strings', () => {
    render(
      <EvaluationSummary {...full} changes={arabicChanges} locale="ar" messages={arabicMessages} />,
    );
    expect(screen.getByRole('region', { name: title })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('list', { name: 'التغير لكل كفاءة' })).toBeVisible();
    expect(screen.getByText('محو الأمية في البيانات')).toBeVisible();
    expect(screen.getByRole('button', { name: 'جدول' })).toBeVisible();
  });

  it('has no axe violations, in the chart view and the table view', async () => {
    const user = userEvent.setup();
    const { container } = render(<EvaluationSummary {...full} />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(<EvaluationSummary {...full} />);
    expect(result.html).toContain('Of 5 competencies, 2 clearly improved');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    expect(result.container.querySelectorAll('.ck-evaluation__list > li')).toHaveLength(5);
    result.unmount();
  });
});
