import { ar, enGB, fr } from 'date-fns/locale';
import type { Stakeholder } from '@capkit/model';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicMessages,
  arabicStakeholders,
  asOf,
  ministryPeople,
  ministryStakeholders,
  ministryStatuses,
} from '../../test/fixtures/StakeholderGrid.fixtures.js';
import { StakeholderGrid, type StakeholderGridProps } from './StakeholderGrid.js';

const title = 'Stakeholders of the digital skills programme';

function grid(props: Partial<StakeholderGridProps> = {}) {
  return (
    <StakeholderGrid
      title={title}
      defaultStakeholders={ministryStakeholders}
      asOf={asOf}
      activityStatus={ministryStatuses}
      people={ministryPeople}
      locale="en-GB"
      dateLocale={enGB}
      {...props}
    />
  );
}

function quadrant(name: RegExp) {
  return screen.getByRole('region', { name });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('StakeholderGrid', () => {
  it('opens with the plain-language summary, then places each stakeholder in its quadrant', () => {
    const { container } = render(grid());
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '5 stakeholders need managing closely; 2 of them have no engagement planned. 1 activity is overdue on 2 Dec 2026.',
    );
    expect(screen.getByRole('figure', { name: title })).toBeInTheDocument();
    const manage = within(quadrant(/^Manage closely/)).getAllByRole('button');
    expect(manage.map((button) => button.textContent)).toEqual([
      'Digital AgencyPower 5, interest 5',
      'Ministry of FinancePower 5, interest 4',
      'Civil Service CommissionPower 4, interest 5',
      'World BankPower 4, interest 3',
      'Public Servants’ UnionPower 3, interest 4',
    ]);
    expect(quadrant(/^Keep satisfied \(1 stakeholder\)/)).toHaveTextContent('Chamber of Commerce');
    expect(quadrant(/^Keep informed/)).toHaveTextContent('National University');
    expect(quadrant(/^Monitor/)).toHaveTextContent('Citizens’ panel');
  });

  it('says so when nobody needs managing closely', () => {
    const { container } = render(
      grid({ defaultStakeholders: ministryStakeholders.filter((s) => s.power < 3) }),
    );
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '2 stakeholders; none needs managing closely.',
    );
  });

  it('moves a selected stakeholder with the arrow keys and announces its new place', async () => {
    const user = userEvent.setup();
    const onStakeholderChange = vi.fn();
    render(grid({ onStakeholderChange }));
    const union = screen.getByRole('button', { name: /Public Servants’ Union/ });
    union.focus();
    await user.keyboard('{ArrowDown}');
    // Not selected yet: arrows do nothing.
    expect(onStakeholderChange).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(union).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowDown}');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Public Servants’ Union: power 2, interest 4. Keep informed.');
    const [moved, register] = onStakeholderChange.mock.calls[0] as [Stakeholder, Stakeholder[]];
    expect([moved.id, moved.power, moved.interest, moved.strategy]).toEqual([
      'union',
      2,
      4,
      'keepInformed',
    ]);
    expect(register).toHaveLength(8);
    // It moved quadrant, and kept the focus and its selection.
    const again = within(quadrant(/^Keep informed/)).getByRole('button', {
      name: /Public Servants’ Union/,
    });
    expect(again).toHaveFocus();
    expect(again).toHaveAttribute('aria-pressed', 'true');
    // Up again returns it; right adds interest.
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(status).toHaveTextContent(
      'Public Servants’ Union: power 3, interest 5. Manage closely.',
    );
    await user.keyboard('{ArrowRight}');
    expect(status).toHaveTextContent(
      'Public Servants’ Union is already at the edge: power 3, interest 5.',
    );
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: /Public Servants’ Union/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('moves by buttons too, never only by keys', async () => {
    const user = userEvent.setup();
    render(grid());
    await user.click(screen.getByRole('button', { name: /Chamber of Commerce/ }));
    const move = screen.getByRole('group', { name: 'Move Chamber of Commerce' });
    await user.click(within(move).getByRole('button', { name: 'More interest' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Chamber of Commerce: power 4, interest 3. Manage closely.',
    );
    expect(quadrant(/^Manage closely \(6 stakeholders\)/)).toHaveTextContent('Chamber of Commerce');
    expect(document.querySelector('.ck-summary')).toHaveTextContent(
      '6 stakeholders need managing closely; 3 of them have no engagement planned.',
    );
  });

  it('mirrors the interest keys right to left', async () => {
    const user = userEvent.setup();
    const onStakeholderChange = vi.fn();
    render(grid({ dir: 'rtl', onStakeholderChange, defaultSelectedId: 'chamber' }));
    screen.getByRole('button', { name: /Chamber of Commerce/ }).focus();
    await user.keyboard('{ArrowLeft}');
    expect((onStakeholderChange.mock.calls[0]?.[0] as Stakeholder).interest).toBe(3);
  });

  it('shows what the app passes when controlled, and reports the move', async () => {
    const user = userEvent.setup();
    const changes: string[] = [];
    function Controlled() {
      const [stakeholders, setStakeholders] = useState(ministryStakeholders);
      return grid({
        stakeholders,
        defaultStakeholders: undefined,
        defaultSelectedId: 'panel',
        onStakeholderChange: (moved, next) => {
          changes.push(`${moved.id} ${String(moved.power)}`);
          setStakeholders(next);
        },
      });
    }
    render(<Controlled />);
    screen.getByRole('button', { name: /Citizens’ panel/ }).focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(changes).toEqual(['panel 2', 'panel 3']);
    expect(quadrant(/^Keep satisfied/)).toHaveTextContent('Citizens’ panelPower 3, interest 2');
  });

  it('gives the register as the table alternative, with owners and the next activity', async () => {
    const user = userEvent.setup();
    render(grid());
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: `${title}: stakeholder register` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Stakeholder',
      'Organisation',
      'Power',
      'Interest',
      'Attitude',
      'Strategy',
      'Owner',
      'Next activity',
    ]);
    expect(within(table).getByRole('row', { name: /^Ministry of Finance/ })).toHaveTextContent(
      'Ministry of FinanceGovernment54SupporterManage closelyAmina Diallo15 Jan 2027: Briefing',
    );
    expect(within(table).getByRole('row', { name: /^Civil Service Commission/ })).toHaveTextContent(
      'p-02225 Nov 2026: Workshop (overdue)',
    );
    expect(within(table).getByRole('row', { name: /^Chamber of Commerce/ })).toHaveTextContent(
      'Monitor (the grid suggests Keep satisfied)No ownerNone planned',
    );
  });

  it('lists each engagement plan with dates, statuses and overdue in words', () => {
    render(grid());
    const plans = screen.getByRole('heading', { name: 'Engagement plans', level: 2 });
    const section = plans.closest('section');
    expect(section).not.toBeNull();
    const finance = screen.getByText('Ministry of Finance', { selector: 'summary span' });
    const list = finance.closest('details')?.querySelector('ol');
    expect(list).toHaveTextContent(
      '20 Nov 2026 · Meeting: Budget line for training · Amina Diallo · Done' +
        '15 Jan 2027 · Briefing: Results of round 1 · Amina Diallo · Planned',
    );
    const commission = screen.getByText('Civil Service Commission', { selector: 'summary span' });
    expect(commission.closest('summary')).toHaveTextContent('Civil Service Commission (overdue)');
    expect(commission.closest('details')).toHaveTextContent('Planned, overdue');
    const union = screen.getByText('Public Servants’ Union', { selector: 'summary span' });
    expect(union.closest('details')).toHaveTextContent('No engagement planned.');
  });

  it('writes dates through the date-fns locale the app passes', () => {
    render(grid({ dateLocale: fr }));
    expect(document.querySelector('.ck-summary')).toHaveTextContent('overdue on 2 déc. 2026.');
  });

  it('shows the load states and the empty register', () => {
    const { rerender, unmount } = render(grid({ status: 'loading' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the stakeholder register…');
    rerender(grid({ status: 'error', errorMessage: 'The register is offline.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The register is offline.');
    expect(screen.queryByRole('region')).toBeNull();
    unmount();
    render(grid({ defaultStakeholders: [] }));
    expect(screen.getByText('No stakeholders in the register yet.')).toBeVisible();
  });

  it('reads right to left with Arabic names and strings', () => {
    const { container } = render(
      grid({
        locale: 'ar',
        dateLocale: ar,
        defaultStakeholders: arabicStakeholders,
        messages: arabicMessages,
      }),
    );
    expect(container.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      // CLDR's `ar` numbers in Latin digits, the same in the sentence as in the grid.
      '5 من أصحاب المصلحة يحتاجون إلى إدارة وثيقة؛ 2 منهم بلا مشاركة مخططة.',
    );
    expect(screen.getAllByText('وزارة المالية')[0]).toHaveAttribute('lang', 'ar');
  });

  it('has no axe violations in the grid, with a selection, and in the table', async () => {
    const user = userEvent.setup();
    const { container } = render(grid({ defaultSelectedId: 'finance' }));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(grid({ defaultSelectedId: 'union' }));
    expect(result.html).toContain('5 stakeholders need managing closely');
    expect(result.html).toContain('Move Public Servants’ Union');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    result.unmount();
  });
});
