import {
  coreIssueSchema,
  functionalCapacitySchema,
  pointOfEntrySchema,
  type CapacityAssessment,
} from '@capkit/model';
import { undpRollUp } from '@capkit/scoring/undp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ministryAssessment,
  ministryRollUp,
  sampleAssessment,
  sampleRollUp,
} from '../../test/fixtures/CapacityAssessmentView.fixtures.js';
import {
  capacityFindings,
  crossSectionDetail,
  crossSectionViews,
  capacityGapSeverity,
  capacityQuestionGap,
  shareOfRange,
} from './capacityGaps.js';

describe('capacityGapSeverity (bands worked by hand on a 1–5 range: span 4, moderate 1, large 2)', () => {
  it('reads each band, its edges inclusive', () => {
    expect(capacityGapSeverity(undefined, 4)).toBe('unassessed');
    expect(capacityGapSeverity(null, 4)).toBe('unrated');
    expect(capacityGapSeverity(Number.NaN, 4)).toBe('unrated');
    expect(capacityGapSeverity(-1, 4)).toBe('none');
    expect(capacityGapSeverity(0, 4)).toBe('none');
    expect(capacityGapSeverity(0.5, 4)).toBe('small');
    expect(capacityGapSeverity(1, 4)).toBe('moderate');
    expect(capacityGapSeverity(1.99, 4)).toBe('moderate');
    expect(capacityGapSeverity(2, 4)).toBe('large');
    // 4.1 − 2.1 is 1.9999999999999996 in floating point: still "2 points", so large.
    expect(capacityGapSeverity(4.1 - 2.1, 4)).toBe('large');
  });

  it('takes other bands, as shares of the range', () => {
    // Range 0–10, large from 0.3 × 10 = 3, moderate from 0.1 × 10 = 1.
    expect(capacityGapSeverity(2.5, 10, { moderate: 0.1, large: 0.3 })).toBe('moderate');
    expect(capacityGapSeverity(3, 10, { moderate: 0.1, large: 0.3 })).toBe('large');
  });
});

describe('crossSectionViews (the ministry fixture, worked by hand in its comment)', () => {
  const views = crossSectionViews(ministryAssessment, ministryRollUp);

  it('lays out all twelve cross-sections, core issue by core issue', () => {
    expect(views.map((view) => view.key)).toEqual([
      'enablingEnvironment/institutionalArrangements',
      'organisation/institutionalArrangements',
      'individual/institutionalArrangements',
      'enablingEnvironment/leadership',
      'organisation/leadership',
      'individual/leadership',
      'enablingEnvironment/knowledge',
      'organisation/knowledge',
      'individual/knowledge',
      'enablingEnvironment/accountability',
      'organisation/accountability',
      'individual/accountability',
    ]);
  });

  it('reads the engine’s levels and words each gap', () => {
    const byKey = new Map(views.map((view) => [view.key, view]));
    expect(byKey.get('organisation/knowledge')).toMatchObject({
      levels: { n: 2, desired: 4.25, existing: 2.5, gap: 1.75 },
      severity: 'moderate',
      questions: 3,
    });
    expect(byKey.get('individual/accountability')?.severity).toBe('large');
    expect(byKey.get('enablingEnvironment/institutionalArrangements')?.severity).toBe('none');
    expect(byKey.get('organisation/leadership')).toMatchObject({
      levels: { desired: 4, existing: null, gap: null },
      severity: 'unrated',
    });
    expect(byKey.get('individual/knowledge')?.severity).toBe('small');
    expect(byKey.get('organisation/accountability')).toMatchObject({
      levels: undefined,
      severity: 'unassessed',
      questions: 0,
    });
  });

  it('finds where the largest gaps are, and the widest functional capacity', () => {
    const findings = capacityFindings(views, ministryRollUp);
    expect(findings.assessed).toBe(5);
    expect(findings.rated).toBe(4);
    expect(findings.large).toBe(1);
    expect(findings.largest.map((view) => view.key)).toEqual([
      'individual/accountability',
      'organisation/knowledge',
    ]);
    // Monitor and evaluate: gaps 3, 2 and 4 → 3.
    expect(findings.widestFunction).toEqual({ id: 'monitorAndEvaluate', gap: 3 });
  });
});

