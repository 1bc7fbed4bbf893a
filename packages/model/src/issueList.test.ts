import { describe, expect, it } from 'vitest';
import { IssueList, maxIssuesOf } from './issueList.js';
import { validWorkspace } from './testWorkspace.js';
import {
  validateCompetency,
  validateCompetencyFramework,
  validateInstrument,
  validateProficiencyScale,
  validateResponse,
  validateWorkspace,
} from './validation.js';

// A workspace with `count` people whose ids are all broken: one shape issue each.
function workspaceWithBadPeople(count: number): unknown {
  const workspace = validWorkspace();
  return { ...workspace, people: Array.from({ length: count }, () => ({ id: ' bad id' })) };
}

describe('maxIssues', () => {
  it('lists 100 issues by default, then one that counts the rest', () => {
    const result = validateWorkspace(workspaceWithBadPeople(250));
    expect(result.success).toBe(false);
    if (result.success) return;
    // 250 broken ids: 100 listed, 150 summed up in the 101st issue.
    expect(result.issues).toHaveLength(101);
    expect(result.issues[99]?.path).toBe('people[99].id');
    expect(result.issues[100]).toEqual({
      path: '',
      code: 'validation.tooManyIssues',
      message:
        'and 150 more issues, not listed (at most 100 are reported; raise maxIssues to see more)',
      params: { count: 150, maxIssues: 100 },
    });
  });

  it('takes a smaller or a larger cap, or Infinity for every issue', () => {
    const input = workspaceWithBadPeople(250);
    const three = validateWorkspace(input, { maxIssues: 3 });
    expect(three.success ? [] : three.issues.map((issue) => issue.path)).toEqual([
      'people[0].id',
      'people[1].id',
      'people[2].id',
      '',
    ]);
    expect(three.success ? undefined : three.issues[3]?.params).toEqual({
      count: 247,
      maxIssues: 3,
    });
    const all = validateWorkspace(input, { maxIssues: Number.POSITIVE_INFINITY });
    expect(all.success ? 0 : all.issues.length).toBe(250);
    const exact = validateWorkspace(input, { maxIssues: 250 });
    expect(exact.success ? 0 : exact.issues.length).toBe(250);
  });

  it('caps the reference checks too', () => {
    const workspace = validWorkspace();
    const membership = workspace.memberships[0];
    if (membership === undefined) throw new Error('the fixture has memberships');
    workspace.memberships = Array.from({ length: 10 }, () => ({ ...membership, roleId: 'nope' }));
    const result = validateWorkspace(workspace, { maxIssues: 4 });
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'ref.unknown',
      'ref.unknown',
      'ref.unknown',
      'ref.unknown',
      'validation.tooManyIssues',
    ]);
  });

  it('is taken by every validate function', () => {
    const blank = { id: ' ', label: 7, levels: 'none' };
    for (const validate of [
      validateProficiencyScale,
      validateCompetency,
      validateInstrument,
      validateResponse,
      validateCompetencyFramework,
      validateWorkspace,
    ]) {
      const result = validate(blank, { maxIssues: 1 });
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.issues.length).toBeLessThanOrEqual(2);
      if (result.issues.length === 2)
        expect(result.issues[1]?.code).toBe('validation.tooManyIssues');
    }
  });

  it('refuses a cap that is not a whole number of at least 1', () => {
    for (const maxIssues of [0, -1, 2.5, Number.NaN]) {
      expect(() => validateWorkspace({}, { maxIssues })).toThrow(RangeError);
      expect(() => maxIssuesOf({ maxIssues })).toThrow(/maxIssues is/);
    }
  });
});

describe('IssueList', () => {
  it('counts what it does not list', () => {
    const list = new IssueList(2);
    for (let i = 0; i < 5; i += 1)
      list.add(['units', i], 'ref.unknown', { target: 'unit', id: 'x' });
    expect(list.count).toBe(5);
    expect(list.result().map((issue) => issue.path)).toEqual(['units[0]', 'units[1]', '']);
  });

  it('adds no summary when nothing was left out', () => {
    const list = new IssueList(2);
    list.add(['units', 0], 'ref.unknown', { target: 'unit', id: 'x' });
    list.add(['units', 1], 'ref.unknown', { target: 'unit', id: 'x' });
    expect(list.result().map((issue) => issue.code)).toEqual(['ref.unknown', 'ref.unknown']);
  });
});
