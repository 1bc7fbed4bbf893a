import type { CapacityAssessment, CapacityQuestion } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import { undpKey, undpRollUp } from './undpRollUp.js';

const question = (
  id: string,
  functionalCapacity: CapacityQuestion['cell']['functionalCapacity'],
  desired: number | undefined,
  existing: number | undefined,
  coreIssue: CapacityQuestion['cell']['coreIssue'] = 'knowledge',
): CapacityQuestion => ({
  id,
  cell: { pointOfEntry: 'organisation', coreIssue, functionalCapacity },
  question: { en: id },
  ...(desired === undefined ? {} : { desired }),
  ...(existing === undefined ? {} : { existing }),
});

const assessment: CapacityAssessment = {
  id: 'ca',
  round: 1,
  title: { en: 'Capacity assessment' },
  conductedOn: '2026-02-01',
  ratingRange: { min: 1, max: 5 },
  questions: [
    question('q1', 'monitorAndEvaluate', 5, 2),
    question('q2', 'monitorAndEvaluate', 4, 2),
    question('q3', 'monitorAndEvaluate', 3, undefined),
    question('q4', 'engageStakeholders', 4, 4),
    question('q5', 'engageStakeholders', 5, 1, 'leadership'),
  ],
};

describe('undpRollUp (worked by hand)', () => {
  const result = undpRollUp(assessment);

  it('averages questions into cells', () => {
    // Monitor and evaluate: desired (5+4+3)/3 = 4, existing (2+2)/2 = 2, gap over q1, q2: (3+2)/2 = 2.5.
    expect(result.cells.get(undpKey('organisation', 'knowledge', 'monitorAndEvaluate'))).toEqual({
      n: 3,
      desired: 4,
      existing: 2,
      gap: 2.5,
    });
  });

  it('averages cells, one vote each, into cross-sections', () => {
    // organisation/knowledge: cells M&E (4, 2, gap 2.5) and engage (4, 4, gap 0) → 4, 3, gap 1.25.
    expect(result.crossSections.get(undpKey('organisation', 'knowledge'))).toEqual({
      n: 2,
      desired: 4,
      existing: 3,
      gap: 1.25,
    });
  });

  it('gives margins per functional capacity, core issue and point of entry', () => {
    // Engage stakeholders: q4 (4, 4) and q5 (5, 1): desired 4.5, existing 2.5, gap (0 + 4)/2 = 2.
    expect(result.byFunctionalCapacity.get('engageStakeholders')).toEqual({
      n: 2,
      desired: 4.5,
      existing: 2.5,
      gap: 2,
    });
    expect(result.byCoreIssue.get('leadership')).toEqual({ n: 1, desired: 5, existing: 1, gap: 4 });
    // Organisation: desired (5+4+3+4+5)/5 = 4.2; existing (2+2+4+1)/4 = 2.25; gap (3+2+0+4)/4 = 2.25.
    expect(result.byPointOfEntry.get('organisation')).toEqual({
      n: 5,
      desired: 4.2,
      existing: 2.25,
      gap: 2.25,
    });
  });
});
