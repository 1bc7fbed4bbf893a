import type { Decorator } from '@storybook/react-vite';
import { expect } from 'storybook/test';

/**
 * WCAG 1.4.10 Reflow, as story parts every widget reuses: the widget rendered in a 320 CSS px
 * column (a phone, or 1280 px at 400% zoom), and at 200% zoom in a 1280 px window (a 640 px
 * column drawn twice as large). The play check: nothing in the column is wider than it, so the
 * page never scrolls sideways. A scroll region inside the widget that scrolls on its own is
 * allowed by WCAG for data tables; a widget opts in with `allowScrollRegions`.
 */
export function inColumn(width: number, zoom = 1): Decorator {
  // Not a hook: a decorator is a component; its markup is the column under test.
  function Column(Story: Parameters<Decorator>[0]) {
    return (
      <div data-testid="reflow-column" style={{ inlineSize: `${String(width)}px`, zoom }}>
        <Story />
      </div>
    );
  }
  return Column;
}

/** Decorator: a 320 CSS px column. */
export const narrowColumn = inColumn(320);

/** Decorator: 200% zoom in a 1280 px window. */
export const zoom200Column = inColumn(640, 2);

/**
 * Asserts that nothing inside the reflow column is wider than the column: no element makes the
 * page scroll sideways. Elements inside a `.ck-scroll` region scroll there and are skipped.
 */
export async function expectNoSidewaysScroll(canvasElement: HTMLElement): Promise<void> {
  const column = canvasElement.querySelector<HTMLElement>('[data-testid="reflow-column"]');
  await expect(column).not.toBeNull();
  if (column === null) return;
  const limit = column.getBoundingClientRect();
  const tolerance = 1;
  const overflowing: string[] = [];
  for (const element of column.querySelectorAll('*')) {
    if (element.closest('.ck-scroll') !== null && !element.classList.contains('ck-scroll'))
      continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.left < limit.left - tolerance || box.right > limit.right + tolerance) {
      const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.') ?? '';
      const name = `${element.tagName.toLowerCase()}${classes === '' ? '' : `.${classes}`}`;
      overflowing.push(`${name} (${box.left.toFixed(0)}–${box.right.toFixed(0)} px)`);
    }
  }
  await expect(
    overflowing.slice(0, 5),
    `wider than the ${limit.width.toFixed(0)} px column`,
  ).toEqual([]);
  await expect(column.scrollWidth).toBeLessThanOrEqual(column.clientWidth + tolerance);
}
