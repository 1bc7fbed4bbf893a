import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  handMadePlan,
  largePlan,
  samplePlan,
  type PlanFixture,
} from '../../test/fixtures/PlanExplanation.fixtures.js';
import { PlanExplanation } from './PlanExplanation.js';

const title = 'Training plan 2026';
let handMade: PlanFixture;
let sample: PlanFixture;

beforeAll(async () => {
  handMade = await handMadePlan();
  sample = await samplePlan();
});

function describedText(element: HTMLElement) {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');
}

describe('PlanExplanation', () => {
  it('opens with what the plan funds, for how much, and what it leaves (hand-worked)', () => {
    const { container } = render(<PlanExplanation title={title} {...handMade} locale="en-GB" />);
    // 1 of 3 funded; 2,500 of 2,500; 15 of 24 gap points is 62.5 %, shown as 63 %.
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'The plan funds 1 of 3 interventions for €2,500 of €2,500 and closes 63% of the gap points; data literacy is left partly uncovered.',
    );
    const figure = screen.getByRole('figure', { name: title });
    expect(describedText(figure)).toBe(
      'Made by the greedy method, with a proven bound on the best possible. This plan is within 8.33% of the best possible under the budget.',
    );
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready');
  });

  it('draws one dot per funded intervention and names the chart', () => {
    const { container } = render(<PlanExplanation title={title} {...sample} />);
    const chart = screen.getByRole('img', {
      name: `Cost against gap points closed for ${String(sample.explanation.interventions.length)} funded interventions`,
    });
    expect(chart).toBeVisible();
    expect(container.querySelectorAll('.ck-plan-explanation__point')).toHaveLength(
      sample.explanation.interventions.length,
    );
  });

  it('lists what was left unfunded with its reason in plain words', () => {
    render(<PlanExplanation title={title} {...handMade} />);
    expect(
      screen.getByRole('heading', { level: 2, name: '2 interventions not funded' }),
    ).toBeVisible();
    expect(screen.getByText('Cyber course').nextElementSibling).toHaveTextContent(
      'Not enough budget left for one more run.',
    );
    expect(screen.getByText('User research course').nextElementSibling).toHaveTextContent(
      'Nobody has a gap in what it teaches.',
    );
  });

  it('says what gaps are left in each competency, and why', () => {
    render(<PlanExplanation title={title} {...handMade} />);
    expect(screen.getByRole('heading', { name: 'Gaps left in 2 competencies' })).toBeVisible();
    expect(screen.getByText('cyber security').nextElementSibling).toHaveTextContent(
      '4 people not served, 4 gap points left. Not enough budget left.',
    );
    expect(screen.getAllByText('data literacy').at(-1)?.nextElementSibling).toHaveTextContent(
      'Everyone with the gap is served, but 5 gap points are left: what they take raises fewer levels than their gap.',
    );
  });

  it('starts its headings at headingLevel', () => {
    render(<PlanExplanation title={title} {...handMade} headingLevel={4} />);
    expect(
      screen.getByRole('heading', { level: 4, name: '2 interventions not funded' }),
    ).toBeVisible();
  });

  it('says when HiGHS proved the plan optimal', () => {
    render(
      <PlanExplanation
        title={title}
        {...handMade}
        plan={{ ...handMade.plan, method: 'highs', status: 'optimal', gap: 0 }}
      />,
    );
    expect(describedText(screen.getByRole('figure'))).toBe(
      'Made by exact optimisation (the HiGHS solver). No plan under the budget closes more weighted gap.',
    );
  });

  it('is worked by keyboard: table view, sort by cost, expand whom a row serves', async () => {
    const user = userEvent.setup();
    render(<PlanExplanation title={title} {...sample} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Table' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const table = screen.getByRole('table', { name: `${title}: funded interventions` });
    const costHeader = within(table).getByRole('columnheader', { name: 'Cost' });
    within(costHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(costHeader).toHaveAttribute('aria-sort', 'descending');
    const costs = sample.explanation.interventions.map((it) => it.cost).sort((a, b) => b - a);
    const firstRow = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(firstRow).toHaveTextContent(
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(costs[0] ?? 0),
    );
    await user.keyboard('{Enter}');
    expect(costHeader).toHaveAttribute('aria-sort', 'ascending');

    const toggle = within(firstRow).getByRole('button', { name: /^Whom .+ serves$/ });
    toggle.focus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(within(details as HTMLElement).getAllByRole('listitem')[0]).toHaveTextContent(
      /^\d+ (person|people) of .+ in .+$/,
    );
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the hand-made row with its hand-worked cost per gap point', () => {
    render(<PlanExplanation title={title} {...handMade} defaultView="table" locale="en-GB" />);
    expect(screen.getByRole('row', { name: /Data course/ })).toHaveTextContent(
      'Data course' + '1' + '15' + '2' + 'data literacy' + '€2,500' + '15' + '€167',
    );
  });

  it('formats money and numbers per locale', () => {
    render(<PlanExplanation title={title} {...handMade} locale="de-DE" defaultView="table" />);
    expect(screen.getByRole('row', { name: /Data course/ })).toHaveTextContent('2.500 €');
  });

  it('shows empty, loading and error states', () => {
    const { rerender, container } = render(<PlanExplanation title={title} />);
    expect(screen.getByText('No plan yet.')).toBeVisible();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
    rerender(<PlanExplanation title={title} status="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the plan…');
    rerender(
      <PlanExplanation title={title} status="error" errorMessage="The planner timed out." />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The planner timed out.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('takes its strings from the provider and its own messages', () => {
    render(
      <CapkitProvider locale="en">
        <PlanExplanation
          title={title}
          {...handMade}
          messages={{ unfundedHeading: (count) => `Not funded: ${count.text}` }}
        />
      </CapkitProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Not funded: 2' })).toBeVisible();
  });

  it('renders 500 interventions: a row per funded one and the rest listed as not funded', async () => {
    const large = await largePlan();
    render(<PlanExplanation title={title} {...large} defaultView="table" />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(large.explanation.interventions.length + 1);
    expect(
      screen.getByRole('heading', {
        name: `${String(large.explanation.unfunded.length)} interventions not funded`,
      }),
    ).toBeVisible();
  });

  it('has no axe violations, chart and table', async () => {
    const { container } = render(<PlanExplanation title={title} {...sample} />);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const hydrated = await renderOnServerThenHydrate(
      <PlanExplanation title={title} {...handMade} defaultView="table" />,
    );
    expect(hydrated.html).toContain('The plan funds 1 of 3 interventions');
    expect(hydrated.recoverableErrors).toEqual([]);
    expect(hydrated.consoleErrors).toEqual([]);
    expect(within(hydrated.container).getByRole('row', { name: /Data course/ })).toBeVisible();
    hydrated.unmount();
  });
});
