import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fr } from 'date-fns/locale/fr';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { planAsOf, planInterventions } from '../../test/fixtures/PlanTimeline.fixtures.js';
import { PlanTimeline, type PlanTimelineProps } from './PlanTimeline.js';

const title = 'Data skills plan 2026';
const props: PlanTimelineProps = { title, interventions: planInterventions, asOf: planAsOf };
const summaryText =
  '1 intervention is overdue and 1 is at risk; the next milestone is on 14 March: Mid-term review.';

describe('PlanTimeline', () => {
  it('opens with a plain-words summary, then the timeline', () => {
    const { container } = render(<PlanTimeline {...props} />);
    const region = screen.getByRole('region', { name: title });
    expect(region.dataset['state']).toBe('ready');
    const summary = container.querySelector('.ck-summary');
    expect(summary?.textContent).toBe(summaryText);
    const figure = screen.getByRole('figure', { name: 'Plan timeline' });
    expect(summary?.compareDocumentPosition(figure)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.getByRole('img', { name: `Timeline of the plan. ${summaryText}` })).toBeVisible();
  });

  it('names each state in words beside the bar, not by colour alone', () => {
    const { container } = render(<PlanTimeline {...props} />);
    const rows = [...container.querySelectorAll('.ck-plan__row[data-state]')];
    expect(rows.map((row) => row.querySelector('.ck-plan__name')?.textContent)).toEqual([
      'Privacy e-learningDone',
      'Data literacy courseOverdue',
      'Leadership coachingOn track',
      'Records managementAt risk',
      'Cloud workshopCancelled',
    ]);
    expect(container.querySelector('.ck-plan__today')?.textContent).toBe('Today, 2 Mar 2026');
  });

  it('zooms by keyboard and ticks the axis per zoom', async () => {
    const user = userEvent.setup();
    const onZoomChange = vi.fn();
    const { container } = render(<PlanTimeline {...props} onZoomChange={onZoomChange} />);
    const ticks = () => [...container.querySelectorAll('.ck-plan__tick')].map((t) => t.textContent);
    expect(ticks()).toEqual([
      'Jan 2026',
      'Feb 2026',
      'Mar 2026',
      'Apr 2026',
      'May 2026',
      'Jun 2026',
    ]);
    const zoom = screen.getByRole('group', { name: 'Zoom' });
    within(zoom).getByRole('button', { name: 'Quarters' }).focus();
    await user.keyboard('{Enter}');
    expect(onZoomChange).toHaveBeenCalledWith('quarter');
    expect(ticks()).toEqual(['Q1 2026', 'Q2 2026']);
    expect(
      within(zoom).getByRole('button', { name: 'Quarters' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await user.keyboard('{Shift>}{Tab}{/Shift}{Shift>}{Tab}{/Shift} ');
    // The first date is Monday 5 January 2026, so the first week starts on it (en-GB).
    expect(ticks().slice(0, 2)).toEqual(['5 Jan', '12 Jan']);
  });

  it('switches to the list view by keyboard, with the same information', async () => {
    const user = userEvent.setup();
    render(<PlanTimeline {...props} />);
    screen.getByRole('button', { name: 'List' }).focus();
    await user.keyboard('{Enter}');
    const items = within(screen.getByRole('list', { name: 'Interventions' })).getAllByRole(
      'listitem',
      {
        name: '',
      },
    );
    expect(items[0]?.textContent).toBe(
      'Privacy e-learningDates5 January 2026 to 30 January 2026StateDoneMilestonesLaunch, 5 January 2026 (done)',
    );
    expect(screen.getByText('Leadership coaching').closest('li')?.textContent).toContain(
      'Mid-term review, 14 March 2026 (upcoming)Closing session, 26 June 2026 (upcoming)',
    );
  });

  it('formats dates with the date-fns locale it is given', () => {
    const { container } = render(<PlanTimeline {...props} dateLocale={fr} defaultView="table" />);
    expect(container.textContent).toContain('5 janvier 2026 to 30 janvier 2026');
  });

  it('shows the empty, loading and error states', () => {
    const { rerender } = render(<PlanTimeline title={title} asOf={planAsOf} />);
    expect(screen.getByText('The plan has no interventions yet.')).toBeVisible();
    rerender(<PlanTimeline {...props} status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the plan…');
    rerender(<PlanTimeline {...props} status="error" errorMessage="The server is down." />);
    expect(screen.getByRole('alert').textContent).toBe('The server is down.');
  });

  it('has no axe violations in either view', async () => {
    const chart = render(<PlanTimeline {...props} />);
    expect(await axeViolations(chart.container)).toEqual([]);
    chart.unmount();
    const list = render(<PlanTimeline {...props} defaultView="table" />);
    expect(await axeViolations(list.container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(<PlanTimeline {...props} dir="rtl" />);
    expect(result.html).toContain(summaryText);
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    result.unmount();
  });
});
