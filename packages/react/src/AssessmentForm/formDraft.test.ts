import { describe, expect, it } from 'vitest';
import { selfAssessment } from '../../test/fixtures/AssessmentForm.fixtures.js';
import { parseFormDraft } from './formDraft.js';

describe('parseFormDraft', () => {
  const draft = {
    version: 1,
    instrumentId: selfAssessment.id,
    pageId: 'page-1',
    startedAt: '2026-02-02T09:00:00.000Z',
    savedAt: '2026-02-02T09:05:00.000Z',
    answers: {
      'case-system': { kind: 'rating', itemId: 'case-system', value: 2 },
      'data-sharing': { kind: 'rating', itemId: 'data-sharing', value: 9 },
      complaints: { kind: 'rating', itemId: 'complaints', value: 2 },
      'gone-item': { kind: 'rating', itemId: 'gone-item', value: 2 },
    },
  };

  it('keeps the answers that still fit the instrument and drops the rest', () => {
    expect(parseFormDraft(draft, selfAssessment)?.answers).toEqual({
      'case-system': { kind: 'rating', itemId: 'case-system', value: 2 },
    });
  });

  it('ignores drafts of another instrument, of another version, or of no known shape', () => {
    expect(parseFormDraft({ ...draft, instrumentId: 'other' }, selfAssessment)).toBeUndefined();
    expect(parseFormDraft({ ...draft, version: 2 }, selfAssessment)).toBeUndefined();
    expect(parseFormDraft('draft', selfAssessment)).toBeUndefined();
    expect(parseFormDraft(undefined, selfAssessment)).toBeUndefined();
  });
});
