import { describe, expect, it } from 'vitest';
import { formReducer, initialFormState } from './formReducer.js';

describe('formReducer', () => {
  it('starts restoring when there is a draft to read, and resumes on its page', () => {
    const restoring = initialFormState(true);
    expect(restoring.phase).toBe('restoring');
    const restored = formReducer(restoring, {
      type: 'restored',
      pageId: 'page-3',
      startedAt: '2026-02-02T09:00:00.000Z',
    });
    expect(restored).toMatchObject({
      phase: 'editing',
      pageId: 'page-3',
      startedAt: '2026-02-02T09:00:00.000Z',
    });
    expect(restored.focus).toBeUndefined();
  });

  it('asks for focus on the heading after navigating and on the summary when invalid', () => {
    const invalid = formReducer(initialFormState(false), {
      type: 'invalid',
      pageId: 'page-1',
      issues: [{ itemId: 'a', code: 'ratingRequired' }],
    });
    expect(invalid.focus?.target).toBe('errorSummary');
    const navigated = formReducer(invalid, {
      type: 'navigated',
      pageId: 'page-2',
      at: '2026-02-02T09:00:00.000Z',
    });
    expect(navigated).toMatchObject({ pageId: 'page-2', issues: [] });
    expect(navigated.focus).toEqual({ target: 'heading', serial: 2 });
    expect(navigated.startedAt).toBe('2026-02-02T09:00:00.000Z');
  });

  it('records the first answer time only once', () => {
    const first = formReducer(initialFormState(false), { type: 'answered', at: 'first' });
    expect(formReducer(first, { type: 'answered', at: 'second' })).toBe(first);
    expect(first.startedAt).toBe('first');
  });

  it('goes back to editing with a failure flag when submitting fails', () => {
    const submitting = formReducer(initialFormState(false), { type: 'submitting' });
    expect(submitting.phase).toBe('submitting');
    expect(formReducer(submitting, { type: 'submitFailed' })).toMatchObject({
      phase: 'editing',
      submitFailed: true,
    });
    expect(formReducer(submitting, { type: 'submitted' }).focus?.target).toBe('confirmation');
  });
});
