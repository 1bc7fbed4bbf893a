import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  membershipHeaders,
  membershipTargets,
  suggestMembershipMapping,
} from '../../test/fixtures/DataImport.fixtures.js';
import {
  applyChoices,
  choiceProblems,
  choicesOf,
  issuePage,
  shareRead,
  targetKey,
} from './importMapping.js';
import type { ImportIssue, ImportMappingShape } from './importTypes.js';

const suggested = suggestMembershipMapping(membershipHeaders);

describe('targetKey', () => {
  it('keys targets as interop does for "mapped twice"', () => {
    expect(targetKey({ kind: 'ignore' })).toBe('ignore');
    expect(targetKey({ kind: 'field', field: 'unitId' })).toBe('field:unitId');
    expect(targetKey({ kind: 'rating', itemId: 'q1', part: 'importance' })).toBe(
      'item:q1:importance',
    );
  });
});

describe('choicesOf', () => {
  it('reads which column the suggestion sends to each target (worked out by hand)', () => {
    expect(choicesOf(suggested, membershipTargets)).toEqual({
      'field:personId': 'staff_id',
      'field:unitId': 'unit',
      'field:roleId': null,
      'field:from': 'start_date',
      'field:to': 'end_date',
    });
  });
});

describe('choiceProblems', () => {
  it('finds a required field with no column, and a column chosen twice, in the targets’ order', () => {
    const choices = { ...choicesOf(suggested, membershipTargets), 'field:to': 'unit' };
    expect(choiceProblems(choices, membershipTargets)).toEqual([
      { kind: 'missing', key: 'field:roleId' },
      { kind: 'chosenTwice', key: 'field:to', header: 'unit' },
    ]);
  });

  it('lets an optional field go unmapped', () => {
    const choices = {
      ...choicesOf(suggested, membershipTargets),
      'field:roleId': 'role_code',
      'field:to': null,
    };
    expect(choiceProblems(choices, membershipTargets)).toEqual([]);
  });
});

describe('applyChoices', () => {
  it('sends chosen columns to their targets and ignores what was unchosen (by hand)', () => {
    const choices = {
      ...choicesOf(suggested, membershipTargets),
      'field:roleId': 'role_code',
      'field:to': null,
    };
    const applied = applyChoices(suggested, membershipTargets, choices);
    expect(applied.format).toBe('capkit.columnMapping');
    expect(applied.columns).toEqual([
      { header: 'staff_id', to: { kind: 'field', field: 'personId' } },
      { header: 'unit', to: { kind: 'field', field: 'unitId' } },
      { header: 'role_code', to: { kind: 'field', field: 'roleId' } },
      { header: 'start_date', to: { kind: 'field', field: 'from' } },
      { header: 'end_date', to: { kind: 'ignore' } },
      { header: 'notes', to: { kind: 'ignore' } },
    ]);
  });

  it('keeps a column whose target the widget does not list', () => {
    const mapping: ImportMappingShape = {
      columns: [{ header: 'q1', to: { kind: 'rating', itemId: 'q1', part: 'value' } }],
    };
    expect(applyChoices(mapping, membershipTargets, {}).columns).toEqual(mapping.columns);
  });

  it('keeps every header in order, fills each target from at most one column, and round-trips', () => {
    const header = fc.constantFrom<string | null>(null, ...membershipHeaders);
    fc.assert(
      fc.property(fc.array(header, { minLength: 5, maxLength: 5 }), (picked) => {
        const choices = Object.fromEntries(
          membershipTargets.map((target, index) => [targetKey(target.to), picked[index] ?? null]),
        );
        const applied = applyChoices(suggested, membershipTargets, choices);
        expect(applied.columns.map((column) => column.header)).toEqual([...membershipHeaders]);
        for (const target of membershipTargets) {
          const key = targetKey(target.to);
          const filling = applied.columns.filter((column) => targetKey(column.to) === key);
          expect(filling.length).toBeLessThanOrEqual(1);
        }
        // Without a column chosen twice, reading the applied mapping gives the choices back.
        if (!choiceProblems(choices, membershipTargets).some((p) => p.kind === 'chosenTwice'))
          expect(choicesOf(applied, membershipTargets)).toEqual(choices);
      }),
    );
  });
});

describe('issuePage', () => {
  const issues: ImportIssue[] = Array.from({ length: 120 }, (_, index) => ({
    row: index + 2,
    message: `problem ${String(index)}`,
  }));

  it('pages 120 problems by 50: 1–50, 51–100, 101–120 (by hand), clamping the page', () => {
    expect(issuePage(issues, 0, 50)).toMatchObject({ page: 0, pages: 3, from: 1, to: 50 });
    expect(issuePage(issues, 2, 50)).toMatchObject({ page: 2, pages: 3, from: 101, to: 120 });
    expect(issuePage(issues, 2, 50).issues[0]?.message).toBe('problem 100');
    expect(issuePage(issues, 9, 50).page).toBe(2);
    expect(issuePage(issues, -1, 50).page).toBe(0);
    expect(issuePage([], 0, 50)).toMatchObject({ pages: 1, from: 0, to: 0, issues: [] });
  });

  it('shows every problem exactly once over its pages', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.integer({ min: 1, max: 80 }), (length, size) => {
        const list = issues.concat(issues, issues).slice(0, length);
        const { pages } = issuePage(list, 0, size);
        const seen = Array.from({ length: pages }, (_, page) => issuePage(list, page, size).issues);
        expect(seen.flat()).toEqual(list);
      }),
    );
  });
});

describe('shareRead', () => {
  it('is the share of the bytes read, capped at 1, unknown for an empty or unknown size', () => {
    expect(shareRead(250, 1000)).toBe(0.25);
    expect(shareRead(1200, 1000)).toBe(1);
    expect(shareRead(10, 0)).toBeUndefined();
    expect(shareRead(10, Number.NaN)).toBeUndefined();
  });
});
