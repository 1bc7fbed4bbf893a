import { knowledgeStages, type KnowledgeItem } from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledgeItem, ministryItems } from '../../test/fixtures/KnowledgeCycleBoard.fixtures.js';
import {
  communitiesOf,
  competenciesOf,
  filterItems,
  groupByStage,
  knowledgeFindings,
  moveForKey,
  moveItem,
  reachedAt,
  replaceItem,
  stageAfter,
} from './knowledgeBoard.js';
import { moveStamp } from './knowledgeDates.js';

const at = '2026-12-02T09:00:00.000Z';

describe('groupByStage', () => {
  it('puts each item in its stage, in the order given', () => {
    const groups = groupByStage(ministryItems);
    expect(knowledgeStages.map((stage) => groups[stage].map((item) => item.id))).toEqual([
      ['k1', 'k2'],
      ['k3', 'k4', 'k5', 'k6'],
      ['k7', 'k8', 'k9'],
      ['k10'],
      ['k11', 'k12'],
    ]);
  });
});

describe('moveItem', () => {
  const consent = knowledgeItem('k4', 'Consent patterns', 'created', ['user-research']);

  it('moves forward one stage and appends the stamped history entry', () => {
    const moved = moveItem(consent, 'forward', at);
    expect(moved.stage).toBe('shared');
    expect(moved.history).toEqual([
      { stage: 'identified', at: '2026-01-15T09:00:00.000Z' },
      { stage: 'created', at: '2026-02-15T09:00:00.000Z' },
      { stage: 'shared', at },
    ]);
    expect(consent.stage).toBe('created');
    expect(consent.history).toHaveLength(2);
  });

  it('moves back one stage, appending rather than erasing history', () => {
    const moved = moveItem(consent, 'back', at);
    expect(moved.stage).toBe('identified');
    expect(moved.history.map((entry) => entry.stage)).toEqual([
      'identified',
      'created',
      'identified',
    ]);
    expect(reachedAt(moved)).toBe(at);
  });

  it('returns the item itself at either end of the cycle', () => {
    const first = knowledgeItem('a', 'A', 'identified', []);
    const last = knowledgeItem('b', 'B', 'utilised', []);
    expect(moveItem(first, 'back', at)).toBe(first);
    expect(moveItem(last, 'forward', at)).toBe(last);
    expect(stageAfter('identified', 'back')).toBeUndefined();
    expect(stageAfter('stored', 'forward')).toBe('utilised');
  });
});

describe('filters and findings', () => {
  it('filters by competency, by community and by "no community"', () => {
    const ids = (items: readonly KnowledgeItem[]) => items.map((item) => item.id);
    expect(
      ids(filterItems(ministryItems, { competencyId: 'accessibility', communityId: null })),
    ).toEqual(['k4', 'k6', 'k10']);
    expect(
      ids(filterItems(ministryItems, { competencyId: null, communityId: 'cop-data' })),
    ).toEqual(['k1', 'k3', 'k7', 'k11']);
    expect(
      ids(filterItems(ministryItems, { competencyId: 'procurement', communityId: '' })),
    ).toEqual(['k5', 'k9']);
  });

  it('lists the competencies and communities the items name, once each', () => {
    expect(competenciesOf(ministryItems)).toEqual([
      'data-literacy',
      'user-research',
      'accessibility',
      'procurement',
    ]);
    expect(communitiesOf(ministryItems)).toEqual(['cop-data', '', 'cop-design']);
  });

  it('counts what the summary says', () => {
    expect(knowledgeFindings(ministryItems)).toEqual({ total: 12, stuckAtCreated: 4, utilised: 2 });
  });

  it('mirrors the arrow keys right to left', () => {
    expect(moveForKey('ArrowRight', false)).toBe('forward');
    expect(moveForKey('ArrowLeft', false)).toBe('back');
    expect(moveForKey('ArrowLeft', true)).toBe('forward');
    expect(moveForKey('ArrowUp', false)).toBeUndefined();
  });
});

describe('move stamps', () => {
  it('stamps moves from the app’s asOf', () => {
    expect(moveStamp(at)).toBe(at);
    expect(Date.parse(moveStamp(new Date(at)))).toBe(Date.parse(at));
  });
});

const stageArbitrary = fc.constantFrom(...knowledgeStages);
const itemsArbitrary = fc
  .array(fc.tuple(stageArbitrary, fc.uniqueArray(fc.constantFrom('a', 'b', 'c'))), {
    maxLength: 30,
  })
  .map((rows) =>
    rows.map(([stage, competencies], index) =>
      knowledgeItem(`i${String(index)}`, `Item ${String(index)}`, stage, competencies),
    ),
  );

describe('properties', () => {
  it('a move forward then back (where both are possible) restores the stage', () => {
    fc.assert(
      fc.property(stageArbitrary, (stage) => {
        const item = knowledgeItem('x', 'X', stage, []);
        const there = moveItem(item, 'forward', at);
        if (there === item) return stage === 'utilised';
        const back = moveItem(there, 'back', at);
        return back.stage === stage && back.history.length === item.history.length + 2;
      }),
    );
  });

  it('never loses or duplicates an item across columns, whatever moves are made', () => {
    fc.assert(
      fc.property(
        itemsArbitrary,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('forward' as const, 'back' as const))),
        (start, moves) => {
          let items: readonly KnowledgeItem[] = start;
          for (const [pick, move] of moves) {
            const item = items[pick % Math.max(items.length, 1)];
            if (item !== undefined) items = replaceItem(items, moveItem(item, move, at));
          }
          const groups = groupByStage(items);
          const placed = knowledgeStages.flatMap((stage) => groups[stage].map((item) => item.id));
          expect(placed.toSorted()).toEqual(start.map((item) => item.id).toSorted());
          for (const stage of knowledgeStages) {
            expect(groups[stage].every((item) => item.stage === stage)).toBe(true);
          }
        },
      ),
    );
  });
});
