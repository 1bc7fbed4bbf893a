import type { Competency, FrameworkArea } from '@capkit/model';
import { digitalGovernmentFramework } from '@capkit/model/reference';
import { describe, expect, it } from 'vitest';
import {
  ancestorAreaIds,
  areaKey,
  buildFrameworkTree,
  competencyKey,
  filterFrameworkTree,
  visibleNodes,
  type FrameworkTreeNode,
} from './frameworkTree.js';

function outline(nodes: readonly FrameworkTreeNode[]): unknown[] {
  return nodes.map((node) =>
    node.kind === 'area' ? [node.code, outline(node.children)] : node.code,
  );
}

function competency(id: string, areaId?: string): Competency {
  return {
    id,
    code: id.toUpperCase(),
    label: { en: `Competency ${id}` },
    statement: { en: `Does ${id}.` },
    scaleId: 'scale',
    ...(areaId === undefined ? {} : { areaId }),
  };
}

function area(id: string, parentId?: string): FrameworkArea {
  return {
    id,
    code: id.toUpperCase(),
    label: { en: `Area ${id}` },
    ...(parentId === undefined ? {} : { parentId }),
  };
}

describe('buildFrameworkTree', () => {
  const tree = buildFrameworkTree(digitalGovernmentFramework, ['en']);

  it('nests the reference framework’s areas and competencies in the framework’s order', () => {
    expect(tree.competencyCount).toBe(38);
    expect(tree.roots.map((node) => node.code)).toEqual([
      'DG-1',
      'DG-2',
      'DG-3',
      'DG-4',
      'DG-5',
      'DG-6',
    ]);
    expect(outline(tree.roots.slice(0, 1))).toEqual([
      [
        'DG-1',
        [
          ['DG-1.1', ['DG-1.1.1', 'DG-1.1.2', 'DG-1.1.3', 'DG-1.1.4', 'DG-1.1.5']],
          ['DG-1.2', ['DG-1.2.1', 'DG-1.2.2', 'DG-1.2.3', 'DG-1.2.4', 'DG-1.2.5']],
        ],
      ],
    ]);
    expect(tree.nodes.size).toBe(10 + 38);
  });

  it('records levels and parents', () => {
    const identity = tree.nodes.get(competencyKey('dg-identity'));
    expect(identity).toMatchObject({ level: 3, parentId: 'dg-area-foundational-blocks' });
    expect(tree.nodes.get(areaKey('dg-area-foundational-blocks'))).toMatchObject({
      level: 2,
      parentId: 'dg-area-infrastructure',
    });
    expect(ancestorAreaIds(tree, competencyKey('dg-identity'))).toEqual([
      'dg-area-foundational-blocks',
      'dg-area-infrastructure',
    ]);
  });

  it('resolves labels in the reader’s language, and says when it had to fall back', () => {
    const french = buildFrameworkTree(digitalGovernmentFramework, ['fr-CA']);
    const node = french.nodes.get(competencyKey('dg-identity'));
    expect(node?.label).toEqual({ text: 'Identité numérique', lang: 'fr' });
    // Statements are in English only.
    expect(node?.kind === 'competency' && node.statement.lang).toBe('en');
  });

  it('puts competencies without a known area and areas without a known parent at the top', () => {
    const lenient = buildFrameworkTree(
      {
        areas: [area('a'), area('b', 'missing')],
        competencies: [competency('x', 'a'), competency('y'), competency('z', 'missing')],
      },
      ['en'],
    );
    expect(outline(lenient.roots)).toEqual([['A', ['X']], ['B', []], 'Y', 'Z']);
  });

  it('lists sub-areas before an area’s own competencies', () => {
    const mixed = buildFrameworkTree(
      { areas: [area('a'), area('a1', 'a')], competencies: [competency('x', 'a')] },
      ['en'],
    );
    expect(outline(mixed.roots)).toEqual([['A', [['A1', []], 'X']]]);
  });

  it('breaks parentId cycles instead of looping', () => {
    const cyclic = buildFrameworkTree(
      {
        areas: [area('a', 'b'), area('b', 'a'), area('self', 'self')],
        competencies: [competency('x', 'b')],
      },
      ['en'],
    );
    expect(outline(cyclic.roots)).toEqual([
      ['A', [['B', ['X']]]],
      ['SELF', []],
    ]);
  });

  it('tells an area and a competency with the same id apart', () => {
    const shared = buildFrameworkTree(
      { areas: [area('same')], competencies: [competency('same', 'same')] },
      ['en'],
    );
    expect(shared.nodes.get(areaKey('same'))?.kind).toBe('area');
    expect(shared.nodes.get(competencyKey('same'))?.kind).toBe('competency');
  });
});

