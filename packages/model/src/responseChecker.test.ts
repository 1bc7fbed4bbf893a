import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateSampleWorkspace } from './sample/generateSampleWorkspace.js';
import { sampleResponseChunks } from './sample/sampleResponseChunks.js';
import type { AssessmentResponse } from './response.js';
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

  it('tells submissions apart by campaign, respondent, subject and perspective, across chunks', () => {
    const workspace = validWorkspace();
    const [campaign] = workspace.campaigns;
    const [self] = workspace.responses;
    if (campaign === undefined || self === undefined) throw new Error('fixture has a campaign');
    workspace.campaigns.push({ ...structuredClone(campaign), id: 'tna-2026b' });
    workspace.people.push({ id: 'p3' });
    const submission = (
      id: string,
      fields: Partial<Pick<AssessmentResponse, 'campaignId' | 'respondentId' | 'perspective'>> & {
        subjectId?: string;
      },
    ): AssessmentResponse => ({ ...structuredClone(self), id, ...fields });
    workspace.responses = [
      submission('s1', {}),
      submission('s2', { respondentId: 'p2', subjectId: 'p1', perspective: 'supervisor' }),
      submission('s3', { respondentId: 'p2', subjectId: 'p3', perspective: 'supervisor' }),
      submission('s4', { campaignId: 'tna-2026b' }),
      // A supervisor rating themselves and their own self-assessment: two submissions.
      submission('s5', { respondentId: 'p2', subjectId: 'p2', perspective: 'supervisor' }),
      submission('s6', { respondentId: 'p2' }),
      submission('s7', { respondentId: 'p2', subjectId: 'p1', perspective: 'supervisor' }),
      submission('s8', { campaignId: 'tna-2026b' }),
      submission('s9', { respondentId: 'p2', subjectId: 'p2' }),
    ];
    const whole = validateWorkspace(workspace);
    expect(whole.success).toBe(false);
    if (whole.success) return;
    const check = responseChecker(workspace);
    const chunked = [0, 3, 6].flatMap((start) =>
      check(workspace.responses.slice(start, start + 3), start),
    );
    expect(chunked).toEqual(whole.issues);
    // s9 is p2's self-assessment again (subjectId p2 is the respondent): a duplicate of s6.
    expect(chunked.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'responses[6].respondentId', code: 'response.duplicateSubmission' },
      { path: 'responses[7].respondentId', code: 'response.duplicateSubmission' },
      { path: 'responses[8].respondentId', code: 'response.duplicateSubmission' },
    ]);
  });

  it('keeps no chunk: what it retains grows by a few hundred bytes a response, not by the response', () => {
    // A full collection after each chunk would make this slow; one before and one after is
    // enough. Typed arrays' contents are outside the JS heap, so both are counted.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const retained = () => {
      collect();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return heapUsed + arrayBuffers;
    };
    const people = 20_000;
    const workspace = generateSampleWorkspace({ people, seed: 5, responses: false });
    // Warm up first, so that compiled code and zod's caches are not counted as retained.
    const warm = responseChecker(workspace);
    for (const chunk of sampleResponseChunks({ people: 500, seed: 5, chunkSize: 250 })) warm(chunk);
    const check = responseChecker(workspace);
    const before = retained();
    let responses = 0;
    let answers = 0;
    for (const chunk of sampleResponseChunks({ people, seed: 5, chunkSize: 1_000 })) {
      expect(check(chunk, responses)).toEqual([]);
      responses += chunk.length;
      for (const response of chunk) answers += response.answers.length;
    }
    const perResponse = (retained() - before) / responses;
    // Each response is ~38 answers (about 4 kB as objects); its id and submission key as bytes
    // are ~50 bytes plus the tables' ~60 bytes and slack. Keeping the chunks would cost ~4 kB.
    expect(answers / responses).toBeGreaterThan(30);
    expect(perResponse).toBeLessThan(1_000);
    // Still in use, so the checker's tables are alive when measured.
    expect(check([], responses)).toEqual([]);
  });
});
