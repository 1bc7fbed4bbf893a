import { digitalGovernmentFramework } from '@capkit/model/reference';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FrameworkBrowser } from './FrameworkBrowser.js';
import { frenchMessages } from '../../test/fixtures/FrameworkBrowser.fixtures.js';

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

describe('FrameworkBrowser: search', () => {
  it('filters to matching competencies inside their open areas, and marks the match', async () => {
    const user = userEvent.setup();
    const { container } = render(<FrameworkBrowser framework={framework} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search competencies' }), 'privacy');
    await waitFor(() =>
      expect(screen.getAllByRole('treeitem').map((node) => itemLabel(node))).toEqual([
        'DG-1 Digital public infrastructure',
        'DG-1.1 Foundational building blocks',
        'DG-1.1.1 Digital identity',
        'DG-3 Data and intelligence',
        'DG-3.5 Data protection and privacy',
      ]),
    );
    expect(item(/^DG-1 /).getAttribute('aria-expanded')).toBe('true');
    expect(item(/^DG-1 /).getAttribute('aria-setsize')).toBe('2');
    expect(item(/^DG-3 /).getAttribute('aria-posinset')).toBe('2');
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['privacy', 'privacy']);
    // DG-1.1.1 matched in its statement only: the statement is shown and describes the item.
    const identity = item('DG-1.1.1 Digital identity');
    const description = document.getElementById(identity.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('with privacy and inclusion built in');
    expect(container.firstElementChild?.getAttribute('data-result-count')).toBe('2');
    expect(container.firstElementChild?.hasAttribute('data-searching')).toBe(true);
  });

  it('announces the number of results in a polite live region once typing pauses', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    await user.type(screen.getByRole('searchbox'), 'data');
    await waitFor(() => expect(status.textContent).toBe('12 competencies match “data”.'));
    await user.type(screen.getByRole('searchbox'), 'x');
    await waitFor(() => expect(status.textContent).toBe('No competencies match “datax”.'));
    expect(screen.queryByRole('tree')).toBeNull();
  });

  it('ignores case and accents', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <FrameworkBrowser framework={framework} locale="fr" messages={frenchMessages} />,
    );
    await user.type(
      screen.getByRole('searchbox', { name: 'Rechercher une compétence' }),
      'SECURITE',
    );
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(3));
    expect(screen.getAllByRole('treeitem').map((node) => itemLabel(node))).toEqual([
      'DG-4 Technologie et ingénierie',
      'DG-4.2 Infrastructure et exploitation',
      'DG-4.2.3 Cybersécurité',
    ]);
    expect(container.querySelector('mark')?.textContent).toBe('sécurité');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '1 compétence correspond à « SECURITE ».',
      ),
    );
  });

  it('clears with Escape and brings the reader’s own expansion back', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} defaultExpandedIds={['dg-area-leadership']} />);
    const search = screen.getByRole('searchbox');
    await user.type(search, 'cloud');
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(3));
    await user.keyboard('{Escape}');
    expect((search as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(11));
    expect(item(/^DG-4 /).getAttribute('aria-expanded')).toBe('false');
    expect(item(/^DG-6 /).getAttribute('aria-expanded')).toBe('true');
  });

  it('lets the reader close a result’s area during the search, for that search only', async () => {
    const onExpandedChange = vi.fn();
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} onExpandedChange={onExpandedChange} />);
    await user.type(screen.getByRole('searchbox'), 'cloud');
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(3));
    await user.tab();
    expect(focusedName()).toBe('DG-4 Technology and engineering');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getAllByRole('treeitem')).toHaveLength(1);
    expect(onExpandedChange).not.toHaveBeenCalled();
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(focusedName()).toBe('DG-4.2.1 ICT infrastructure and cloud');
  });

  it('keeps a competency chosen from the results in sight once the search is cleared', async () => {
    const onExpandedChange = vi.fn();
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} onExpandedChange={onExpandedChange} />);
    const search = screen.getByRole('searchbox');
    await user.type(search, 'consent');
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(3));
    await user.click(item('DG-1.1.4 Consent management'));
    expect(onExpandedChange).toHaveBeenCalledWith([
      'dg-area-foundational-blocks',
      'dg-area-infrastructure',
    ]);
    await user.clear(search);
    await waitFor(() => expect(screen.getAllByRole('treeitem').length).toBeGreaterThan(6));
    const chosen = item('DG-1.1.4 Consent management');
    expect(chosen.getAttribute('aria-selected')).toBe('true');
    expect(chosen.tabIndex).toBe(0);
  });
});
