import { enGB, fr } from 'date-fns/locale';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  arabicOrgMessages,
  arabicOrgUnits,
  orgAsOf,
  orgFramework,
  orgMemberships,
  orgPeople,
  orgPersonalData,
  orgRoles,
  orgUnits,
} from '../../test/fixtures/OrganisationBrowser.fixtures.js';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { OrganisationBrowser, type OrganisationBrowserProps } from './index.js';

const props: OrganisationBrowserProps = {
  units: orgUnits,
  roles: orgRoles,
  people: orgPeople,
  memberships: orgMemberships,
  frameworks: [orgFramework],
  asOf: orgAsOf,
  locale: 'en-GB',
  dateLocale: enGB,
};

function label(node: Element | null | undefined) {
  const id = node?.getAttribute('aria-labelledby')?.split(' ')[0];
  return id === undefined ? undefined : document.getElementById(id)?.textContent;
}
const focusedName = () => label(document.activeElement);
const item = (name: RegExp) =>
  screen.getAllByRole('treeitem').find((node) => name.test(label(node) ?? '')) ??
  (() => {
    throw new Error(`No treeitem ${String(name)}`);
  })();

describe('OrganisationBrowser: render', () => {
  it('opens with the plain-language summary on the date given', () => {
    const { container } = render(<OrganisationBrowser {...props} />);
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '4 people in 5 units and 2 roles on 1 Mar 2026; 1 unit has no one in a role yet.',
    );
  });

  it('shows the units as a tree with own and sub-unit head counts', () => {
    render(<OrganisationBrowser {...props} />);
    const tree = screen.getByRole('tree', { name: 'Organisation units' });
    // The top unit starts open.
    expect(
      within(tree)
        .getAllByRole('treeitem')
        .map((node) => label(node)),
    ).toEqual(['MIN Ministry of Finance', 'TAX Tax Department', 'AUD Audit']);
    expect(item(/Ministry/)).toHaveAccessibleName(
      'MIN Ministry of Finance 1 person in the unit, 4 people with its sub-units',
    );
    expect(item(/Tax/)).toHaveAttribute('aria-expanded', 'false');
    expect(item(/Audit/)).toHaveAccessibleName('AUD Audit 0 people');
  });

  it('lists a selected unit’s people by pseudonymous id, with dates, and no names', async () => {
    const user = userEvent.setup();
    render(<OrganisationBrowser {...props} defaultExpandedIds={['u-min', 'u-tax']} />);
    await user.click(item(/Opérations/));
    const people = screen.getByRole('region', { name: 'People in Opérations team' });
    const rows = within(people).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    ).toEqual([
      ['p-0003', 'Service owner', '1 Feb 2026', 'ongoing'],
      ['p-0004', 'Product manager', '1 Jan 2026', 'ongoing'],
    ]);
    expect(people).not.toHaveTextContent('Jonas');
    expect(people).not.toHaveTextContent('p-0005');
  });

  it('shows names only when the app passes personal data', async () => {
    const user = userEvent.setup();
    render(
      <OrganisationBrowser
        {...props}
        personalData={orgPersonalData}
        defaultSelectedId="u-tax-data"
      />,
    );
    const people = screen.getByRole('region', { name: 'People in Data team' });
    expect(within(people).getByRole('rowheader', { name: /Amina Diallo/ })).toHaveTextContent(
      'Amina Diallo p-0002',
    );
    await user.click(item(/Audit/));
    expect(screen.getByRole('region', { name: 'People in Audit' })).toHaveTextContent(
      'No one is in a role in this unit itself.',
    );
  });

  it('shows each role’s required levels with the scale’s labels', () => {
    render(<OrganisationBrowser {...props} />);
    const roles = screen.getByRole('region', { name: 'Roles and their required levels' });
    const [first] = orgRoles;
    const tables = within(roles).getAllByRole('table');
    expect(tables).toHaveLength(orgRoles.length);
    const cells = within(tables[0] as HTMLElement).getAllByRole('cell');
    expect(cells).toHaveLength(first?.requirements.length ?? 0);
    // A level is named, never a bare number.
    expect(cells[0]?.textContent).toMatch(/[A-Za-z]/);
    expect(cells[0]?.querySelector('.ck-proficiency-badge')).not.toBeNull();
  });

  it('counts only open-ended memberships when no date is given', () => {
    const { container } = render(<OrganisationBrowser {...props} asOf={undefined} />);
    // p-0001, p-0002, p-0003, p-0004 hold open-ended memberships; p-0005's ended.
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '4 people in 5 units and 2 roles; 1 unit has no one in a role yet.',
    );
  });

  it('writes dates through the date-fns locale the app passes', () => {
    const { container } = render(<OrganisationBrowser {...props} dateLocale={fr} />);
    expect(container.querySelector('.ck-summary')).toHaveTextContent('on 1 mars 2026');
  });

  it('filters units and roles with one accent-blind search, and says how many match', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const { container } = render(<OrganisationBrowser {...props} />);
    await user.type(
      screen.getByRole('searchbox', { name: 'Search units and roles' }),
      'operations',
    );
    expect(screen.getAllByRole('treeitem').map((node) => label(node))).toEqual([
      'MIN Ministry of Finance',
      'TAX Tax Department',
      'TAX-2 Opérations team',
    ]);
    expect(container.querySelector('mark')).toHaveTextContent('Opérations');
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(screen.getByRole('status')).toHaveTextContent('1 unit and 0 roles match “operations”.');
    expect(screen.getByText('No roles match.')).toBeInTheDocument();
    vi.useRealTimers();
  });

  it('opens the top units once they arrive after loading', () => {
    const { rerender } = render(<OrganisationBrowser status="loading" />);
    rerender(<OrganisationBrowser {...props} />);
    expect(item(/Tax Department/)).toHaveAttribute('aria-level', '2');
    expect(item(/Ministry/)).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows loading, error and empty states', () => {
    const { rerender, container } = render(<OrganisationBrowser status="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the organisation…');
    rerender(<OrganisationBrowser status="error" errorMessage="Server down" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Server down');
    rerender(<OrganisationBrowser units={[]} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty');
    expect(container).toHaveTextContent('This organisation has no units yet.');
  });

  it('has no axe violations, selected and in Arabic', async () => {
    const { container, rerender } = render(
      <OrganisationBrowser {...props} defaultSelectedId="u-tax-data" />,
    );
    expect(await axeViolations(container)).toEqual([]);
    rerender(
      <OrganisationBrowser
        {...props}
        units={arabicOrgUnits}
        locale="ar"
        messages={arabicOrgMessages}
        defaultSelectedId="u-tax-data"
      />,
    );
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(
      <OrganisationBrowser
        {...props}
        personalData={orgPersonalData}
        defaultSelectedId="u-tax-data"
      />,
    );
    expect(result.html).toContain('4 people in 5 units and 2 roles on 1 Mar 2026');
    expect(result.html).toContain('Amina Diallo');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    result.unmount();
  });
});

describe('OrganisationBrowser: keyboard', () => {
  it('is one tab stop, after the search field', async () => {
    const user = userEvent.setup();
    render(<OrganisationBrowser {...props} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    await user.tab();
    expect(focusedName()).toBe('MIN Ministry of Finance');
    expect(screen.getAllByRole('treeitem').filter((node) => node.tabIndex === 0)).toHaveLength(1);
  });

  it('moves with arrows, Home and End; opens and closes with Right and Left', async () => {
    const user = userEvent.setup();
    render(<OrganisationBrowser {...props} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('TAX Tax Department');
    await user.keyboard('{ArrowRight}');
    expect(item(/Tax Department/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('TAX-1 Data team');
    await user.keyboard('{End}');
    expect(focusedName()).toBe('AUD Audit');
    await user.keyboard('{Home}{ArrowUp}');
    expect(focusedName()).toBe('MIN Ministry of Finance');
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowDown}{ArrowLeft}');
    expect(focusedName()).toBe('TAX Tax Department');
    await user.keyboard('{ArrowLeft}');
    expect(item(/Tax Department/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('selects with Enter and Space, and finds a unit by its first letter', async () => {
    const onSelectionChange = vi.fn();
    const user = userEvent.setup();
    render(<OrganisationBrowser {...props} onSelectionChange={onSelectionChange} />);
    await user.tab();
    await user.tab();
    await user.keyboard('a');
    expect(focusedName()).toBe('AUD Audit');
    await user.keyboard('{Enter}');
    expect(onSelectionChange).toHaveBeenLastCalledWith('u-audit');
    expect(item(/Audit/)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home} ');
    expect(onSelectionChange).toHaveBeenLastCalledWith('u-min');
    expect(
      screen.getByRole('region', { name: 'People in Ministry of Finance' }),
    ).toBeInTheDocument();
  });

  it('swaps Left and Right in right-to-left text', async () => {
    const user = userEvent.setup();
    render(
      <OrganisationBrowser
        {...props}
        units={arabicOrgUnits}
        locale="ar"
        messages={arabicOrgMessages}
      />,
    );
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(item(/إدارة الضرائب/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(item(/إدارة الضرائب/)).toHaveAttribute('aria-expanded', 'false');
  });
});
