import { describe, expect, it } from 'vitest';
import { generateSampleWorkspace } from './sample/generateSampleWorkspace.js';
import { sampleResponseChunks } from './sample/sampleResponseChunks.js';
import { validWorkspace } from './testWorkspace.js';
import { validateWorkspace } from './validation.js';
import { responseChecker } from './workspaceReferences.js';

describe('responseChecker', () => {
  it('finds nothing wrong in a sample ministry’s responses streamed in chunks', () => {
    const workspace = generateSampleWorkspace({ people: 300, seed: 4, responses: false });
    const check = responseChecker(workspace);
    let offset = 0;
    const issues = [];
    for (const chunk of sampleResponseChunks({ people: 300, seed: 4, chunkSize: 64 })) {
      issues.push(...check(chunk, offset));
      offset += chunk.length;
    }
    expect(offset).toBeGreaterThan(64);
    expect(issues).toEqual([]);
  });

  it('reports, chunk by chunk, exactly what validateWorkspace reports on all responses', () => {
    const workspace = validWorkspace();
    const [first, second] = workspace.responses;
    if (first === undefined || second === undefined) throw new Error('fixture has two responses');
    // Break references in three responses spread over two chunks, and repeat an id across them.
    workspace.responses.push(
      { ...structuredClone(first), id: 'r3', respondentId: 'ghost' },
      { ...structuredClone(second), id: 'r4', campaignId: 'nope' },
      { ...structuredClone(second), id: 'r1' },
    );
    const whole = validateWorkspace(workspace);
    expect(whole.success).toBe(false);
    if (whole.success) return;

    const check = responseChecker(workspace);
    const chunked = [
      ...check(workspace.responses.slice(0, 3), 0),
      ...check(workspace.responses.slice(3), 3),
    ];
    expect(chunked).toEqual(whole.issues);
    expect(chunked.map((issue) => issue.path)).toEqual([
      'responses[2].respondentId',
      'responses[3].campaignId',
      'responses[4].id',
    ]);
  });

  it('locates a response whose shape is wrong by its place in the whole stream', () => {
    const workspace = validWorkspace();
    const check = responseChecker(workspace);
    check(workspace.responses, 0);
    const issues = check([{ ...workspace.responses[0], id: 'r9', status: 'sent' }], 2);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'responses[2].status', code: 'invalid_value' },
    ]);
  });

  it('names the first use of an id repeated across chunks', () => {
    const workspace = validWorkspace();
    const check = responseChecker(workspace);
    check(workspace.responses, 0);
    const repeated = { ...structuredClone(workspace.responses[1]), id: 'r1', status: 'draft' };
    delete (repeated as { submittedAt?: string }).submittedAt;
    const issues = check([repeated], 2);
    expect(issues.map(({ path, params }) => ({ path, params }))).toEqual([
      {
        path: 'responses[2].id',
        params: { id: 'r1', collection: 'responses', firstPath: 'responses[0].id' },
      },
    ]);
  });

  it('lists at most maxIssues issues per chunk, then counts the rest', () => {
    const workspace = validWorkspace();
    const check = responseChecker(workspace, { maxIssues: 2 });
    const broken = Array.from({ length: 5 }, (_, i) => ({
      ...workspace.responses[0],
      id: `x${i}`,
      status: 'sent',
    }));
    const issues = check(broken, 0);
    expect(issues.map((issue) => issue.code)).toEqual([
      'invalid_value',
      'invalid_value',
      'validation.tooManyIssues',
    ]);
    expect(issues[2]?.params).toEqual({ count: 3, maxIssues: 2 });
  });
});
