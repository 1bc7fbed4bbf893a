import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fr } from 'date-fns/locale';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicMessages,
  sampleActivityStatus,
  sampleAsOf,
  sampleSummary,
  sampleWorkspace,
  smallAsOf,
  smallWorkspace,
  stepHref,
} from '../../test/fixtures/CycleOverview.fixtures.js';
import { CycleOverview, type CycleOverviewProps } from './CycleOverview.js';

const title = 'Digital capability programme';

function overview(props: Partial<CycleOverviewProps> = {}) {
  return (
    <CycleOverview
      title={title}
      workspace={sampleWorkspace}
      asOf={sampleAsOf}
      activityStatus={sampleActivityStatus}
      hrefFor={stepHref}
      locale="en-GB"
      {...props}
    />
  );
}

function steps() {
  return within(screen.getByRole('list', { name: 'Steps of the cycle' })).getAllByRole('listitem');
}

describe('CycleOverview', () => {
  it('opens with the sentence on the current step, then the round and the five steps', () => {
    const { container } = render(overview());
    const region = screen.getByRole('region', { name: title });
    const summary = container.querySelector('.ck-summary');
    expect(region.querySelector('h2 + p')).toBe(summary);
    expect(summary).toHaveTextContent(sampleSummary);
    expect(container.querySelector('.ck-cycle-overview__round')).toHaveTextContent(
      'Round 1, Jan 5, 2026 to Dec 18, 2026Baseline and first responseAs of Oct 1, 2026',
    );
    expect(screen.getByText('Baseline and first response')).toHaveAttribute('lang', 'en');
    expect(steps().map((item) => item.getAttribute('data-state'))).toEqual([
      'done',
      'upcoming',
      'done',
      'overdue',
      'due',
    ]);
    expect(steps()[3]).toHaveTextContent(
      'Step 4 of 5 Current stepCapacity-development responseOverdue' +
        '9 interventions: 2 done, 5 under way, 1 overdue, 1 coming up; 4 milestones overdue.' +
        'Overdue since Jun 17, 2026Next date: Oct 5, 2026',
    );
    expect(steps()[2]).toHaveTextContent('1 capacity assessment: 1 done; 6 assets.');
    expect(steps()[4]).toHaveTextContent(
      '2 indicators: 2 coming up; Kirkpatrick levels measured: 3 of 4.',
    );
    // Each status is a word and a shape, the shape hidden from screen readers.
    const icon = steps()[0]?.querySelector('.ck-cycle-overview__icon');
    expect(icon).toHaveTextContent('✓');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
  });

  it('links each step through hrefFor and marks the current one with aria-current="step"', () => {
    render(overview());
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Training needs assessment', '/programme/steps/trainingNeeds'],
      ['Stakeholder engagement', '/programme/steps/stakeholders'],
      ['Capacity needs and assets', '/programme/steps/capacityAndAssets'],
      ['Capacity-development response', '/programme/steps/plan'],
      ['Evaluation', '/programme/steps/evaluation'],
    ]);
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual([
      null,
      null,
      null,
      'step',
      null,
    ]);
    expect(steps().some((item) => item.hasAttribute('aria-current'))).toBe(false);
  });

  it('draws the app’s router links through renderLink, operated by the keyboard', async () => {
    const user = userEvent.setup();
    const navigate = vi.fn();
    render(
      overview({
        hrefFor: undefined,
        renderLink: ({ step, children, className, 'aria-current': current }) => (
          <a
            href={`#${step}`}
            className={className}
            aria-current={current}
            onClick={(event) => {
              event.preventDefault();
              navigate(step);
            }}
          >
            {children}
          </a>
        ),
      }),
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Training needs assessment' })).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    const current = screen.getByRole('link', { name: 'Capacity-development response' });
    expect(current).toHaveFocus();
    expect(current).toHaveAttribute('aria-current', 'step');
    await user.keyboard('{Enter}');
    expect(navigate).toHaveBeenCalledWith('plan');
  });

  it('without links, marks the current list item instead', () => {
    render(overview({ hrefFor: undefined }));
    expect(screen.queryByRole('link')).toBeNull();
    expect(steps().map((item) => item.getAttribute('aria-current'))).toEqual([
      null,
      null,
      null,
      'step',
      null,
    ]);
  });

  it('lets the app set a step’s status and the current step', () => {
    const { container, rerender } = render(
      overview({ stepStatus: { plan: 'done' }, hrefFor: undefined }),
    );
    expect(steps()[3]).toHaveAttribute('data-state', 'done');
    expect(steps()[3]).toHaveTextContent('Done (set by the programme team)');
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'Round 1, step 5 of 5 (evaluation): 3 of 4 Kirkpatrick levels are measured.',
    );
    rerender(overview({ currentStep: 'stakeholders', hrefFor: undefined }));
    expect(steps()[1]).toHaveAttribute('aria-current', 'step');
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'Round 1, step 2 of 5 (stakeholder engagement): nothing is open now; the next date is Oct 11, 2026.',
    );
  });

  it('judges the round the app names, and says when every step is done', () => {
    const { container, rerender } = render(
      overview({ workspace: smallWorkspace, asOf: smallAsOf, activityStatus: undefined }),
    );
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'Round 2, step 1 of 5 (training needs assessment): 1 campaign is open.',
    );
    expect(container.querySelector('.ck-cycle-overview__round')).toHaveTextContent(
      'Round 2, from Jan 5, 2026Second round',
    );
    rerender(
      overview({
        workspace: smallWorkspace,
        asOf: smallAsOf,
        round: 1,
        activityStatus: { 'sh-finance-a1': 'done' },
        stepStatus: { capacityAndAssets: 'done' },
      }),
    );
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'Round 1: every step of the cycle is done.',
    );
    expect(screen.getAllByRole('link').some((link) => link.hasAttribute('aria-current'))).toBe(
      false,
    );
  });

  it('formats dates with the date-fns locale the app passes', () => {
    const { container } = render(overview({ dateLocale: fr }));
    expect(container.querySelector('.ck-cycle-overview__round')).toHaveTextContent(
      '5 janv. 2026 to 18 déc. 2026',
    );
    expect(steps()[3]).toHaveTextContent('Next date: 5 oct. 2026');
  });

  it('shows the load states, the empty overview and an unreadable asOf', () => {
    const { rerender, container } = render(overview({ status: 'loading' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the programme…');
    expect(screen.getByRole('region', { name: title })).toHaveAttribute('aria-busy', 'true');
    rerender(overview({ status: 'error', errorMessage: 'The programme service is offline.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The programme service is offline.');
    expect(screen.queryByRole('list')).toBeNull();
    rerender(overview({ workspace: undefined }));
    expect(screen.getByText('No programme to show yet.')).toBeVisible();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
    rerender(overview({ asOf: 'someday' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The programme could not be shown.');
  });

  it('reads right to left with Arabic strings', () => {
    const { container } = render(overview({ locale: 'ar', messages: arabicMessages }));
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'الجولة 1، الخطوة 4 من 5 (الاستجابة لتنمية القدرات): 1 متأخرة.',
    );
    expect(screen.getByRole('list', { name: 'خطوات الدورة' })).toBeVisible();
    // The sample's round titles have no Arabic: the English one says so.
    expect(screen.getByText('Baseline and first response')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'الاستجابة لتنمية القدرات' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('has no axe violations, with links, without them, and empty', async () => {
    const { container, rerender } = render(overview());
    expect(await axeViolations(container)).toEqual([]);
    rerender(overview({ hrefFor: undefined }));
    expect(await axeViolations(container)).toEqual([]);
    rerender(overview({ workspace: undefined }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch, asOf given as a Date', async () => {
    const result = await renderOnServerThenHydrate(
      overview({ asOf: new Date(Date.UTC(2026, 9, 1, 9)) }),
    );
    expect(result.html).toContain('1 intervention and 4 milestones are overdue');
    expect(result.html).toContain('aria-current="step"');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    result.unmount();
  });
});
