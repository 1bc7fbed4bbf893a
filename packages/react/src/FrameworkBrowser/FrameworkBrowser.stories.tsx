import '../themes/govuk.css';
import { digitalGovernmentFramework } from '@capkit/model/reference';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { expectNoSidewaysScroll, narrowColumn, zoom200Column } from '../../test/stories/reflow.js';
import { FrameworkBrowser } from './FrameworkBrowser.js';
import {
  arabicFramework,
  arabicMessages,
  emptyFramework,
  frenchMessages,
  generateLargeFramework,
} from '../../test/fixtures/FrameworkBrowser.fixtures.js';

const largeFramework = generateLargeFramework();

/** The text of the focused treeitem's label, which names it. */
function focusedLabel(canvasElement: HTMLElement): string | undefined {
  const document = canvasElement.ownerDocument;
  const labelId = document.activeElement?.getAttribute('aria-labelledby');
  if (labelId === null || labelId === undefined) return undefined;
  return document.getElementById(labelId)?.textContent ?? undefined;
}

const meta = {
  title: 'Frameworks/FrameworkBrowser',
  component: FrameworkBrowser,
  args: {
    framework: digitalGovernmentFramework,
  },
} satisfies Meta<typeof FrameworkBrowser>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const tree = canvas.getByRole('tree', { name: 'Competency framework' });
    await userEvent.tab();
    await expect(canvas.getByRole('searchbox', { name: 'Search competencies' })).toHaveFocus();
    await userEvent.tab();
    await expect(focusedLabel(canvasElement)).toBe('DG-1 Digital public infrastructure');
    // Visible focus, and a target of at least 24 × 24 px.
    const row = canvasElement.ownerDocument.activeElement;
    if (!(row instanceof HTMLElement)) throw new Error('Nothing has focus');
    await expect(getComputedStyle(row).outlineStyle).toBe('solid');
    const box = row.getBoundingClientRect();
    await expect(box.height).toBeGreaterThanOrEqual(24);
    await expect(box.width).toBeGreaterThanOrEqual(24);

    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    await expect(within(tree).getAllByRole('treeitem', { expanded: true })).toHaveLength(1);
    await userEvent.keyboard('{ArrowRight}{ArrowDown}{Enter}');
    await expect(focusedLabel(canvasElement)).toBe('DG-2.2 Service design');
    const details = canvas.getByRole('region', { name: 'DG-2.2 Service design' });
    await expect(details).toHaveTextContent('Shapes a whole service end to end');
    await expect(details).toHaveTextContent(
      'Proficient threshold: the lowest level that counts as proficient',
    );
    await expect(within(details).getAllByRole('listitem')).toHaveLength(4);
  },
};

export const Empty: Story = {
  args: { framework: emptyFramework },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(
      canvas.getByText('This framework has no areas or competencies yet.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('tree')).toBeNull();
    // Nothing to search or browse: no stray tab stop.
    await userEvent.tab();
    await expect(canvasElement.contains(canvasElement.ownerDocument.activeElement)).toBe(false);
  },
};

export const Loading: Story = {
  args: { framework: undefined, status: 'loading' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the competency framework…');
    await expect(canvasElement.querySelector('.ck-framework-browser')).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await userEvent.tab();
    await expect(canvasElement.contains(canvasElement.ownerDocument.activeElement)).toBe(false);
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { framework: undefined, status: 'error', errorMessage: undefined },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The competency framework could not be loaded. Try again later.',
    );
    await userEvent.tab();
    await expect(canvasElement.contains(canvasElement.ownerDocument.activeElement)).toBe(false);
  },
};

