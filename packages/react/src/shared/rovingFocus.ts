import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Keyboard navigation with one tab stop, as one unit for every widget that needs it (after
 * Radix's `roving-focus`): {@link gridMove} says where a key moves the tab stop, and
 * {@link useRovingFocus} moves DOM focus there once the widget has re-rendered. GapHeatmap's
 * grid and PriorityMatrix's points both use it.
 */

/** A cell of a grid: row and column, both counted from 0. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/** Size of a grid: how many rows and columns it has (each at least 1 to move at all). */
export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

/** The modifier keys that change a move: Ctrl (or ⌘ on a Mac) with Home/End goes to a corner. */
export interface MoveModifiers {
  readonly ctrlKey?: boolean | undefined;
  readonly metaKey?: boolean | undefined;
}

/** How keys map to moves. */
export interface GridMoveOptions {
  /**
   * Right to left: ArrowLeft moves to the next column and ArrowRight to the previous, so that
   * the arrows follow the picture when columns run from the right.
   * @default false
   */
  readonly rtl?: boolean | undefined;
  /**
   * Rows that Page Up and Page Down move by; 0 leaves those keys to the browser.
   * @default 10
   */
  readonly pageRows?: number | undefined;
  /**
   * What Home and End move along: `row` (a grid: to the first or last column of the row, with
   * Ctrl to the first or last cell of the grid) or `column` (a list read downwards: to the first
   * or last row, keeping the column).
   * @default 'row'
   */
  readonly homeEnd?: 'row' | 'column' | undefined;
}

/** The keys {@link gridMove} handles; any other key is left to the browser. */
export const gridMoveKeys: readonly string[] = [
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
];

function clamp(value: number, lowest: number, highest: number): number {
  return Math.min(Math.max(value, lowest), highest);
}

/**
 * Where `key` moves the tab stop from `position` in a grid of `size`, kept inside the grid;
 * `undefined` for a key that is not a move (the caller then leaves the event alone). A move
 * against an edge stays where it is (and still counts as handled, so the page does not scroll).
 */
export function gridMove(
  key: string,
  modifiers: MoveModifiers,
  position: GridPosition,
  size: GridSize,
  { rtl = false, pageRows = 10, homeEnd = 'row' }: GridMoveOptions = {},
): GridPosition | undefined {
  const lastRow = Math.max(0, size.rows - 1);
  const lastColumn = Math.max(0, size.columns - 1);
  const forward = rtl ? -1 : 1;
  const toCorner = modifiers.ctrlKey === true || modifiers.metaKey === true;
  let { row, column } = position;
  switch (key) {
    case 'ArrowRight':
      column += forward;
      break;
    case 'ArrowLeft':
      column -= forward;
      break;
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowUp':
      row -= 1;
      break;
    case 'PageDown':
      if (pageRows <= 0) return undefined;
      row += pageRows;
      break;
    case 'PageUp':
      if (pageRows <= 0) return undefined;
      row -= pageRows;
      break;
    case 'Home':
      if (homeEnd === 'column') row = 0;
      else {
        column = 0;
        if (toCorner) row = 0;
      }
      break;
    case 'End':
      if (homeEnd === 'column') row = lastRow;
      else {
        column = lastColumn;
        if (toCorner) row = lastRow;
      }
      break;
    default:
      return undefined;
  }
  return { row: clamp(row, 0, lastRow), column: clamp(column, 0, lastColumn) };
}

/** What {@link useRovingFocus} gives a widget. */
export interface RovingFocus<E extends Element> {
  /** Put on the element that holds every tab stop of the group (the grid, the listbox). */
  readonly containerRef: RefObject<E | null>;
  /**
   * Call in the same event as the state change that moves the tab stop: after that render, DOM
   * focus goes to the element in the container with `tabindex="0"`.
   */
  readonly focusTabStop: () => void;
}

/**
 * Moves DOM focus to a group's one tab stop (its element with `tabindex="0"`) after the render
 * that moved it. The request is state, not a flag, so it always causes that render (batched
 * with the widget's own update) and can never linger to steal focus later.
 */
export function useRovingFocus<E extends Element>(): RovingFocus<E> {
  const containerRef = useRef<E>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    containerRef.current?.querySelector<HTMLElement | SVGElement>('[tabindex="0"]')?.focus();
  }, [request]);
  const focusTabStop = useCallback(() => setRequest((count) => count + 1), []);
  return { containerRef, focusTabStop };
}
