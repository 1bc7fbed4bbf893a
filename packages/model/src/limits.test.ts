import { describe, expect, it } from 'vitest';
import { documentLimits } from './limits.js';
import { validWorkspace } from './testWorkspace.js';
import { validateInstrument, validateResponse, validateWorkspace } from './validation.js';

function issuesOf(result: ReturnType<typeof validateWorkspace>): { path: string; code: string }[] {
  return result.success ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('documentLimits', () => {
  it('states the limits the README documents', () => {
    expect(documentLimits).toEqual({
      collectionLength: 1_000_000,
      listLength: 10_000,
      instrumentItems: 1_000,
      languages: 100,
      textLength: 10_000,
      shortTextLength: 500,
      languageTagLength: 100,
      urlLength: 2048,
    });
  });

  it('answers a 5-million-element array with one issue, not 5 million', () => {
    const workspace = validWorkspace();
    // Five million broken people: one too_big issue at the list, found without a per-element report.
    const people = Array.from({ length: 5_000_000 }, () => 7);
    const started = performance.now();
    const result = validateWorkspace({ ...workspace, people });
    const elapsed = performance.now() - started;
    expect(issuesOf(result)).toEqual([{ path: 'people', code: 'too_big' }]);
    // Measured at about 30 ms; a per-element report of 5 million issues took seconds.
    expect(elapsed).toBeLessThan(5_000);
  });

  it('refuses more than 1000 items in an instrument, and more answers than that in a response', () => {
    const instrument = validWorkspace().instruments[0];
    const response = validWorkspace().responses[0];
    if (instrument === undefined || response === undefined) throw new Error('fixture');
    const item = instrument.items[1];
    if (item === undefined) throw new Error('fixture');
    const items = Array.from({ length: 1001 }, (_, i) => ({ ...item, id: `item-${i}` }));
    const tooMany = validateInstrument({ ...instrument, items });
    expect(tooMany.success ? [] : tooMany.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['items', 'too_big'],
    ]);
    const answers = Array.from({ length: 1001 }, (_, i) => ({
      kind: 'notApplicable',
      itemId: `item-${i}`,
    }));
    const tooManyAnswers = validateResponse({ ...response, answers });
    expect(tooManyAnswers.success ? [] : tooManyAnswers.issues.map((issue) => issue.path)).toEqual([
      'answers',
    ]);
  });

  it('refuses more than 10,000 entries in a nested list', () => {
    const workspace = validWorkspace();
    const stakeholder = workspace.stakeholders[0];
    const activity = stakeholder?.activities[0];
    if (stakeholder === undefined || activity === undefined) throw new Error('fixture');
    stakeholder.activities = Array.from({ length: 10_001 }, (_, i) => ({
      ...activity,
      id: `a${i}`,
    }));
    expect(issuesOf(validateWorkspace(workspace))).toEqual([
      { path: 'stakeholders[0].activities', code: 'too_big' },
    ]);
  });

  it('refuses text longer than 10,000 characters and labels longer than 500', () => {
    const workspace = validWorkspace();
    workspace.programme.name = { en: 'x'.repeat(10_001) };
    const framework = workspace.frameworks[0];
    if (framework === undefined) throw new Error('fixture');
    framework.version = '1'.repeat(501);
    expect(issuesOf(validateWorkspace(workspace))).toEqual([
      { path: 'programme.name.en', code: 'too_big' },
      { path: 'frameworks[0].version', code: 'too_big' },
    ]);
  });

  it('accepts text of exactly 10,000 characters', () => {
    const workspace = validWorkspace();
    workspace.programme.name = { en: 'x'.repeat(10_000) };
    expect(validateWorkspace(workspace).success).toBe(true);
  });

  it('refuses text in more than 100 languages', () => {
    const workspace = validWorkspace();
    // 101 distinct valid tags: English with private-use subtags, en-x-l0 … en-x-l100.
    workspace.programme.name = Object.fromEntries(
      Array.from({ length: 101 }, (_, i) => [`en-x-l${i}`, 'Name']),
    );
    expect(issuesOf(validateWorkspace(workspace))).toEqual([
      { path: 'programme.name', code: 'text.tooManyLanguages' },
    ]);
  });
});
