import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { pairedChangeByGroup } from './pairedChangeByGroup.js';
import { protectRemainder } from './protectRemainder.js';
import type { ScorePair } from './pairedChange.js';
import { treatedVsUntreated } from './treatedVsUntreated.js';

function pairs(prefix: string, round1: readonly number[], round2: readonly number[]): ScorePair[] {
  return round1.map((value, i) => ({
    personId: `${prefix}${i}`,
    round1: value,
    round2: round2[i] ?? null,
  }));
}

// Data and scipy values from reference/evaluation/changeTests.py.
const treated = pairs(
  't',
  [2.1, 2.4, 1.9, 2.8, 2.2, 2.5, 2.0, 2.6],
  [3.0, 3.1, 2.6, 3.4, 2.9, 3.5, 2.4, 3.3],
);
const untreated = pairs('u', [2.3, 2.0, 2.7, 2.4, 2.2, 2.6], [2.5, 2.1, 2.6, 2.8, 2.3, 2.9]);

describe('treatedVsUntreated: scipy', () => {
  const result = treatedVsUntreated({ treated, untreated });

  it("gives each arm's paired change (scipy.stats.ttest_rel)", () => {
    expect(result.treated.statistics?.meanChange).toBeCloseTo(0.7125, 13);
    expect(result.treated.statistics?.test.p).toBeCloseTo(1.040659867201822e-5, 17);
    expect(result.untreated.statistics?.test.p).toBeCloseTo(0.067105771435199, 14);
    expect(result.treated.conclusion).toBe('improved');
    expect(result.untreated.conclusion).toBe('noClearChange');
  });

  it('compares the baselines by Welch (ttest_ind equal_var=False): similar gaps', () => {
    const s = result.baseline.statistics;
    expect(s?.test.estimate).toBeCloseTo(-0.054166666666666696, 13);
    expect(s?.test.t).toBeCloseTo(-0.3540212892001096, 12);
    expect(s?.test.df).toBeCloseTo(11.8364052842347, 11);
    expect(s?.test.p).toBeCloseTo(0.7295491988061422, 13);
    expect(s?.test.ci.lower).toBeCloseTo(-0.38804544384397055, 12);
    expect(s?.test.ci.upper).toBeCloseTo(0.27971211051063716, 12);
    expect(s?.cohenD).toBeCloseTo(-0.1856006874047184, 13);
    expect(s?.hedgesG).toBeCloseTo(-0.173711445702267, 13);
    expect(result.baseline.conclusion).toBe('noClearChange');
  });

  it('gives the difference in differences with its Welch interval', () => {
    const did = result.differenceInDifferences;
    expect(did.test?.estimate).toBeCloseTo(0.7125 - 0.1666666666666666, 13);
    expect(did.test?.t).toBeCloseTo(5.691964274854447, 12);
    expect(did.test?.df).toBeCloseTo(11.114752632864189, 11);
    expect(did.test?.p).toBeCloseTo(0.00013443700728647576, 16);
    expect(did.test?.ci.lower).toBeCloseTo(0.33503448577898143, 12);
    expect(did.test?.ci.upper).toBeCloseTo(0.7566321808876851, 12);
    expect(did.conclusion).toBe('improved');
    expect(did.restsOn).toMatchObject({ n: 14, nTreated: 8, nUntreated: 6, missing: 0 });
  });

  it('withholds DiD and the baseline unless both arms reach k, each arm on its own', () => {
    const small = treatedVsUntreated({ treated, untreated: untreated.slice(0, 4) });
    expect(small.treated.withheld).toBeNull();
    expect(small.untreated.withheld).toBe('fewerThanK');
    expect(small.differenceInDifferences.withheld).toBe('fewerThanK');
    expect(small.differenceInDifferences.test).toBeNull();
    expect(small.differenceInDifferences.restsOn.nUntreated).toBeNull();
    expect(small.baseline.statistics).toBeNull();
  });

  it('refuses a person in both arms', () => {
    expect(() =>
      treatedVsUntreated({
        treated,
        untreated: [...untreated, { personId: 't3', round1: 1, round2: 2 }],
      }),
    ).toThrow(
      new CapkitScoringError(
        'input.untreated[6].personId',
        'person "t3" is given already at input.treated[3]: each person counts once',
      ),
    );
  });
});

describe('pairedChangeByGroup and protectRemainder', () => {
  it('withholds small groups, and the next smallest when whole − published would reveal fewer than k', () => {
    // Groups of 7, 6 and 3 people under k = 5: the 3 are withheld; whole − (7 + 6) = 3 < 5 would
    // give them away, so the 6 go too (remainder 9).
    expect(protectRemainder([7, 6, 3], 5)).toEqual([null, 'complementary', 'fewerThanK']);
    expect(protectRemainder([7, 6, 0], 5)).toEqual([null, null, null]);
    expect(protectRemainder([7, 2, 3], 5)).toEqual([null, 'fewerThanK', 'fewerThanK']);
    expect(protectRemainder([2], 5)).toEqual(['fewerThanK']);
  });

  it('publishes per group and for the whole as one protected set', () => {
    const input = [
      ...treated.map((pair) => ({ ...pair, groupId: 'finance' })),
      ...untreated.map((pair) => ({ ...pair, groupId: 'health' })),
      { personId: 'x1', round1: 2, round2: 3, groupId: 'audit' },
      { personId: 'x2', round1: 2, round2: 2, groupId: 'audit' },
    ];
    const result = pairedChangeByGroup(input);
    expect(result.whole.n).toBe(16);
    expect(result.groups.map((g) => [g.groupId, g.change.withheld, g.change.n])).toEqual([
      ['finance', null, 8],
      ['health', 'complementary', null],
      ['audit', 'fewerThanK', null],
    ]);
    expect(result.groups[0]?.change.statistics?.meanChange).toBeCloseTo(0.7125, 13);
  });

  it('never leaves a remainder of 1 to k − 1 people, nor publishes a group under k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 8 }),
        (sizes, k) => {
          const reasons = protectRemainder(sizes, k);
          const remainder = sizes.reduce((sum, n, g) => (reasons[g] === null ? sum : sum + n), 0);
          expect(
            remainder === 0 ||
              remainder >= k ||
              reasons.every((r, g) => r !== null || sizes[g] === 0),
          ).toBe(true);
          sizes.forEach((n, g) => {
            if (reasons[g] === null) expect(n === 0 || n >= k).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
