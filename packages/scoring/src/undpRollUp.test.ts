import {
  coreIssueSchema,
  functionalCapacitySchema,
  pointOfEntrySchema,
  type CapacityAssessment,
  type CapacityQuestion,
} from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undpKey, undpRollUp, type CapacityLevels } from './undpRollUp.js';

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

// The roll-up as first written: group the questions (copying each group's array on every push,
// which made it quadratic), then average each group. Kept as the reference the linear pass must
// equal exactly, on every grouping.
function referenceRollUp(assessment: CapacityAssessment) {
  const mean = (values: readonly number[]) =>
    values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  const average = (questions: readonly CapacityQuestion[]): CapacityLevels => ({
    n: questions.length,
    desired: mean(questions.flatMap((q) => (q.desired === undefined ? [] : [q.desired]))),
    existing: mean(questions.flatMap((q) => (q.existing === undefined ? [] : [q.existing]))),
    gap: mean(
      questions.flatMap((q) =>
        q.desired === undefined || q.existing === undefined ? [] : [q.desired - q.existing],
      ),
    ),
  });
  const groupBy = <K, T>(items: readonly T[], key: (item: T) => K) => {
    const groups = new Map<K, T[]>();
    for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
    return groups;
  };
  const averaged = <K>(groups: Map<K, CapacityQuestion[]>) =>
    new Map([...groups].map(([k, questions]) => [k, average(questions)] as const));
  const questions = assessment.questions;
  const byCell = groupBy(questions, ({ cell }) =>
    undpKey(cell.pointOfEntry, cell.coreIssue, cell.functionalCapacity),
  );
  const cells = averaged(byCell);
  const meanOf = (values: readonly (number | null | undefined)[]) =>
    mean(values.filter((value): value is number => typeof value === 'number'));
  const crossSections = new Map(
    [...groupBy([...cells.keys()], (key) => key.split('/').slice(0, 2).join('/'))].map(
      ([key, cellKeys]) => {
        const levels = cellKeys.map((k) => cells.get(k));
        return [
          key,
          {
            n: levels.length,
            desired: meanOf(levels.map((level) => level?.desired)),
            existing: meanOf(levels.map((level) => level?.existing)),
            gap: meanOf(levels.map((level) => level?.gap)),
          },
        ] as const;
      },
    ),
  );
  return {
    cells,
    crossSections,
    byFunctionalCapacity: averaged(groupBy(questions, ({ cell }) => cell.functionalCapacity)),
    byCoreIssue: averaged(groupBy(questions, ({ cell }) => cell.coreIssue)),
    byPointOfEntry: averaged(groupBy(questions, ({ cell }) => cell.pointOfEntry)),
  };
}

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
    { maxLength: 120 },
  )
  .map((rows): CapacityAssessment => ({
    ...assessment,
    questions: rows.map(({ desired, existing, ...cell }, i) => ({
      id: `q${i}`,
      cell,
      question: { en: `q${i}` },
      ...(desired === undefined ? {} : { desired }),
      ...(existing === undefined ? {} : { existing }),
    })),
  }));

describe('undpRollUp (properties)', () => {
  it('equals the group-then-average reference exactly, keys in the same order', () => {
    fc.assert(
      fc.property(assessmentArb, (generated) => {
        const result = undpRollUp(generated);
        const reference = referenceRollUp(generated);
        for (const level of [
          'cells',
          'crossSections',
          'byFunctionalCapacity',
          'byCoreIssue',
          'byPointOfEntry',
        ] as const) {
          expect([...result[level]]).toEqual([...reference[level]]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads each question once: one pass, whatever the grouping', () => {
    // Count reads of `cell` through a proxy per question: a linear pass reads each question's
    // cell once; the quadratic version read it once per grouping and again per copy.
    let reads = 0;
    const questions = Array.from({ length: 2000 }, (_, i) => {
      const plain = question(`q${i}`, 'monitorAndEvaluate', 1 + (i % 5), 1 + ((i * 3) % 5));
      return new Proxy(plain, {
        get(target, key, receiver) {
          if (key === 'cell') reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    });
    undpRollUp({ ...assessment, questions });
    expect(reads).toBe(questions.length);
  });
});
