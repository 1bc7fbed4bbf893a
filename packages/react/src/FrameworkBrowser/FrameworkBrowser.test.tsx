import { digitalGovernmentFramework } from '@capkit/model/reference';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CapkitProvider } from '../CapkitProvider/index.js';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import { FrameworkBrowser } from './FrameworkBrowser.js';
import {
  arabicFramework,
  arabicMessages,
  emptyFramework,
  frenchMessages,
  generateLargeFramework,
} from '../../test/fixtures/FrameworkBrowser.fixtures.js';

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

describe('FrameworkBrowser: structure', () => {
  it('shows the top-level areas as a labelled tree with one tab stop', () => {
    render(<FrameworkBrowser framework={framework} />);
    const tree = screen.getByRole('tree', { name: 'Competency framework' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.map((node) => itemLabel(node))).toEqual([
      'DG-1 Digital public infrastructure',
      'DG-2 Service design and delivery',
      'DG-3 Data and intelligence',
      'DG-4 Technology and engineering',
      'DG-5 Policy, procurement and governance',
      'DG-6 Leadership and knowledge',
    ]);
    expect(items.map((node) => node.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    const first = items[0];
    expect(first?.getAttribute('aria-level')).toBe('1');
    expect(first?.getAttribute('aria-setsize')).toBe('6');
    expect(first?.getAttribute('aria-posinset')).toBe('1');
    expect(first?.getAttribute('aria-expanded')).toBe('false');
    expect(first?.dataset['state']).toBe('closed');
    expect(items[5]?.getAttribute('aria-posinset')).toBe('6');
  });

  it('nests open areas’ children in a group, with their own levels and positions', () => {
    render(
      <FrameworkBrowser
        framework={framework}
        defaultExpandedIds={['dg-area-infrastructure', 'dg-area-foundational-blocks']}
      />,
    );
    const area = item('DG-1 Digital public infrastructure');
    expect(area.getAttribute('aria-expanded')).toBe('true');
    // The area owns the group of its children.
    const group = document.getElementById(area.getAttribute('aria-owns') ?? '');
    expect(group?.getAttribute('role')).toBe('group');
    expect(within(group as HTMLElement).getAllByRole('treeitem')).toHaveLength(2 + 5);
    // Its own text is its name: the children are not inside it.
    expect(area.textContent).toBe('DG-1 Digital public infrastructure');
    const identity = item('DG-1.1.1 Digital identity');
    expect(identity.getAttribute('aria-level')).toBe('3');
    expect(identity.getAttribute('aria-setsize')).toBe('5');
    expect(identity.getAttribute('aria-posinset')).toBe('1');
    expect(identity.getAttribute('aria-selected')).toBe('false');
    expect(identity.hasAttribute('aria-expanded')).toBe(false);
    // Areas are not selectable, so they carry no aria-selected.
    expect(area.hasAttribute('aria-selected')).toBe(false);
  });

  it('says so when the framework is empty, and shows no tree', () => {
    const { container } = render(<FrameworkBrowser framework={emptyFramework} />);
    expect(screen.getByText('This framework has no areas or competencies yet.')).toBeVisible();
    expect(screen.queryByRole('tree')).toBeNull();
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('empty');
  });

  it('announces loading as a status and failure as an alert', () => {
    const { container, rerender } = render(<FrameworkBrowser status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the competency framework…');
    expect(container.firstElementChild?.getAttribute('aria-busy')).toBe('true');
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('loading');
    rerender(<FrameworkBrowser status="error" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The competency framework could not be loaded. Try again later.',
    );
    expect(screen.queryByRole('tree')).toBeNull();
    expect(container.firstElementChild).not.toHaveAttribute('aria-busy');
    rerender(<FrameworkBrowser status="error" errorMessage="The server is down (503)." />);
    expect(screen.getByRole('alert')).toHaveTextContent('The server is down (503).');
  });

  it('starts its headings at the given level, the level list one deeper and at most h6', () => {
    const { rerender } = render(
      <FrameworkBrowser framework={framework} defaultSelectedId="dg-identity" headingLevel={4} />,
    );
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(
      'DG-1.1.1 Digital identity',
    );
    expect(screen.getByRole('heading', { level: 5 })).toHaveTextContent('Proficiency levels');
    rerender(
      <FrameworkBrowser framework={framework} defaultSelectedId="dg-identity" headingLevel={6} />,
    );
    expect(screen.getAllByRole('heading', { level: 6 }).map((h) => h.textContent)).toEqual([
      'DG-1.1.1 Digital identity',
      'Proficiency levels',
    ]);
  });
});

describe('FrameworkBrowser: controlled and uncontrolled state', () => {
  it('opens the areas around the default selection and makes it the tab stop', () => {
    render(<FrameworkBrowser framework={framework} defaultSelectedId="dg-cybersecurity" />);
    const selected = item('DG-4.2.3 Cybersecurity');
    expect(selected.getAttribute('aria-selected')).toBe('true');
    expect(selected.tabIndex).toBe(0);
    expect(selected.dataset['selected']).toBe('');
    expect(screen.getByRole('region', { name: 'DG-4.2.3 Cybersecurity' })).toBeVisible();
  });

  it('follows a controlled selection, and only reports the reader’s choice', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(
      <FrameworkBrowser
        framework={framework}
        selectedId="dg-data-analysis"
        expandedIds={['dg-area-data']}
        onSelectionChange={onSelect}
      />,
    );
    await user.click(item('DG-3.1 Data management'));
    expect(onSelect).toHaveBeenCalledWith('dg-data-management');
    expect(item('DG-3.1 Data management').getAttribute('aria-selected')).toBe('false');
    expect(item('DG-3.2 Data analysis').getAttribute('aria-selected')).toBe('true');
    rerender(
      <FrameworkBrowser
        framework={framework}
        selectedId={null}
        expandedIds={['dg-area-data']}
        onSelectionChange={onSelect}
      />,
    );
    expect(screen.queryByRole('treeitem', { selected: true })).toBeNull();
    expect(screen.getByRole('region', { name: 'Competency details' })).toBeVisible();
  });

  it('follows controlled expansion, and reports the change the reader asked for', async () => {
    const onExpandedChange = vi.fn();
    const user = userEvent.setup();
    render(
      <FrameworkBrowser
        framework={framework}
        expandedIds={['dg-area-data']}
        onExpandedChange={onExpandedChange}
      />,
    );
    await user.click(item('DG-2 Service design and delivery'));
    expect(onExpandedChange).toHaveBeenCalledWith(['dg-area-data', 'dg-area-service-delivery']);
    expect(item(/^DG-2 /).getAttribute('aria-expanded')).toBe('false');
    expect(item(/^DG-3 /).getAttribute('aria-expanded')).toBe('true');
  });

  it('works as a controlled component driven by its own callbacks', async () => {
    function Controlled() {
      const [selectedId, setSelectedId] = useState<string | null>(null);
      const [expandedIds, setExpandedIds] = useState<readonly string[]>([]);
      return (
        <>
          <FrameworkBrowser
            framework={framework}
            selectedId={selectedId}
            onSelectionChange={setSelectedId}
            expandedIds={expandedIds}
            onExpandedChange={setExpandedIds}
          />
          <output>{selectedId ?? 'none'}</output>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Controlled />);
    await user.tab();
    await user.tab();
    await user.keyboard('{End}{ArrowRight}{ArrowRight}{Enter}');
    expect(document.querySelector('output')?.textContent).toBe('dg-digital-leadership');
    expect(item('DG-6.1 Digital leadership').getAttribute('aria-selected')).toBe('true');
  });
});

describe('FrameworkBrowser: language', () => {
  it('shows French labels, and marks the English statements with lang', async () => {
    const user = userEvent.setup();
    render(
      <FrameworkBrowser
        framework={framework}
        locale="fr"
        messages={frenchMessages}
        defaultSelectedId="dg-identity"
      />,
    );
    const selected = item('DG-1.1.1 Identité numérique');
    expect(selected.querySelector('[lang]')).toBeNull();
    const details = screen.getByRole('region', { name: 'DG-1.1.1 Identité numérique' });
    expect(details.querySelector('.ck-framework-browser__statement')?.getAttribute('lang')).toBe(
      'en',
    );
    expect(within(details).getByRole('heading', { level: 3 }).textContent).toBe(
      'Niveaux de maîtrise',
    );
    expect(within(details).getAllByRole('definition')[1]?.textContent).toBe(
      'Maîtrise du numérique public',
    );
    expect(details.textContent).toContain('L3 Praticien');
    expect(details.textContent).toContain('Seuil de maîtrise');
    await user.click(selected);
    expect(screen.getByRole('tree', { name: 'Référentiel de compétences' })).toBeVisible();
  });

  it('counts search results with French plural rules', async () => {
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={framework} locale="fr" messages={frenchMessages} />);
    const search = screen.getByRole('searchbox', { name: 'Rechercher une compétence' });
    await user.type(search, 'DG-4.2.3');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '1 compétence correspond à « DG-4.2.3 ».',
      ),
    );
    await user.clear(search);
    await user.type(search, 'data');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '11 compétences correspondent à « data ».',
      ),
    );
  });

  it('marks English fallbacks in an Arabic tree with lang', () => {
    render(
      <FrameworkBrowser
        framework={{
          ...arabicFramework,
          areas: [{ id: 'only-english', code: 'X-1', label: { en: 'Only in English' } }],
          competencies: [],
        }}
        locale="ar"
        messages={arabicMessages}
      />,
    );
    expect(item('X-1 Only in English').querySelector('[lang="en"]')?.textContent).toBe(
      'Only in English',
    );
  });

  it('takes its locale, direction and strings from a CapkitProvider', () => {
    render(
      <CapkitProvider locale="ar" messages={{ FrameworkBrowser: { treeLabel: 'الإطار' } }}>
        <FrameworkBrowser framework={arabicFramework} />
      </CapkitProvider>,
    );
    const tree = screen.getByRole('tree', { name: 'الإطار' });
    expect(tree.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(item('DG-2 تصميم الخدمات وتقديمها')).toBeVisible();
    // Strings not given fall back to English.
    expect(screen.getByRole('searchbox', { name: 'Search competencies' })).toBeVisible();
  });
});

