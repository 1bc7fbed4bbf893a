import { describe, expect, it } from 'vitest';
import type { AssessmentResponse } from '../response.js';
import { validateResponse } from '../validation.js';
import { generateSampleWorkspace } from './generateSampleWorkspace.js';
import { sampleResponseChunks } from './sampleResponseChunks.js';

describe('sampleResponseChunks', () => {
  it('yields, concatenated, exactly the responses of the workspace', () => {
    const { responses } = generateSampleWorkspace({ people: 500, seed: 9 });
    const chunks = [...sampleResponseChunks({ people: 500, seed: 9, chunkSize: 100 })];
    expect(chunks.flat()).toEqual(responses);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length === 100)).toBe(true);
    expect(chunks.at(-1)?.length).toBeGreaterThan(0);
    expect(chunks.at(-1)?.length).toBeLessThanOrEqual(100);
  });

  it('gives the same responses whatever the chunk size, down to one', () => {
    const whole = [...sampleResponseChunks({ people: 60 })].flat();
    expect([...sampleResponseChunks({ people: 60, chunkSize: 1 })].flat()).toEqual(whole);
    expect([...sampleResponseChunks({ people: 60, chunkSize: 7 })].flat()).toEqual(whole);
    expect(whole).toEqual(generateSampleWorkspace({ people: 60 }).responses);
  });

  it('refuses a chunk size out of range at once, not at the first chunk', () => {
    expect(() => sampleResponseChunks({ people: 10, chunkSize: 0 })).toThrow(RangeError);
    expect(() => sampleResponseChunks({ people: 0 })).toThrow(RangeError);
  });

  // A million people take about 15 s of CPU here (1.47 million responses, 56 million answers) and
  // about 20 s of wall time on this shared 2-core machine, too near the time budget for a unit
  // test; 200,000 people run the same code path in about 3 s (the timeout leaves room for a busy
  // machine).
  it(
    'streams 200,000 people’s responses in chunks of 10,000 without holding them all',
    { timeout: 30_000 },
    () => {
      const people = 200_000;
      let responses = 0;
      let drafts = 0;
      let selfRatings = 0;
      let answers = 0;
      let chunks = 0;
      let previousLastId = '';
      const checkShape = (response: AssessmentResponse | undefined) => {
        expect(validateResponse(response).success).toBe(true);
      };
      for (const chunk of sampleResponseChunks({ people })) {
        chunks += 1;
        expect(chunk.length).toBeLessThanOrEqual(10_000);
        checkShape(chunk[0]);
        checkShape(chunk.at(-1));
        expect(chunk[0]?.id).not.toBe(previousLastId);
        previousLastId = chunk.at(-1)?.id ?? '';
        for (const response of chunk) {
          responses += 1;
          answers += response.answers.length;
          if (response.status === 'draft') drafts += 1;
          if (response.perspective === 'self') selfRatings += 1;
        }
      }
      expect(chunks).toBe(Math.ceil(responses / 10_000));
      expect(selfRatings).toBeLessThanOrEqual(people);
      expect(responses / people).toBeGreaterThan(1.3);
      expect(responses / people).toBeLessThan(1.7);
      expect(drafts / responses).toBeGreaterThan(0.09);
      expect(drafts / responses).toBeLessThan(0.11);
      expect(answers / responses).toBeGreaterThan(35);
      expect(answers / responses).toBeLessThan(40);
    },
  );
});