export const LargeData: Story = {
  args: { framework: largeFramework },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getAllByRole('treeitem')).toHaveLength(5);
    await userEvent.type(canvas.getByRole('searchbox'), 'zero-trust');
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('20 competencies match “zero-trust”.'),
    );
    await userEvent.tab();
    await userEvent.keyboard('{End}{Enter}');
    const details = canvas.getByRole('region', { name: /^LG-5\.\S+ Zero-trust design/ });
    await expect(details).toHaveTextContent('Applies zero-trust design to leadership work');
    // Back to the whole tree: the chosen competency stays in sight and in the tab order.
    await userEvent.click(canvas.getByRole('searchbox'));
    await userEvent.keyboard('{Escape}');
    // 5 domains, and the chosen competency's stage, facet and siblings: 5 + 4 + 5 + 5.
    await waitFor(() => expect(canvas.getAllByRole('treeitem')).toHaveLength(19));
    await userEvent.tab();
    await expect(focusedLabel(canvasElement)).toMatch(/^LG-5\.\S+ Zero-trust design/);
  },
};

export const RightToLeft: Story = {
  args: { framework: arabicFramework, locale: 'ar', messages: arabicMessages },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('.ck-framework-browser')).toHaveAttribute(
      'dir',
      'rtl',
    );
    await userEvent.tab();
    await userEvent.tab();
    await expect(focusedLabel(canvasElement)).toBe('DG-1 البنية التحتية الرقمية العامة');
    // Left opens and goes in, towards the end of a right-to-left line.
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await expect(focusedLabel(canvasElement)).toBe('DG-1.1.1 الهوية الرقمية');
    await userEvent.keyboard(' ');
    const details = canvas.getByRole('region', { name: 'DG-1.1.1 الهوية الرقمية' });
    await expect(details).toHaveTextContent('عتبة الإتقان');
    await expect(details).toHaveTextContent('الممارس');
    // Right goes back out.
    await userEvent.keyboard('{ArrowRight}');
    await expect(focusedLabel(canvasElement)).toBe('DG-1.1 اللبنات الأساسية');
  },
};

export const French: Story = {
  args: { locale: 'fr', messages: frenchMessages },
  decorators: [
    (Story) => (
      <div lang="fr">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(
      canvas.getByRole('searchbox', { name: 'Rechercher une compétence' }),
      'securite',
    );
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        '1 compétence correspond à « securite ».',
      ),
    );
    await expect(canvasElement.querySelector('mark')).toHaveTextContent('sécurité');
    await userEvent.tab();
    await userEvent.keyboard('{End}{Enter}');
    const details = canvas.getByRole('region', { name: 'DG-4.2.3 Cybersécurité' });
    // The statements exist in English only, and say so.
    await expect(details.querySelector('.ck-framework-browser__statement')).toHaveAttribute(
      'lang',
      'en',
    );
    await expect(details).toHaveTextContent('Seuil de maîtrise');
    await expect(details).toHaveTextContent('Praticien');
  },
};

export const NarrowViewport: Story = {
  args: { defaultExpandedIds: ['dg-area-data'] },
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    await expect(focusedLabel(canvasElement)).toBe('DG-3.1 Data management');
    // One column: the details follow the tree instead of sitting beside it.
    const tree = canvas.getByRole('tree').getBoundingClientRect();
    const details = canvas
      .getByRole('region', { name: 'DG-3.1 Data management' })
      .getBoundingClientRect();
    await expect(details.top).toBeGreaterThanOrEqual(tree.bottom);
    await expectNoSidewaysScroll(canvasElement);
  },
};

export const Zoom200: Story = {
  args: { defaultSelectedId: 'dg-data-management' },
  decorators: [zoom200Column],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('region', { name: 'DG-3.1 Data management' })).toBeVisible();
    await expectNoSidewaysScroll(canvasElement);
  },
};

export const GovukLook: Story = {
  decorators: [
    (Story) => (
      <div className="ck-theme-govuk">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, userEvent }) => {
    const root = canvasElement.querySelector('.ck-framework-browser');
    if (!(root instanceof HTMLElement)) throw new Error('No framework browser');
    await expect(getComputedStyle(root).fontFamily).toContain('GDS Transport');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('*');
    await expect(canvas.getAllByRole('treeitem', { expanded: true })).toHaveLength(6);
    // Typeahead: "d" finds "Data and intelligence", "dig" the first label that starts so.
    await userEvent.keyboard('dig');
    await expect(focusedLabel(canvasElement)).toBe('DG-5.2 Digital procurement');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('region', { name: 'DG-5.2 Digital procurement' })).toBeVisible();
  },
};
