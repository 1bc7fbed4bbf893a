import { digitalGovernmentFramework } from '@capkit/model/reference';
import { describe, expect, it } from 'vitest';
import { buildFrameworkTree, visibleNodes } from './frameworkTree.js';
import { foldSearchQuery } from './searchText.js';
import { findTypeaheadMatch } from './typeahead.js';

describe('findTypeaheadMatch', () => {
  const tree = buildFrameworkTree(digitalGovernmentFramework, ['fr']);
  const rows = visibleNodes(tree.roots, new Set(['dg-area-data']));
  const codes = rows.map((node) => node.code);
  const find = (from: number, typed: string) => {
    const index = findTypeaheadMatch(rows, from, foldSearchQuery(typed));
    return index === undefined ? undefined : rows[index]?.label.text;
  };

  it('finds the next node whose label starts with the typed text, ignoring accents', () => {
    expect(codes.slice(0, 4)).toEqual(['DG-1', 'DG-2', 'DG-3', 'DG-3.1']);
    expect(find(0, 'd')).toBe('Données et intelligence');
    expect(find(1, 'i')).toBe('Information géospatiale');
    expect(find(1, 'ana')).toBe('Analyse de données');
  });

  it('starts at the given index and wraps round to the top', () => {
    expect(find(0, 'i')).toBe('Infrastructure publique numérique');
    expect(find(rows.length - 1, 'i')).toBe('Infrastructure publique numérique');
    expect(find(4, 'd')).toBe('Données et intelligence');
  });

  it('matches codes too', () => {
    expect(find(0, 'dg-5')).toBe('Politiques publiques, achats et gouvernance');
  });

  it('finds nothing when no label or code starts with the text', () => {
    expect(find(0, 'xyz')).toBeUndefined();
  });
});
