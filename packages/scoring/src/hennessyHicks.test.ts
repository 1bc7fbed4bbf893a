import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING_NEED, hennessyHicks, type HennessyHicksOptions } from './hennessyHicks.js';
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

describe('hennessyHicks: disclosure rule', () => {
  // Eight people in two teams: team 0 has three (r0–r2), team 1 five (r3–r7); one item.
  // Team 0's needs: 6 − 2 = 4, 5 − 2 = 3, 7 − 2 = 5 → mean 4; team 1: 4 − 3 = 1 each.
  const rows = [
    { importance: [6], performance: [2] },
    { importance: [5], performance: [2] },
    { importance: [7], performance: [2] },
    ...Array.from({ length: 5 }, () => ({ importance: [4], performance: [3] })),
  ];
  const groupOfRespondent = [0, 0, 0, 1, 1, 1, 1, 1];

  it('shows neither the size nor the needs of a 3-person group (leak 6)', () => {
    const result = hennessyHicks(pairedResponsesFromRows(rows), sevenPoint, { groupOfRespondent });
    expect(result.disclosure).toEqual({ rule: 'minimumRespondents', k: 5 });
    expect(result.groups[0]).toEqual({
      group: 0,
      respondents: null,
      n: null,
      items: [{ item: 0, meanNeed: null, n: null, withheld: 'primary' }],
      withheld: 'primary',
    });
    // Team 1 would give team 0 back as organisation − team 1, so it is withheld too.
    expect(result.groups[1]).toMatchObject({
      respondents: null,
      n: null,
      withheld: 'complementary',
    });
    expect(result.groups[1]?.items[0]).toEqual({
      item: 0,
      meanNeed: null,
      n: null,
      withheld: 'complementary',
    });
    // The organisation of eight is shown: (4 × 3 + 1 × 5) / 8 = 17/8.
    expect(result.organisation[0]).toMatchObject({ meanNeed: 17 / 8, n: 8 });
  });

  it('returns individual needs only when individual feedback is asked for', () => {
    const data = pairedResponsesFromRows(rows);
    const published = hennessyHicks(data, sevenPoint, { groupOfRespondent });
    expect(published).not.toHaveProperty('individual');
    expect('individual' in published).toBe(false);
    const feedback = hennessyHicks(data, sevenPoint, {
      groupOfRespondent,
      individualFeedback: true,
    });
    expect(Array.from(feedback.individual)).toEqual([4, 3, 5, 1, 1, 1, 1, 1]);
    // Asking for feedback changes nothing else.
    const { individual, provenance, ...rest } = feedback;
    const { provenance: publishedProvenance, ...publishedRest } = published;
    expect(individual).toBeInstanceOf(Int16Array);
    expect(rest).toEqual(publishedRest);
    expect(provenance.configHash).not.toBe(publishedProvenance.configHash);
  });

  it('withholds organisation items resting on fewer than k people, without groups', () => {
    // Item 1 is answered by r0 and r1 only.
    const data = pairedResponsesFromRows(
      rows.map((row, r) => ({
        importance: [...row.importance, r < 2 ? 6 : null],
        performance: [...row.performance, r < 2 ? 1 : null],
      })),
    );
    const result = hennessyHicks(data, sevenPoint);
    expect(result.organisation[1]).toEqual({
      item: 1,
      meanNeed: null,
      meanImportance: null,
      meanPerformance: null,
      n: null,
      withheld: 'primary',
    });
    expect(result.n).toBe(8);
  });

  it('withholds the organisation when everyone together is fewer than k', () => {
    const three = pairedResponsesFromRows(rows.slice(0, 3));
    const result = hennessyHicks(three, sevenPoint);
    expect(result.organisation[0]).toMatchObject({ meanNeed: null, n: null, withheld: 'primary' });
    expect(result.n).toBe(0);
  });

  it('names a misspelt or mistyped option', () => {
    const data = pairedResponsesFromRows(rows);
    expect(() =>
      hennessyHicks(data, sevenPoint, { individualfeedback: true } as HennessyHicksOptions),
    ).toThrow(/^options\.individualfeedback: is not an option here/);
    expect(() =>
      hennessyHicks(data, sevenPoint, {
        individualFeedback: 'yes' as unknown as boolean,
      }),
    ).toThrow(/^options\.individualFeedback: must be true or false/);
  });
});

describe('hennessyHicks: disclosure properties', () => {
  const surveyArb = fc.integer({ min: 1, max: 3 }).chain((items) => {
    const side = fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 4 }), {
      minLength: items,
      maxLength: items,
    });
    return fc.record({
      rows: fc.array(
        fc.record({ importance: side, performance: side, group: fc.integer({ min: 0, max: 3 }) }),
        { minLength: 1, maxLength: 30 },
      ),
      k: fc.integer({ min: 2, max: 6 }),
    });
  });

  it('publishes no size or mean below k, and subtraction from the organisation recovers none', () => {
    fc.assert(
      fc.property(surveyArb, ({ rows, k }) => {
        const items = rows[0]?.importance.length ?? 0;
        const result = hennessyHicks(pairedResponsesFromRows(rows), sevenPoint, {
          groupOfRespondent: rows.map((row) => row.group),
          groups: 4,
          k,
        });
        const small = (n: number) => n > 0 && n < k;
        // Counted from the rows, apart from the engine.
        const size = (g: number) => rows.filter((row) => row.group === g).length;
        const pairs = (g: number | null, j: number) =>
          rows.filter(
            (row) =>
              (g === null || row.group === g) &&
              row.importance[j] != null &&
              row.performance[j] != null,
          ).length;
        for (const group of result.groups) {
          if (group.withheld !== undefined) {
            expect([group.respondents, group.n]).toEqual([null, null]);
            for (const item of group.items) {
              expect(item.withheld).toBeDefined();
              expect([item.meanNeed, item.n]).toEqual([null, null]);
            }
          } else {
            expect(group.respondents).toBe(size(group.group));
            expect(small(size(group.group))).toBe(false);
          }
          for (const item of group.items) {
            if (item.withheld === undefined) {
              expect(item.n).toBe(pairs(group.group, item.item));
              expect(small(item.n ?? 0)).toBe(false);
            }
          }
        }
        // The attacker knows how many took part (unless that is itself fewer than k) and
        // subtracts the published groups.
        const unknownSizes = result.groups.filter((group) => group.respondents === null);
        if (unknownSizes.length === 1 && !small(rows.length)) {
          const recovered =
            rows.length - result.groups.reduce((sum, group) => sum + (group.respondents ?? 0), 0);
          expect(small(recovered)).toBe(false);
        }
        for (let j = 0; j < items; j += 1) {
          const organisation = result.organisation[j];
          if (organisation?.withheld === undefined) {
            expect(organisation?.n).toBe(pairs(null, j));
            expect(small(organisation?.n ?? 0)).toBe(false);
          }
          const unknown = result.groups.filter((group) => group.items[j]?.n === null);
          if (organisation?.n != null && unknown.length === 1) {
            const recovered =
              organisation.n -
              result.groups.reduce((sum, group) => sum + (group.items[j]?.n ?? 0), 0);
            expect(small(recovered)).toBe(false);
          }
        }
      }),
    );
  });
});
