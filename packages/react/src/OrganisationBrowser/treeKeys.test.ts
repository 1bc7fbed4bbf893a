import { describe, expect, it } from 'vitest';
import { orgUnits } from '../../test/fixtures/OrganisationBrowser.fixtures.js';
import { buildOrgTree, visibleUnits } from './orgTree.js';
import { treeKeyAction } from './treeKeys.js';

const tree = buildOrgTree(orgUnits, [], ['en']);
const openIds = new Set(['u-min', 'u-tax']);
// Ministry, Tax, Data team, Opérations team, Audit.
const rows = visibleUnits(tree.roots, openIds);
const act = (key: string, index: number, rtl = false) => {
  const action = treeKeyAction(key, rtl, tree, rows, index, openIds);
  if (action === undefined) return 'left to the browser';
  if (action.kind === 'focus') return `focus ${action.node?.id ?? 'nothing'}`;
  if (action.kind === 'open') return `${action.open ? 'open' : 'close'} ${action.ids.join(',')}`;
  if (action.kind === 'select') return `select ${action.node.id}`;
  return 'nothing';
};

describe('treeKeyAction', () => {
  it('moves through the visible rows', () => {
    expect(rows.map((row) => row.id)).toEqual([
      'u-min',
      'u-tax',
      'u-tax-data',
      'u-tax-ops',
      'u-audit',
    ]);
    expect(act('ArrowDown', 1)).toBe('focus u-tax-data');
    expect(act('ArrowUp', 1)).toBe('focus u-min');
    expect(act('End', 0)).toBe('focus u-audit');
    expect(act('Home', 4)).toBe('focus u-min');
    expect(act('ArrowDown', 4)).toBe('focus nothing');
  });

  it('opens, enters, closes and leaves units; mirrored in right-to-left text', () => {
    expect(act('ArrowRight', 1)).toBe('focus u-tax-data');
    expect(act('ArrowLeft', 1)).toBe('close u-tax');
    expect(act('ArrowLeft', 2)).toBe('focus u-tax');
    expect(act('ArrowRight', 2)).toBe('nothing');
    expect(act('ArrowLeft', 1, true)).toBe('focus u-tax-data');
    expect(act('ArrowRight', 1, true)).toBe('close u-tax');
  });

  it('selects with Enter and Space, opens siblings with *, finds by first letter', () => {
    expect(act('Enter', 3)).toBe('select u-tax-ops');
    expect(act(' ', 3)).toBe('select u-tax-ops');
    // The data team's siblings have no sub-units: nothing to open.
    expect(act('*', 2)).toBe('open ');
    expect(act('*', 1)).toBe('open u-tax');
    // "o" finds "Opérations" (accent-blind), then wraps round to it again.
    expect(act('o', 0)).toBe('focus u-tax-ops');
    expect(act('a', 0)).toBe('focus u-audit');
    expect(act('Tab', 0)).toBe('left to the browser');
  });
});
