import type { Instrument } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import {
  applyAnswerChange,
  buildPages,
  displayRuleValue,
  isAnswered,
  pageIndexOf,
  questionNumbers,
  shownItemIds,
  shownPages,
  submittedAnswers,
  validateItems,
  type FormAnswers,
} from './formRules.js';
import {
  largeInstrument,
  sampleInstrument,
  selfAssessment,
} from '../../test/fixtures/AssessmentForm.fixtures.js';

function itemOf(instrument: Instrument, id: string) {
  const item = instrument.items.find((candidate) => candidate.id === id);
  if (item === undefined) throw new Error(`No item ${id}`);
  return item;
}

describe('buildPages', () => {
  it('makes one page per section, in section order, titled by the section', () => {
    const pages = buildPages(sampleInstrument, 10);
    expect(pages).toHaveLength(10);
    expect(pages.map((page) => page.items.length)).toEqual(Array.from({ length: 10 }, () => 4));
    expect(pages[0]?.id).toBe(sampleInstrument.sections?.[0]?.id);
    expect(pages[0]?.title).toEqual(sampleInstrument.sections?.[0]?.title);
  });

  it('cuts an instrument without sections into pages of itemsPerPage', () => {
    const pages = buildPages(largeInstrument(25), 10);
    expect(pages.map((page) => [page.id, page.items.length])).toEqual([
      ['page-1', 10],
      ['page-2', 10],
      ['page-3', 5],
    ]);
    expect(pages[0]?.title).toBeUndefined();
  });

  it('puts an item without a known section with the item before it, and drops empty sections', () => {
    const instrument: Instrument = {
      ...selfAssessment,
      sections: [
        { id: 'a', title: { en: 'A' } },
        { id: 'empty', title: { en: 'Empty' } },
        { id: 'b', title: { en: 'B' } },
      ],
      items: selfAssessment.items.map((item, index) =>
        index === 0 ? item : index === 2 ? { ...item, sectionId: 'b' } : item,
      ),
    };
    expect(buildPages(instrument, 10).map((page) => [page.id, page.items.length])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });
});

describe('display rules', () => {
  it('shows an item when the earlier answer lies in range, and hides it when not', () => {
    const rated = (value: number): FormAnswers => ({
      'case-system': { kind: 'rating', itemId: 'case-system', value },
    });
    expect(shownItemIds(selfAssessment, rated(2)).has('case-system-training')).toBe(true);
    expect(shownItemIds(selfAssessment, rated(3)).has('case-system-training')).toBe(false);
  });

  it('hides an item whose earlier item is unanswered, skipped or not applicable', () => {
    expect(shownItemIds(selfAssessment, {}).has('case-system-training')).toBe(false);
    expect(
      shownItemIds(selfAssessment, {
        'case-system': { kind: 'notApplicable', itemId: 'case-system' },
      }).has('case-system-training'),
    ).toBe(false);
  });

  it('reads the performance half of a whole importance–performance answer', () => {
    expect(
      displayRuleValue({
        kind: 'importancePerformance',
        itemId: 'x',
        importance: 5,
        performance: 2,
      }),
    ).toBe(2);
    expect(
      displayRuleValue({
        kind: 'importancePerformance',
        itemId: 'x',
        importance: null,
        performance: 2,
      }),
    ).toBeNull();
  });

  it('hides an item whose controlling item is itself hidden', () => {
    const instrument: Instrument = {
      ...selfAssessment,
      items: [
        ...selfAssessment.items,
        {
          id: 'follow-up',
          format: 'rating',
          prompt: { en: 'Follow-up' },
          target: { kind: 'competency', competencyId: 'case-work' },
          showIf: { itemId: 'case-system-training', atLeast: 1 },
        },
      ],
    };
    const answers: FormAnswers = {
      'case-system': { kind: 'rating', itemId: 'case-system', value: 4 },
      'case-system-training': { kind: 'rating', itemId: 'case-system-training', value: 3 },
    };
    expect(shownItemIds(instrument, answers).has('follow-up')).toBe(false);
  });
});

describe('applyAnswerChange', () => {
  const pairItem = itemOf(selfAssessment, 'complaints');
  const ratingItem = itemOf(selfAssessment, 'data-sharing');

  it('fills the halves of a pair one at a time, keeping the other', () => {
    const first = applyAnswerChange({}, pairItem, { kind: 'performance', value: 2 });
    expect(first['complaints']).toEqual({
      kind: 'importancePerformance',
      itemId: 'complaints',
      importance: null,
      performance: 2,
    });
    const second = applyAnswerChange(first, pairItem, { kind: 'importance', value: 4 });
    expect(second['complaints']).toMatchObject({ importance: 4, performance: 2 });
  });

  it('replaces a rating with not applicable, and takes that back to no answer', () => {
    const rated = applyAnswerChange({}, ratingItem, { kind: 'rating', value: 3 });
    const notApplicable = applyAnswerChange(rated, ratingItem, {
      kind: 'notApplicable',
      selected: true,
    });
    expect(notApplicable['data-sharing']).toEqual({
      kind: 'notApplicable',
      itemId: 'data-sharing',
    });
    const unticked = applyAnswerChange(notApplicable, ratingItem, {
      kind: 'notApplicable',
      selected: false,
    });
    expect(unticked).toEqual({});
  });

  it('returns the same object when nothing changes, so memoised questions can skip rendering', () => {
    const rated = applyAnswerChange({}, ratingItem, { kind: 'rating', value: 3 });
    expect(applyAnswerChange(rated, ratingItem, { kind: 'rating', value: 3 })).toBe(rated);
    expect(applyAnswerChange({}, ratingItem, { kind: 'clear' })).toEqual({});
    const other = applyAnswerChange(rated, pairItem, { kind: 'importance', value: 1 });
    expect(other['data-sharing']).toBe(rated['data-sharing']);
  });

  it('clears an answer', () => {
    const rated = applyAnswerChange({}, ratingItem, { kind: 'rating', value: 3 });
    expect(applyAnswerChange(rated, ratingItem, { kind: 'clear' })).toEqual({});
  });
});

describe('validateItems', () => {
  const items = selfAssessment.items.filter((item) => item.id !== 'case-system-training');

  it('accepts skipped questions unless answers are required', () => {
    expect(validateItems(items, {}, { requireAnswers: false })).toEqual([]);
    expect(validateItems(items, {}, { requireAnswers: true })).toEqual([
      { itemId: 'case-system', code: 'ratingRequired' },
      { itemId: 'data-sharing', code: 'ratingRequired' },
      { itemId: 'plain-english', code: 'ratingRequired' },
      { itemId: 'complaints', code: 'pairRequired' },
    ]);
  });

  it('always rejects half a pair, naming the missing half', () => {
    const onlyPerformance: FormAnswers = {
      complaints: {
        kind: 'importancePerformance',
        itemId: 'complaints',
        importance: null,
        performance: 3,
      },
    };
    expect(validateItems(items, onlyPerformance, { requireAnswers: false })).toEqual([
      { itemId: 'complaints', code: 'importanceRequired' },
    ]);
    const onlyImportance: FormAnswers = {
      complaints: {
        kind: 'importancePerformance',
        itemId: 'complaints',
        importance: 3,
        performance: null,
      },
    };
    expect(validateItems(items, onlyImportance, { requireAnswers: true })).toContainEqual({
      itemId: 'complaints',
      code: 'performanceRequired',
    });
  });

  it('counts not applicable as an answer', () => {
    const answers: FormAnswers = Object.fromEntries(
      items.map((item) => [item.id, { kind: 'notApplicable', itemId: item.id }]),
    );
    expect(validateItems(items, answers, { requireAnswers: true })).toEqual([]);
    expect(items.every((item) => isAnswered(answers[item.id]))).toBe(true);
  });
});

describe('submittedAnswers', () => {
  it('gives every shown item an answer in the model shape, null where skipped, none where hidden', () => {
    const answers: FormAnswers = {
      'case-system': { kind: 'rating', itemId: 'case-system', value: 4 },
      // Answered while shown, then hidden when case-system went up to 4.
      'case-system-training': { kind: 'rating', itemId: 'case-system-training', value: 2 },
      'plain-english': { kind: 'notApplicable', itemId: 'plain-english' },
    };
    expect(submittedAnswers(selfAssessment, answers)).toEqual([
      { kind: 'rating', itemId: 'case-system', value: 4 },
      { kind: 'rating', itemId: 'data-sharing', value: null },
      { kind: 'notApplicable', itemId: 'plain-english' },
      { kind: 'importancePerformance', itemId: 'complaints', importance: null, performance: null },
    ]);
  });
});

describe('pages shown and resuming', () => {
  it('skips pages whose items are all hidden, and resumes on the nearest earlier page', () => {
    const pages = buildPages(selfAssessment, 1);
    const visible = shownPages(pages, shownItemIds(selfAssessment, {}));
    expect(visible.map((page) => page.id)).toEqual(['page-1', 'page-3', 'page-4', 'page-5']);
    expect(pageIndexOf(pages, visible, 'page-4')).toBe(2);
    expect(pageIndexOf(pages, visible, 'page-2')).toBe(0);
    expect(pageIndexOf(pages, visible, 'no-such-page')).toBe(0);
    expect(pageIndexOf(pages, visible, undefined)).toBe(0);
  });
});

describe('questionNumbers', () => {
  it('numbers the shown items from 1 in instrument order, skipping hidden ones', () => {
    const shown = shownItemIds(selfAssessment, {});
    const numbers = questionNumbers(selfAssessment, shown);
    expect([...numbers.values()]).toEqual([1, 2, 3, 4]);
    // "How much would training help" waits for a low rating: hidden, so unnumbered.
    expect(numbers.size).toBe(selfAssessment.items.length - 1);
    for (const item of selfAssessment.items) expect(numbers.has(item.id)).toBe(shown.has(item.id));
  });
});