describe('crossSectionDetail', () => {
  it('drills a cross-section down to its functional capacities and questions', () => {
    const detail = crossSectionDetail(ministryAssessment, ministryRollUp, 'organisation/knowledge');
    expect(detail.assessed.map((capacity) => capacity.functionalCapacity)).toEqual([
      'budgetManageAndImplement',
      'monitorAndEvaluate',
    ]);
    expect(detail.assessed[1]).toMatchObject({
      levels: { n: 2, desired: 4.5, existing: 2, gap: 2.5 },
      severity: 'large',
    });
    expect(detail.assessed[1]?.questions.map((question) => question.id)).toEqual(['q1', 'q2']);
    expect(detail.unassessed).toEqual([
      'engageStakeholders',
      'assessAndEnvision',
      'formulatePolicyAndStrategy',
    ]);
  });

  it('has nothing to show for a cross-section without questions', () => {
    const detail = crossSectionDetail(
      ministryAssessment,
      ministryRollUp,
      'organisation/accountability',
    );
    expect(detail.assessed).toEqual([]);
    expect(detail.unassessed).toHaveLength(5);
  });

  it('gives a question’s own gap only when rated for both', () => {
    const [q1, , , , , q6] = ministryAssessment.questions;
    expect(q1 && capacityQuestionGap(q1)).toBe(3);
    expect(q6 && capacityQuestionGap(q6)).toBeNull();
  });

  it('places a rating on the range, within it', () => {
    expect(shareOfRange(3, { min: 1, max: 5 })).toBe(0.5);
    expect(shareOfRange(0, { min: 1, max: 5 })).toBe(0);
    expect(shareOfRange(9, { min: 1, max: 5 })).toBe(1);
  });

  it('reads the sample generator’s assessment: its twelve questions all placed', () => {
    const views = crossSectionViews(sampleAssessment, sampleRollUp);
    expect(views.reduce((sum, view) => sum + view.questions, 0)).toBe(12);
  });

  it('names every cross-section tied with the last of the largest gaps', () => {
    // Gaps 3, 2, 2, 1 in four cross-sections: the two largest are 3 and 2, and the other 2 ties.
    const cells = [
      ['organisation', 'knowledge', 5, 2],
      ['organisation', 'leadership', 4, 2],
      ['individual', 'knowledge', 5, 3],
      ['individual', 'leadership', 3, 2],
    ] as const;
    const assessment: CapacityAssessment = {
      ...ministryAssessment,
      questions: cells.map(([pointOfEntry, coreIssue, desired, existing], index) => ({
        id: `t${String(index)}`,
        cell: { pointOfEntry, coreIssue, functionalCapacity: 'monitorAndEvaluate' },
        question: { en: 'Tied?' },
        desired,
        existing,
      })),
    };
    const rollUp = undpRollUp(assessment);
    const { largest } = capacityFindings(crossSectionViews(assessment, rollUp), rollUp);
    expect(largest.map((view) => view.key)).toEqual([
      'organisation/knowledge',
      'organisation/leadership',
      'individual/knowledge',
    ]);
  });
});

const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 4 });
const assessmentArb = fc
  .array(
    fc.record({
      pointOfEntry: fc.constantFrom(...pointOfEntrySchema.options),
      coreIssue: fc.constantFrom(...coreIssueSchema.options),
      functionalCapacity: fc.constantFrom(...functionalCapacitySchema.options),
      desired: rating,
      existing: rating,
    }),
    { maxLength: 80 },
  )
  .map((rows): CapacityAssessment => ({
    ...ministryAssessment,
    questions: rows.map(({ desired, existing, ...cell }, index) => ({
      id: `q${String(index)}`,
      cell,
      question: { en: `Question ${String(index)}` },
      ...(desired === undefined ? {} : { desired }),
      ...(existing === undefined ? {} : { existing }),
    })),
  }));

describe('properties', () => {
  it('every question is in exactly one cross-section and one functional capacity of it', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const rollUp = undpRollUp(assessment);
        const views = crossSectionViews(assessment, rollUp);
        const drilled = views.flatMap((view) =>
          crossSectionDetail(assessment, rollUp, view.key).assessed.flatMap((capacity) =>
            capacity.questions.map((question) => question.id),
          ),
        );
        expect(drilled.sort()).toEqual(assessment.questions.map((q) => q.id).sort());
        expect(views.reduce((sum, view) => sum + view.questions, 0)).toBe(
          assessment.questions.length,
        );
      }),
    );
  });

  it('the largest gaps are the largest positive ones, and a larger gap never reads milder', () => {
    const order = ['none', 'small', 'moderate', 'large'];
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const rollUp = undpRollUp(assessment);
        const views = crossSectionViews(assessment, rollUp);
        const { largest } = capacityFindings(views, rollUp);
        const gaps = views.flatMap((view) =>
          typeof view.levels?.gap === 'number' ? [view.levels.gap] : [],
        );
        const positive = gaps.filter((gap) => gap > 1e-9).sort((a, b) => b - a);
        // The two largest, and every gap tied with the second.
        const cutoff = positive[1];
        const expected =
          cutoff === undefined ? positive : positive.filter((gap) => gap + 1e-9 >= cutoff);
        expect(largest.map((view) => view.levels?.gap)).toEqual(expected);
        const rated = views.filter((view) => typeof view.levels?.gap === 'number');
        for (const a of rated)
          for (const b of rated)
            if ((a.levels?.gap ?? 0) > (b.levels?.gap ?? 0))
              expect(order.indexOf(a.severity)).toBeGreaterThanOrEqual(order.indexOf(b.severity));
      }),
    );
  });
});
