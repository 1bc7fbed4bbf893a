import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { useState, type KeyboardEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { gridMove, gridMoveKeys, useRovingFocus, type GridPosition } from './rovingFocus.js';

const sizes = fc.record({
  rows: fc.integer({ min: 1, max: 40 }),
  columns: fc.integer({ min: 1, max: 40 }),
});
const grids = sizes.chain((size) =>
  fc.record({
    size: fc.constant(size),
    position: fc.record({
      row: fc.integer({ min: 0, max: size.rows - 1 }),
      column: fc.integer({ min: 0, max: size.columns - 1 }),
    }),
  }),
);
const modifiers = fc.record({ ctrlKey: fc.boolean(), metaKey: fc.boolean() });
const options = fc.record({
  rtl: fc.boolean(),
  pageRows: fc.integer({ min: 0, max: 25 }),
  homeEnd: fc.constantFrom('row' as const, 'column' as const),
});

describe('gridMove', () => {
  it('moves one cell per arrow key and leaves other keys alone', () => {
    const size = { rows: 3, columns: 4 };
    const from = { row: 1, column: 1 };
    expect(gridMove('ArrowRight', {}, from, size)).toEqual({ row: 1, column: 2 });
    expect(gridMove('ArrowLeft', {}, from, size)).toEqual({ row: 1, column: 0 });
    expect(gridMove('ArrowDown', {}, from, size)).toEqual({ row: 2, column: 1 });
    expect(gridMove('ArrowUp', {}, from, size)).toEqual({ row: 0, column: 1 });
    expect(gridMove('a', {}, from, size)).toBeUndefined();
    expect(gridMove('Enter', {}, from, size)).toBeUndefined();
    expect(gridMove('Tab', {}, from, size)).toBeUndefined();
  });

  it('stays at an edge instead of wrapping, and pages by the given number of rows', () => {
    const size = { rows: 25, columns: 3 };
    expect(gridMove('ArrowUp', {}, { row: 0, column: 2 }, size)).toEqual({ row: 0, column: 2 });
    expect(gridMove('ArrowRight', {}, { row: 4, column: 2 }, size)).toEqual({ row: 4, column: 2 });
    expect(gridMove('PageDown', {}, { row: 4, column: 1 }, size)).toEqual({ row: 14, column: 1 });
    expect(gridMove('PageDown', {}, { row: 20, column: 1 }, size)).toEqual({ row: 24, column: 1 });
    expect(gridMove('PageUp', {}, { row: 4, column: 1 }, size, { pageRows: 3 })).toEqual({
      row: 1,
      column: 1,
    });
    expect(gridMove('PageUp', {}, { row: 4, column: 1 }, size, { pageRows: 0 })).toBeUndefined();
  });

  it('goes to the row’s ends with Home and End, and to the grid’s corners with Ctrl or ⌘', () => {
    const size = { rows: 5, columns: 7 };
    const from = { row: 2, column: 3 };
    expect(gridMove('Home', {}, from, size)).toEqual({ row: 2, column: 0 });
    expect(gridMove('End', {}, from, size)).toEqual({ row: 2, column: 6 });
    expect(gridMove('Home', { ctrlKey: true }, from, size)).toEqual({ row: 0, column: 0 });
    expect(gridMove('End', { metaKey: true }, from, size)).toEqual({ row: 4, column: 6 });
    // A list read downwards: Home and End go to its top and bottom.
    expect(gridMove('Home', {}, from, size, { homeEnd: 'column' })).toEqual({ row: 0, column: 3 });
    expect(gridMove('End', {}, from, size, { homeEnd: 'column' })).toEqual({ row: 4, column: 3 });
  });

  it('never leaves the grid, whatever the key, modifiers and options', () => {
    fc.assert(
      fc.property(
        grids,
        fc.constantFrom(...gridMoveKeys),
        modifiers,
        options,
        ({ size, position }, key, mods, opts) => {
          const next = gridMove(key, mods, position, size, opts);
          if (next === undefined) return;
          expect(next.row).toBeGreaterThanOrEqual(0);
          expect(next.row).toBeLessThan(size.rows);
          expect(next.column).toBeGreaterThanOrEqual(0);
          expect(next.column).toBeLessThan(size.columns);
          expect(Number.isInteger(next.row) && Number.isInteger(next.column)).toBe(true);
        },
      ),
    );
  });

  it('reaches the edges with Home and End, from anywhere', () => {
    fc.assert(
      fc.property(grids, fc.boolean(), ({ size, position }, rtl) => {
        expect(gridMove('Home', {}, position, size, { rtl })?.column).toBe(0);
        expect(gridMove('End', {}, position, size, { rtl })?.column).toBe(size.columns - 1);
        expect(gridMove('Home', { ctrlKey: true }, position, size, { rtl })).toEqual({
          row: 0,
          column: 0,
        });
        expect(gridMove('End', { ctrlKey: true }, position, size, { rtl })).toEqual({
          row: size.rows - 1,
          column: size.columns - 1,
        });
        expect(gridMove('End', {}, position, size, { homeEnd: 'column' })?.row).toBe(size.rows - 1);
      }),
    );
  });

  it('mirrors Left and Right right to left, and nothing else', () => {
    fc.assert(
      fc.property(
        grids,
        fc.constantFrom(...gridMoveKeys),
        modifiers,
        ({ size, position }, key, mods) => {
          const mirrored: Record<string, string> = {
            ArrowLeft: 'ArrowRight',
            ArrowRight: 'ArrowLeft',
          };
          expect(gridMove(key, mods, position, size, { rtl: true })).toEqual(
            gridMove(mirrored[key] ?? key, mods, position, size, { rtl: false }),
          );
        },
      ),
    );
  });

  it('undoes a step with the opposite arrow, away from the edges', () => {
    fc.assert(
      fc.property(grids, fc.boolean(), ({ size, position }, rtl) => {
        const pairs = [
          ['ArrowLeft', 'ArrowRight'],
          ['ArrowUp', 'ArrowDown'],
        ] as const;
        for (const [there, back] of pairs) {
          const step = gridMove(there, {}, position, size, { rtl });
          if (step === undefined) throw new Error('an arrow is always a move');
          const moved = step.row !== position.row || step.column !== position.column;
          if (moved) expect(gridMove(back, {}, step, size, { rtl })).toEqual(position);
        }
      }),
    );
  });
});

/** Three buttons in a row with one tab stop, moved by the arrow keys. */
function Toolbar() {
  const { containerRef, focusTabStop } = useRovingFocus<HTMLDivElement>();
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const onKeyDown = (event: KeyboardEvent) => {
    const next = gridMove(event.key, event, active, { rows: 1, columns: 3 });
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    focusTabStop();
  };
  return (
    <div ref={containerRef} role="toolbar" aria-label="Tools" onKeyDown={onKeyDown}>
      {['One', 'Two', 'Three'].map((name, column) => (
        <button key={name} type="button" tabIndex={active.column === column ? 0 : -1}>
          {name}
        </button>
      ))}
    </div>
  );
}

describe('useRovingFocus', () => {
  it('moves DOM focus to the new tab stop after a keyboard move, and only then', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Toolbar />
        <button type="button">After</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'One' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Two' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Three' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    // A later render without a move leaves focus where the reader put it.
    act(() => {
      screen.getByRole('button', { name: 'After' }).focus();
    });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Three' })).toHaveFocus();
  });
});
