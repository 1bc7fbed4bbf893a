import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { phillipsRoi, phillipsRoiInputFromModel } from './phillipsRoi.js';

describe('phillipsRoi: worked by hand', () => {
  // Hours saved 20 000 × isolation 0.5 × confidence 0.8 = 8 000; fewer errors 5 000 with its own
  // isolation 0.6 × 0.8 = 2 400; adjusted 10 400. Costs 4 000 + 2 500 + 1 500 = 8 000.
  // Net 2 400; ROI = 2 400 / 8 000 × 100 = 30 %; BCR = 10 400 / 8 000 = 1.3.
  const result = phillipsRoi({
    currency: 'EUR',
    benefits: [
      { description: 'Hours saved', amount: 20_000 },
      { description: 'Fewer errors', amount: 5_000, isolationFactor: 0.6 },
    ],
    costs: [
      { description: 'Design and delivery', amount: 4_000 },
      { description: "Participants' time", amount: 2_500 },
      { description: 'Evaluation', amount: 1_500 },
    ],
    isolationFactor: 0.5,
    confidence: 0.8,
    intangibles: ['Confidence with data'],
  });

  it('adjusts each benefit by isolation and confidence', () => {
    expect(result.benefits.map((line) => line.adjusted)).toEqual([8_000, 2_400]);
    expect(result.grossBenefits).toBe(25_000);
    expect(result.adjustedBenefits).toBeCloseTo(10_400, 10);
  });

  it('gives net benefits, ROI % and BCR on fully loaded costs, intangibles apart', () => {
    expect(result.costs).toBe(8_000);
    expect(result.netBenefits).toBeCloseTo(2_400, 10);
    expect(result.roiPercent).toBeCloseTo(30, 12);
    expect(result.benefitCostRatio).toBeCloseTo(1.3, 14);
    expect(result.intangibles).toEqual(['Confidence with data']);
    expect(result.restsOn).toMatchObject({ benefitLines: 2, costLines: 3 });
  });

  it('refuses costs of 0, shares outside [0, 1] and unknown keys', () => {
    const base = {
      currency: 'EUR',
      benefits: [],
      costs: [{ description: 'x', amount: 0 }],
      isolationFactor: 1,
    };
    expect(() => phillipsRoi(base)).toThrow(
      new CapkitScoringError('input.costs', 'must total more than 0 (fully loaded costs)'),
    );
    expect(() => phillipsRoi({ ...base, isolationFactor: 1.5 })).toThrow(/input\.isolationFactor/);
    expect(() => phillipsRoi({ ...base, costs: [{ description: 'x', amount: -1 }] })).toThrow(
      /input\.costs\[0\]\.amount/,
    );
    expect(() => phillipsRoi({ ...base, roi: 1 } as never)).toThrow(
      /input\.roi: is not a known key/,
    );
  });

  it('keeps ROI % = (BCR − 1) × 100 and never raises benefits by adjusting', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 5 }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (amounts, cost, isolationFactor, confidence) => {
          const roi = phillipsRoi({
            currency: 'EUR',
            benefits: amounts.map((amount, i) => ({ description: `b${i}`, amount })),
            costs: [{ description: 'all', amount: cost }],
            isolationFactor,
            confidence,
          });
          expect(roi.roiPercent).toBeCloseTo((roi.benefitCostRatio - 1) * 100, 6);
          expect(roi.adjustedBenefits).toBeLessThanOrEqual(roi.grossBenefits * (1 + 1e-12));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('phillipsRoiInputFromModel', () => {
  it("reads a model Evaluation's roi: 9 000 × 0.5 against 6 000 gives ROI −25 %", () => {
    const input = phillipsRoiInputFromModel({
      benefits: [{ description: { en: 'Hours saved' }, amount: { amount: 9000, currency: 'EUR' } }],
      costs: [{ description: { en: 'Course' }, amount: { amount: 6000, currency: 'EUR' } }],
      isolationFactor: 0.5,
      intangibles: [{ en: 'Confidence with data' }],
    });
    const roi = phillipsRoi(input);
    expect([roi.roiPercent, roi.benefitCostRatio]).toEqual([-25, 0.75]);
  });

  it('refuses lines in two currencies', () => {
    expect(() =>
      phillipsRoiInputFromModel({
        benefits: [{ description: { en: 'b' }, amount: { amount: 1, currency: 'USD' } }],
        costs: [{ description: { en: 'c' }, amount: { amount: 1, currency: 'EUR' } }],
        isolationFactor: 1,
        intangibles: [],
      }),
    ).toThrow(
      'roi.costs[0].amount.currency: is EUR, not USD like the first line: convert to one currency first',
    );
  });
});