describe('filterFrameworkTree', () => {
  const tree = buildFrameworkTree(digitalGovernmentFramework, ['en']);

  it('keeps the whole tree for an empty query', () => {
    const view = filterFrameworkTree(tree, '  ');
    expect(view.roots).toBe(tree.roots);
    expect(view.query).toBe('');
    expect(view.matchCount).toBe(0);
  });

  it('keeps matching competencies and the areas that hold them, opened', () => {
    const view = filterFrameworkTree(tree, 'privacy');
    // "privacy" is in DG-3.5's label and in DG-1.1.1's statement.
    expect(outline(view.roots)).toEqual([
      ['DG-1', [['DG-1.1', ['DG-1.1.1']]]],
      ['DG-3', ['DG-3.5']],
    ]);
    expect(view.matchCount).toBe(2);
    expect([...view.openAreaIds].sort()).toEqual([
      'dg-area-data',
      'dg-area-foundational-blocks',
      'dg-area-infrastructure',
    ]);
    expect(view.matches.get('dg-data-protection')?.label).toEqual([{ start: 20, end: 27 }]);
    expect(view.matches.get('dg-identity')).toMatchObject({ code: [], label: [] });
  });

  it('matches codes, ignoring case', () => {
    const view = filterFrameworkTree(tree, 'dg-4.2');
    expect(outline(view.roots)).toEqual([
      ['DG-4', [['DG-4.2', ['DG-4.2.1', 'DG-4.2.2', 'DG-4.2.3', 'DG-4.2.4']]]],
    ]);
  });

  it('does not match areas by their own label', () => {
    // "Leadership and knowledge" is an area; only its competencies that say "leadership" count.
    const view = filterFrameworkTree(tree, 'leadership');
    expect(view.matchCount).toBe(1);
    expect(outline(view.roots)).toEqual([['DG-6', ['DG-6.1']]]);
  });

  it('ignores accents in French labels', () => {
    const french = buildFrameworkTree(digitalGovernmentFramework, ['fr']);
    const view = filterFrameworkTree(french, 'securite');
    expect(outline(view.roots)).toEqual([['DG-4', [['DG-4.2', ['DG-4.2.3']]]]]);
    expect(view.query).toBe('securite');
  });

  it('finds nothing for a word in no competency', () => {
    const view = filterFrameworkTree(tree, 'zzz');
    expect(view.roots).toEqual([]);
    expect(view.matchCount).toBe(0);
  });
});

describe('visibleNodes', () => {
  const tree = buildFrameworkTree(digitalGovernmentFramework, ['en']);

  it('lists the top level when every area is closed', () => {
    expect(visibleNodes(tree.roots, new Set()).map((node) => node.code)).toEqual([
      'DG-1',
      'DG-2',
      'DG-3',
      'DG-4',
      'DG-5',
      'DG-6',
    ]);
  });

  it('descends only into open areas whose ancestors are open', () => {
    const open = new Set([
      'dg-area-infrastructure',
      'dg-area-service-blocks',
      'dg-area-operations',
    ]);
    expect(visibleNodes(tree.roots, open).map((node) => node.code)).toEqual([
      'DG-1',
      'DG-1.1',
      'DG-1.2',
      'DG-1.2.1',
      'DG-1.2.2',
      'DG-1.2.3',
      'DG-1.2.4',
      'DG-1.2.5',
      'DG-2',
      'DG-3',
      'DG-4',
      'DG-5',
      'DG-6',
    ]);
  });
});
