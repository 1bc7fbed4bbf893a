import { effectSizeLabel } from '@capkit/scoring/evaluation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  competencyChanges,
  groupChanges,
  treatedResult,
} from '../../test/fixtures/EvaluationSummary.fixtures.js';
import {
  changeSize,
  changeWords,
  cohen1988,
  intervalHoldsZero,
  readFigures,
} from './changeWords.js';
import { evaluationText } from './evaluationText.js';
import { defaultEvaluationSummaryMessages } from './messages.js';

const en = evaluationText('en', defaultEvaluationSummaryMessages);
const figures = { level: 0.95, n: 12 } as const;

describe('changeSize (Cohen 1988: 0.2 small, 0.5 medium, 0.8 large)', () => {
  it('states the thresholds with their source values', () => {
    expect(cohen1988).toEqual({ small: 0.2, medium: 0.5, large: 0.8 });
  });

  it('words each band, whatever the sign', () => {
    expect([0, 0.19, 0.2, 0.49, 0.5, 0.79, 0.8, 2.3, -0.85, -0.3].map(changeSize)).toEqual([
      'negligible',
      'negligible',
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'large',
      'large',
      'small',
    ]);
  });

  it('agrees with the engine’s effectSizeLabel for every d', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (d) => {
        expect(changeSize(d)).toBe(effectSizeLabel(d));
      }),
    );
  });
});

describe('readFigures and its words', () => {
  it('says the brief’s example plainly: a large improvement with its interval', () => {
    const words = readFigures({ ...figures, estimate: 0.6, lower: 0.4, upper: 0.8, d: 0.85 });
    expect(words).toEqual({
      reading: 'improvement',
      size: 'large',
      figures: { ...figures, estimate: 0.6, lower: 0.4, upper: 0.8, d: 0.85 },
    });
    expect(en.words(words, 'score')).toBe(
      'A large improvement: +0.60 levels, 95% CI 0.40 to 0.80.',
    );
  });

  it('says "no clear change" when the interval spans 0, and gives no size', () => {
    const words = readFigures({ ...figures, estimate: 0.1, lower: -0.2, upper: 0.4, d: 0.9 });
    expect(words.reading).toBe('noClearChange');
    expect(words.size).toBeNull();
    expect(en.words(words, 'score')).toBe(
      'No clear change: +0.10 levels, 95% CI -0.20 to 0.40 — the interval holds 0.',
    );
  });

  it('counts an interval ending exactly at 0 as holding it', () => {
    expect(readFigures({ ...figures, estimate: 0.3, lower: 0, upper: 0.6, d: 0.5 }).reading).toBe(
      'noClearChange',
    );
  });

  it('words a decline, a medium one, and one without spread (no d, so no size)', () => {
    const medium = readFigures({ ...figures, estimate: -0.3, lower: -0.5, upper: -0.1, d: -0.55 });
    expect(en.words(medium, 'score')).toBe(
      'A medium decline: -0.30 levels, 95% CI -0.50 to -0.10.',
    );
    const flat = readFigures({ ...figures, estimate: 1, lower: 1, upper: 1, d: null });
    expect(en.words(flat, 'score')).toBe('An improvement: +1.00 levels, 95% CI 1.00 to 1.00.');
  });

  it('words shares of a scale as percentages (Kirkpatrick learning)', () => {
    const words = readFigures({ ...figures, estimate: 0.25, lower: 0.1, upper: 0.4, d: 0.6 });
    expect(en.words(words, 'share')).toBe(
      'A medium improvement: +25% of the scale, 95% CI 10% to 40%.',
    );
  });

  it('is "no clear change" exactly when the interval holds 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.double({ min: -5, max: 5, noNaN: true })),
        (lower, width, at, d) => {
          const upper = lower + width;
          const estimate = lower + width * at;
          const words = readFigures({ ...figures, estimate, lower, upper, d });
          const sentence = en.words(words, 'score');
          const holdsZero = lower <= 0 && upper >= 0;
          expect(words.reading === 'noClearChange').toBe(holdsZero);
          expect(sentence.startsWith('No clear change')).toBe(holdsZero);
          expect(intervalHoldsZero(lower, upper)).toBe(holdsZero);
        },
      ),
    );
  });
});

describe('changeWords of engine results', () => {
  it('works the hand-made data literacy rounds as the engine does', () => {
    // Changes 1, 1, 0, 1, 1, 0, 1, 1: mean 0.75, SD √(1.5 / 7) = 0.463, SE 0.164,
    // t(0.975, 7) = 2.365, so the interval is 0.75 ± 0.387 = 0.363 to 1.137.
    const dataLiteracy = competencyChanges.find((row) => row.id === 'dataLiteracy');
    if (dataLiteracy === undefined) throw new Error('fixture missing');
    const words = changeWords(dataLiteracy.change);
    expect(words.reading).toBe('improvement');
    expect(words.figures?.estimate).toBe(0.75);
    expect(words.figures?.lower).toBeCloseTo(0.363, 3);
    expect(words.figures?.upper).toBeCloseTo(1.137, 3);
    expect(en.words(words, 'score')).toBe(
      'A large improvement: +0.75 levels, 95% CI 0.36 to 1.14.',
    );
  });

  it('agrees with the engine’s own conclusion for every fixture', () => {
    const reading = {
      improved: 'improvement',
      declined: 'decline',
      noClearChange: 'noClearChange',
      tooFewPeople: 'tooFewPeople',
    } as const;
    for (const row of [...competencyChanges, ...groupChanges]) {
      expect(changeWords(row.change).reading).toBe(reading[row.change.conclusion]);
    }
    const { differenceInDifferences } = treatedResult;
    expect(changeWords(differenceInDifferences).reading).toBe(
      reading[differenceInDifferences.conclusion],
    );
  });

  it('gives no figure for a withheld change, only why', () => {
    const withheld = competencyChanges.find((row) => row.id === 'digitalIdentity')?.change;
    if (withheld === undefined) throw new Error('fixture missing');
    expect(withheld.withheld).toBe('fewerThanK');
    const words = changeWords(withheld);
    expect(words).toEqual({
      reading: 'tooFewPeople',
      reason: 'fewerThanK',
      k: 5,
      figures: null,
      size: null,
    });
    expect(en.words(words, 'score')).toBe(
      'Too few people to conclude: a figure resting on fewer than 5 people is not published.',
    );
  });

  it('says why a group withheld to protect another is withheld', () => {
    const health = groupChanges.find((row) => row.id === 'health');
    if (health === undefined) throw new Error('fixture missing');
    const words = changeWords(health.change);
    expect(words.reading).toBe('tooFewPeople');
    expect(en.words(words, 'score')).toBe(
      'Too few people to conclude: withheld so that a group of fewer than 5 people cannot be worked out from the others.',
    );
  });
});
