import { phillipsRoi } from '@capkit/scoring/evaluation';
import { describe, expect, it } from 'vitest';
import { roiLoss, roiResult } from '../../test/fixtures/EvaluationSummary.fixtures.js';
import { roiSentence } from './EvaluationSections.js';
import { evaluationText } from './evaluationText.js';
import { defaultEvaluationSummaryMessages } from './messages.js';
import { roiWords } from './roiWords.js';

const en = evaluationText('en', defaultEvaluationSummaryMessages);

describe('roiWords', () => {
  it('works a gain by hand: 100,000 × 0.5 × 0.8 = 40,000 on 25,000 of costs', () => {
    expect(roiWords(roiResult)).toEqual({
      outcome: 'gain',
      currency: 'EUR',
      adjustedBenefits: 40_000,
      costs: 25_000,
      netBenefits: 15_000,
      roiShare: 0.6,
      benefitCostRatio: 1.6,
      keptShare: 0.4,
      intangibles: 1,
    });
  });

  it('works a loss by hand: 20,000 × 0.5 = 10,000 on 25,000', () => {
    const words = roiWords(roiLoss);
    expect(words.outcome).toBe('loss');
    expect(words.netBenefits).toBe(-15_000);
    expect(words.roiShare).toBe(-0.6);
    expect(words.benefitCostRatio).toBe(0.4);
  });

  it('breaks even when the adjusted benefits equal the costs', () => {
    const even = phillipsRoi({
      currency: 'GBP',
      benefits: [{ description: 'Time saved', amount: 30_000 }],
      costs: [{ description: 'Course', amount: 10_000 }],
      isolationFactor: 1 / 3,
    });
    expect(roiWords(even).outcome).toBe('breakEven');
    expect(roiSentence(even, en)).toBe(
      'The programme broke even after keeping 33% of the claimed benefits as the programme’s own: each £1.00 spent returned £1.00 (ROI 0%).',
    );
  });

  it('has no kept share without gross benefits', () => {
    const none = phillipsRoi({
      currency: 'EUR',
      benefits: [],
      costs: [{ description: 'Course', amount: 1_000 }],
      isolationFactor: 1,
    });
    expect(roiWords(none)).toMatchObject({ outcome: 'loss', keptShare: null, roiShare: -1 });
  });
});

describe('the ROI sentence', () => {
  it('says a gain with its conservatism', () => {
    expect(roiSentence(roiResult, en)).toBe(
      'Each €1.00 spent returned €1.60 after keeping 40% of the claimed benefits as the programme’s own: ' +
        'an ROI of 60%, a net benefit of €15,000 on costs of €25,000.',
    );
  });

  it('says a loss plainly', () => {
    expect(roiSentence(roiLoss, en)).toBe(
      'The programme returned less than it cost after keeping 50% of the claimed benefits as the programme’s own: ' +
        'each €1.00 spent returned €0.40, an ROI of -60% (a net loss of €15,000 on costs of €25,000).',
    );
  });

  it('formats money in the reader’s locale', () => {
    const fr = evaluationText('fr', defaultEvaluationSummaryMessages);
    expect(roiSentence(roiResult, fr)).toContain('1,60\u00a0€');
  });
});