describe('FrameworkBrowser: large frameworks', () => {
  it('browses and searches 500 competencies', async () => {
    const large = generateLargeFramework();
    expect(large.competencies).toHaveLength(500);
    const user = userEvent.setup();
    render(<FrameworkBrowser framework={large} />);
    expect(screen.getAllByRole('treeitem')).toHaveLength(5);
    await user.type(screen.getByRole('searchbox'), 'LG-3.2.4.');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('5 competencies match “LG-3.2.4.”.'),
    );
    const items = screen.getAllByRole('treeitem');
    expect(items.map((node) => itemLabel(node))).toEqual([
      'LG-3 Technology',
      'LG-3.2 Delivery',
      'LG-3.2.4 Standards',
      'LG-3.2.4.1 Facilitation (technology)',
      'LG-3.2.4.2 Monitoring (technology)',
      'LG-3.2.4.3 Testing (technology)',
      'LG-3.2.4.4 Budgeting (technology)',
      'LG-3.2.4.5 Integration (technology)',
    ]);
    expect(items[7]?.getAttribute('aria-level')).toBe('4');
  });
});

describe('FrameworkBrowser: accessibility', () => {
  it('has no axe violations, browsing (WCAG 2.2 AA)', async () => {
    const { container } = render(
      <FrameworkBrowser framework={framework} defaultSelectedId="dg-identity" />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations while searching', async () => {
    const user = userEvent.setup();
    const { container } = render(<FrameworkBrowser framework={framework} />);
    await user.type(screen.getByRole('searchbox'), 'data');
    await waitFor(() => expect(container.querySelectorAll('mark').length).toBeGreaterThan(0));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations when loading, failing or empty', async () => {
    for (const element of [
      <FrameworkBrowser key="loading" status="loading" />,
      <FrameworkBrowser key="error" status="error" />,
      <FrameworkBrowser key="empty" framework={emptyFramework} />,
    ]) {
      const { container, unmount } = render(element);
      expect(await axeViolations(container)).toEqual([]);
      unmount();
    }
  });
});

describe('FrameworkBrowser: server rendering', () => {
  it('renders on the server and hydrates without errors', async () => {
    const { html, container, recoverableErrors, consoleErrors, unmount } =
      await renderOnServerThenHydrate(
        <FrameworkBrowser framework={framework} defaultSelectedId="dg-web-operations" />,
      );
    expect(html).toContain('role="tree"');
    expect(html).toContain('Web operations');
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(within(container).getByRole('treeitem', { selected: true }).tabIndex).toBe(0);
    unmount();
  });
});
