import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AssessmentForm } from './AssessmentForm.js';
import { largeInstrument } from '../../test/fixtures/AssessmentForm.fixtures.js';
import { memoryDraftStorage } from './draftStorage.js';
import type * as PairedQuestionModule from './PairedQuestion.js';
import type { QuestionProps } from './questionParts.js';
import type * as RatingQuestionModule from './RatingQuestion.js';

// Count the renders of each question by wrapping the two question bodies; the memo in Question.tsx
// and the props the form passes are the real ones.
const renders = vi.hoisted(() => new Map<string, number>());
function count(props: QuestionProps) {
  renders.set(props.item.id, (renders.get(props.item.id) ?? 0) + 1);
}
vi.mock('./RatingQuestion.js', async (importOriginal) => {
  const actual = await importOriginal<typeof RatingQuestionModule>();
  return {
    RatingQuestion: (props: QuestionProps) => {
      count(props);
      return actual.RatingQuestion(props);
    },
  };
});
vi.mock('./PairedQuestion.js', async (importOriginal) => {
  const actual = await importOriginal<typeof PairedQuestionModule>();
  return {
    PairedQuestion: (props: QuestionProps) => {
      count(props);
      return actual.PairedQuestion(props);
    },
  };
});

describe('Question', () => {
  beforeEach(() => renders.clear());

  it('re-renders only the question answered, among 120 on one page', async () => {
    const user = userEvent.setup();
    render(
      <AssessmentForm
        instrument={largeInstrument(120)}
        itemsPerPage={120}
        storage={memoryDraftStorage()}
        draftKey="large"
        autosaveDelay={0}
      />,
    );
    await screen.findByText('Page 1 of 1');
    expect(renders.size).toBe(120);
    renders.clear();
    const fifth = screen.getByRole('group', { name: /Question 5 Task 5/ });
    await user.click(within(fifth).getByRole('radio', { name: '3 Practitioner' }));
    // The "Draft saved" status and progress change too; no other question renders for them.
    await screen.findByText('Draft saved');
    expect([...renders.keys()]).toEqual(['item-5']);
  });
});
