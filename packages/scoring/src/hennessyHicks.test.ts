import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING_NEED, hennessyHicks } from './hennessyHicks.js';
import { pairedResponsesFromRows } from './pairedResponses.js';

const sevenPoint = { min: 1, max: 7 };

describe('hennessyHicks: hand-worked values (7-point scales)', () => {
  // Four respondents × two items, teams [0, 0, 1, 1]; need = I − P:
  //   r0: (7−4, 5−5) = (3, 0)      r1: (6−5, 6−·) = (1, missing)
  //   r2: (7−2, 3−4) = (5, −1)     r3: (5−5, 7−1) = (0, 6)
  const data = pairedResponsesFromRows([
    { importance: [7, 5], performance: [4, 5] },
    { importance: [6, 6], performance: [5, null] },
    { importance: [7, 3], performance: [2, 4] },
    { importance: [5, 7], performance: [5, 1] },
  ]);
  const groupOfRespondent = [0, 0, 1, 1];

  it('reads need at individual level, missing pairs marked', () => {
    const { individual } = hennessyHicks(data, sevenPoint, { individualFeedback: true });
    expect(Array.from(individual)).toEqual([3, 0, 1, MISSING_NEED, 5, -1, 0, 6]);
  });

  it('reads mean need per group and item', () => {
    // Team 0: item 0 (3 + 1)/2 = 2; item 1 only r0 → 0/1 = 0.
    // Team 1: item 0 (5 + 0)/2 = 2.5; item 1 (−1 + 6)/2 = 2.5.
    // Groups of two: shown only because k is lowered explicitly (suppression has its own test).
    const { groups } = hennessyHicks(data, sevenPoint, {
      groupOfRespondent,
      k: 1,
      allowSmallGroups: true,
    });
    expect(groups).toEqual([
      {
        group: 0,
        respondents: 2,
        n: 3,
        items: [
          { item: 0, meanNeed: 2, n: 2 },
          { item: 1, meanNeed: 0, n: 1 },
        ],
      },
      {
        group: 1,
        respondents: 2,
        n: 4,
        items: [
          { item: 0, meanNeed: 2.5, n: 2 },
          { item: 1, meanNeed: 2.5, n: 2 },
        ],
      },
    ]);
  });

  it('reads mean need over everyone at organisation level', () => {
    // Item 0: (3 + 1 + 5 + 0)/4 = 2.25 = Ī 25/4 − P̄ 16/4.
    // Item 1: (0 − 1 + 6)/3 = 5/3 = Ī 15/3 − P̄ 10/3 (r1 left out: no performance rating).
    // Four people: shown only because k is lowered explicitly.
    const result = hennessyHicks(data, sevenPoint, { k: 1, allowSmallGroups: true });
    expect(result.organisation[0]).toEqual({
      item: 0,
      meanNeed: 2.25,
      meanImportance: 6.25,
      meanPerformance: 4,
      n: 4,
    });
    expect(result.organisation[1]?.meanNeed).toBeCloseTo(5 / 3, 14);
    expect(result.organisation[1]?.meanImportance).toBe(5);
    expect(result.organisation[1]?.meanPerformance).toBeCloseTo(10 / 3, 14);
    expect(result.organisation[1]?.n).toBe(3);
    expect(result).toMatchObject({
      method: 'hennessyHicks',
      need: 'importanceMinusPerformance',
      basis: 'completePairs',
      disclosure: { rule: 'minimumRespondents', k: 1 },
      n: 7,
      groups: [],
    });
    expect(result).not.toHaveProperty('individual');
  });

  it('withholds groups under k, and one more so the organisation level cannot reveal them', () => {
    // Group 0 has two people, group 1 two: under k = 3 both are withheld (primary); the
    // organisation level stays, since subtracting it from nothing reveals no group.
    const { groups, organisation } = hennessyHicks(data, sevenPoint, { groupOfRespondent, k: 3 });
    expect(groups.flatMap((group) => group.items.map((item) => item.withheld))).toEqual([
      'primary',
      'primary',
      'primary',
      'primary',
    ]);
    expect(groups.flatMap((group) => group.items.map((item) => item.meanNeed))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(groups.map((group) => [group.respondents, group.n, group.withheld])).toEqual([
      [null, null, 'primary'],
      [null, null, 'primary'],
    ]);
    expect(organisation.every((item) => item.meanNeed !== null)).toBe(true);
    // Three groups, one small: organisation − the large ones would reveal it, so one large one goes too.
    const six = pairedResponsesFromRows(
      Array.from({ length: 13 }, (_, r) => ({ importance: [5, 4], performance: [r % 7 || 1, 3] })),
    );
    const result = hennessyHicks(six, sevenPoint, {
      groupOfRespondent: Array.from({ length: 13 }, (_, r) => (r < 2 ? 0 : r < 7 ? 1 : 2)),
      k: 5,
    });
    expect(result.groups.map((group) => group.items[0]?.withheld)).toEqual([
      'primary',
      'complementary',
      undefined,
    ]);
    // The group sizes are withheld the same way: 13 − 6 would otherwise give 2 + 5.
    expect(result.groups.map((group) => group.respondents)).toEqual([null, null, 6]);
  });

  it('refuses k below 2 unless small groups are allowed', () => {
    expect(() => hennessyHicks(data, sevenPoint, { groupOfRespondent, k: 1 })).toThrow(
      /options\.k/,
    );
  });

  it('reports a group with no respondents as empty, not as zero need', () => {
    const { groups } = hennessyHicks(data, sevenPoint, {
      groupOfRespondent,
      groups: 3,
      k: 1,
      allowSmallGroups: true,
    });
    expect(groups[2]).toEqual({
      group: 2,
      respondents: 0,
      n: 0,
      items: [
        { item: 0, meanNeed: null, n: 0 },
        { item: 1, meanNeed: null, n: 0 },
      ],
    });
  });

  it('names a bad group map', () => {
    expect(() => hennessyHicks(data, sevenPoint, { groupOfRespondent: [0, 0, 1] })).toThrow(
      /^options\.groupOfRespondent\.length/,
    );
    expect(() =>
      hennessyHicks(data, sevenPoint, { groupOfRespondent: [0, 0, 1, Number.NaN] }),
    ).toThrow(/^options\.groupOfRespondent\[3\]/);
    expect(() => hennessyHicks(data, sevenPoint, { groupOfRespondent, groups: 1 })).toThrow(
      /^options\.groups/,
    );
  });

  it('rejects a rating off the 7-point scale with its location', () => {
    const bad = pairedResponsesFromRows([{ importance: [8], performance: [1] }]);
    expect(() => hennessyHicks(bad, sevenPoint)).toThrow(/^importance\[row 0\]\[item 0\]/);
  });
});

describe('hennessyHicks: properties', () => {
  const surveyArb = fc.integer({ min: 1, max: 5 }).chain((items) => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 5 }), {
      minLength: items,
      maxLength: items,
    });
    return fc.array(
      fc.record({ importance: side, performance: side, group: fc.integer({ min: 0, max: 3 }) }),
      { minLength: 1, maxLength: 25 },
    );
  });

  it('organisation = whole of the groups: Σ group mean × n = organisation mean × n', () => {
    fc.assert(
      fc.property(surveyArb, (survey) => {
        const result = hennessyHicks(pairedResponsesFromRows(survey), sevenPoint, {
          groupOfRespondent: survey.map((row) => row.group),
          k: 1,
          allowSmallGroups: true,
        });
        result.organisation.forEach(({ item, meanNeed, n }) => {
          let total = 0;
          let count = 0;
          for (const group of result.groups) {
            const cell = group.items[item];
            total += (cell?.meanNeed ?? 0) * (cell?.n ?? 0);
            count += cell?.n ?? 0;
          }
          expect(count).toBe(n);
          expect(total).toBeCloseTo((meanNeed ?? 0) * (n ?? 0), 9);
        });
      }),
    );
  });

  it('does not depend on the order of the respondents', () => {
    fc.assert(
      fc.property(
        surveyArb.chain((survey) =>
          fc.tuple(fc.constant(survey), fc.shuffledSubarray(survey, { minLength: survey.length })),
        ),
        ([survey, shuffled]) => {
          const read = (rows: typeof survey) =>
            hennessyHicks(pairedResponsesFromRows(rows), sevenPoint, {
              groupOfRespondent: rows.map((row) => row.group),
              groups: 4,
            });
          const a = read(survey);
          const b = read(shuffled);
          expect(b.organisation).toEqual(a.organisation);
          expect(b.groups).toEqual(a.groups);
        },
      ),
    );
  });
});
