import { digitalGovernmentFramework } from '@capkit/model/reference';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FrameworkBrowser } from './FrameworkBrowser.js';
import { arabicFramework, arabicMessages } from '../../test/fixtures/FrameworkBrowser.fixtures.js';

const framework = digitalGovernmentFramework;

function item(name: string | RegExp) {
  return screen.getByRole('treeitem', { name });
}

// The text of a treeitem's label. Testing Library's accessible names put spaces around <mark>
// in happy-dom, which lays nothing out; the label's text is what a browser names the item by.
function itemLabel(node: Element | null) {
  const labelId = node?.getAttribute('aria-labelledby');
  return labelId === null || labelId === undefined
    ? undefined
    : document.getElementById(labelId)?.textContent;
}

function focusedName() {
  return itemLabel(document.activeElement);
}

describe('FrameworkBrowser: keyboard', () => {
  it('enters the tree with Tab, after the search field, on the first node', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    await user.tab();
    expect(focusedName()).toBe('DG-1 Digital public infrastructure');
    await user.tab();
    expect(document.activeElement?.getAttribute('role')).not.toBe('treeitem');
  });

  it('moves with Down and Up, and stops at the ends', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} />);
    // A click on an area opens it.
    await user.click(item('DG-1 Digital public infrastructure'));
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('DG-1.1 Foundational building blocks');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedName()).toBe('DG-2 Service design and delivery');
    await user.keyboard('{ArrowUp}');
    expect(focusedName()).toBe('DG-1.2 Service building blocks');
    await user.keyboard('{Home}{ArrowUp}');
    expect(focusedName()).toBe('DG-1 Digital public infrastructure');
    // The focused node is the tab stop.
    expect(item('DG-1 Digital public infrastructure').tabIndex).toBe(0);
    expect(item('DG-2 Service design and delivery').tabIndex).toBe(-1);
  });

  it('jumps to the first and last visible nodes with Home and End', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} defaultExpandedIds={['dg-area-leadership']} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{End}');
    expect(focusedName()).toBe('DG-6.5 Capability building');
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('DG-6.5 Capability building');
    await user.keyboard('{Home}');
    expect(focusedName()).toBe('DG-1 Digital public infrastructure');
  });

  it('opens with Right, then moves to the first child; Left moves to the parent, then closes', async () => {
    const onExpandedChange = vi.fn();
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} onExpandedChange={onExpandedChange} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowRight}');
    const area = item('DG-1 Digital public infrastructure');
    expect(area.getAttribute('aria-expanded')).toBe('true');
    expect(focusedName()).toBe('DG-1 Digital public infrastructure');
    expect(onExpandedChange).toHaveBeenLastCalledWith(['dg-area-infrastructure']);
    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('DG-1.1 Foundational building blocks');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedName()).toBe('DG-1.1.1 Digital identity');
    // Right on a competency does nothing.
    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('DG-1.1.1 Digital identity');
    await user.keyboard('{ArrowLeft}');
    expect(focusedName()).toBe('DG-1.1 Foundational building blocks');
    await user.keyboard('{ArrowLeft}');
    expect(item('DG-1.1 Foundational building blocks').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: 'DG-1.1.1 Digital identity' })).toBeNull();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focusedName()).toBe('DG-1 Digital public infrastructure');
    expect(area.getAttribute('aria-expanded')).toBe('false');
    expect(onExpandedChange).toHaveBeenLastCalledWith([]);
    // Left on a closed top-level area does nothing.
    await user.keyboard('{ArrowLeft}');
    expect(focusedName()).toBe('DG-1 Digital public infrastructure');
  });

  it('swaps Left and Right in a right-to-left tree', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={arabicFramework} locale="ar" messages={arabicMessages} />);
    expect(screen.getByRole('tree').closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    await user.tab();
    await user.tab();
    expect(focusedName()).toBe('DG-1 البنية التحتية الرقمية العامة');
    await user.keyboard('{ArrowLeft}');
    expect(item(/^DG-1 /).getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowLeft}');
    expect(focusedName()).toBe('DG-1.1 اللبنات الأساسية');
    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('DG-1 البنية التحتية الرقمية العامة');
    await user.keyboard('{ArrowRight}');
    expect(item(/^DG-1 /).getAttribute('aria-expanded')).toBe('false');
  });

  it('selects a competency with Enter or Space and shows its details', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    const { container } = render(
      <FrameworkBrowser framework={framework} onSelectionChange={onSelect} />,
    );
    expect(screen.getByRole('region', { name: 'Competency details' })).toBeVisible();
    await user.click(item('DG-2 Service design and delivery'));
    expect(item('DG-2 Service design and delivery').getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('dg-user-research');
    expect(item('DG-2.1 User research').getAttribute('aria-selected')).toBe('true');
    expect(container.firstElementChild?.getAttribute('data-selected-id')).toBe('dg-user-research');

    const details = screen.getByRole('region', { name: 'DG-2.1 User research' });
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe(
      'DG-2.1 User research',
    );
    expect(details.textContent).toContain(
      'Plans and carries out research with the people who use and run a service',
    );
    const facts = within(details)
      .getAllByRole('term')
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(facts).toEqual([
      'Area: DG-2 Service design and delivery',
      'Proficiency scale: Digital government proficiency',
    ]);
    expect(within(details).getByRole('heading', { level: 3 }).textContent).toBe(
      'Proficiency levels',
    );
    const levels = within(details).getAllByRole('listitem');
    expect(levels).toHaveLength(4);
    expect(levels[2]?.textContent).toContain('L3 Practitioner');
    expect(levels[2]?.textContent).toContain(
      'Proficient threshold: the lowest level that counts as proficient',
    );
    expect(levels[1]?.textContent).not.toContain('Proficient threshold');

    await user.keyboard('{ArrowDown} ');
    expect(onSelect).toHaveBeenLastCalledWith('dg-service-design');
    expect(item('DG-2.2 Service design').getAttribute('aria-selected')).toBe('true');
    expect(item('DG-2.1 User research').getAttribute('aria-selected')).toBe('false');
  });

  it('opens and closes an area with Enter or Space', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(item(/^DG-1 /).getAttribute('aria-expanded')).toBe('true');
    await user.keyboard(' ');
    expect(item(/^DG-1 /).getAttribute('aria-expanded')).toBe('false');
  });

  it('opens every sibling area with *', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}*');
    const topLevel = screen
      .getAllByRole('treeitem')
      .filter((node) => node.getAttribute('aria-level') === '1');
    expect(topLevel.map((node) => node.getAttribute('aria-expanded'))).toEqual([
      'true',
      'true',
      'true',
      'true',
      'true',
      'true',
    ]);
    // Sub-areas stay closed, and focus stays where it was.
    expect(item('DG-1.1 Foundational building blocks').getAttribute('aria-expanded')).toBe('false');
    expect(focusedName()).toBe('DG-2 Service design and delivery');
  });

  it('moves to the next node whose label starts with the typed characters', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} defaultExpandedIds={['dg-area-data']} />);
    await user.tab();
    await user.tab();
    await user.keyboard('d');
    expect(focusedName()).toBe('DG-3 Data and intelligence');
    await user.keyboard('d');
    expect(focusedName()).toBe('DG-3.1 Data management');
    await user.keyboard('{Home}');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await user.keyboard('geo');
    expect(focusedName()).toBe('DG-3.4 Geospatial information');
    await new Promise((resolve) => setTimeout(resolve, 600));
    // Nothing starts with "q": focus stays.
    await user.keyboard('q');
    expect(focusedName()).toBe('DG-3.4 Geospatial information');
  });

  it('selects and opens with a click', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} onSelectionChange={onSelect} />);
    await user.click(item('DG-5 Policy, procurement and governance'));
    await user.click(item('DG-5.2 Digital procurement'));
    expect(onSelect).toHaveBeenCalledWith('dg-digital-procurement');
    expect(item('DG-5.2 Digital procurement').getAttribute('aria-selected')).toBe('true');
    expect(focusedName()).toBe('DG-5.2 Digital procurement');
  });
});
