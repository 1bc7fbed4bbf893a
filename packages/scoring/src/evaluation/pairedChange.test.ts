import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapkitScoringError } from '../scoringError.js';
import { describeChange } from './conclusion.js';
import { hedgesCorrection } from './effectSize.js';
import { pairedChange, type ScorePair } from './pairedChange.js';

function pairs(round1: readonly number[], round2: readonly number[]): ScorePair[] {
  return round1.map((value, i) => ({
    personId: `p${i}`,
    round1: value,
    round2: round2[i] ?? null,
  }));
}

describe('pairedChange: worked by hand and by scipy', () => {
  // By hand: changes 1, 1, 0, 1, 2 → mean 1, SS 2, sd √0.5, se √0.1, t = √10 on 4 df.
  // SD round 1 = √1.3, round 2 = √2.8; d_z = √2; d_av = 1 / ((√1.3 + √2.8)/2).
  // scipy.stats.ttest_rel(round2, round1) (reference/evaluation/changeTests.py): p 0.03410942316740963,
  // 95 % CI [0.1220109669149172, 1.8779890330850828]; mpmath J(4) = 0.7978845608028654.
  const result = pairedChange(pairs([2, 3, 3, 4, 5], [3, 4, 3, 5, 7]));
  const s = result.statistics;

  it('gives the mean change, SD, t and df', () => {
    expect(result.n).toBe(5);
    expect(s?.meanChange).toBeCloseTo(1, 14);
    expect(s?.sdChange).toBeCloseTo(Math.SQRT1_2, 14);
    expect(s?.test.t).toBeCloseTo(Math.sqrt(10), 13);
    expect(s?.test.df).toBe(4);
  });

  it('gives the two-sided p and the interval of scipy', () => {
    expect(s?.test.p).toBeCloseTo(0.03410942316740963, 14);
    expect(s?.test.ci.lower).toBeCloseTo(0.1220109669149172, 13);
    expect(s?.test.ci.upper).toBeCloseTo(1.8779890330850828, 13);
  });

  it('gives d_z, d_av and Hedges g with the exact J', () => {
    expect(s?.cohenDz).toBeCloseTo(Math.SQRT2, 13);
    expect(s?.cohenDav).toBeCloseTo(1 / ((Math.sqrt(1.3) + Math.sqrt(2.8)) / 2), 13);
    expect(s?.hedgesJ).toBeCloseTo(0.7978845608028654, 14);
    expect(s?.hedgesGz).toBeCloseTo(1.1283791670955126, 13);
    expect(s?.hedgesGav).toBeCloseTo(0.5671838231086174, 13);
  });

  it('concludes improved, a medium effect by d_av, and says so in words', () => {
    expect(result.conclusion).toBe('improved');
    expect(result.effectSize).toBe('medium');
    expect(describeChange(result, { measure: 'data literacy' })).toBe(
      'Data literacy was 1.00 points higher in round 2 than in round 1 (95% CI 0.12 to 1.88, p = 0.034, 5 people): an improvement, a medium effect.',
    );
  });

  it('states what it rests on and its provenance', () => {
    expect(result.restsOn).toEqual({
      n: 5,
      missing: 0,
      method:
        'paired t-test on round 2 − round 1 (df = n − 1), Cohen d_z and d_av, Hedges g with exact J(n − 1)',
    });
    expect(result.provenance.engine).toBe('@capkit/scoring');
    expect(result.provenance.configHash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('pairedChange: 24 people, scipy', () => {
  // Seeded data and scipy.stats.ttest_rel values from reference/evaluation/changeTests.py.
  const round1 = [
    2.57, 2.87, 3.76, 1.38, 3.63, 3.05, 2.55, 1.73, 2.23, 1.91, 1.88, 2.48, 3.14, 1.59, 1.26, 1.93,
    1.98, 2.18, 2.48, 3.48, 2.6, 2.63, 2.58, 2.97,
  ];
  const round2 = [
    3.44, 3.72, 4.39, 1.09, 4.25, 3.28, 3.02, 2.85, 1.21, 1.8, 2.46, 2.57, 3.42, 1.72, 2.52, 2.34,
    2.16, 2.37, 3.07, 4.53, 2.85, 3.55, 2.94, 2.29,
  ];

  it('matches t, p, CI, d_z, d_av and g at 95 % and 90 %', () => {
    const s = pairedChange(pairs(round1, round2)).statistics;
    expect(s?.meanChange).toBeCloseTo(0.3741666666666667, 13);
    expect(s?.test.t).toBeCloseTo(3.375890063854405, 12);
    expect(s?.test.p).toBeCloseTo(0.002606323851650636, 14);
    expect(s?.test.ci.lower).toBeCloseTo(0.14488706693900527, 13);
    expect(s?.test.ci.upper).toBeCloseTo(0.6034462663943281, 13);
    expect(s?.cohenDz).toBeCloseTo(0.689100673681251, 13);
    expect(s?.cohenDav).toBeCloseTo(0.4704980772146642, 13);
    expect(s?.hedgesGz).toBeCloseTo(0.666341140115291, 13);
    expect(s?.hedgesGav).toBeCloseTo(0.45495852372114953, 13);
    const at90 = pairedChange(pairs(round1, round2), { confidence: 0.9 }).statistics;
    expect(at90?.test.ci.lower).toBeCloseTo(0.18420977100287556, 13);
    expect(at90?.test.ci.upper).toBeCloseTo(0.5641235623304579, 13);
  });
});

describe('hedgesCorrection', () => {
  it('is the exact gamma form J(df) = Γ(df/2) / (√(df/2) Γ((df − 1)/2)) (mpmath)', () => {
    expect(hedgesCorrection(2)).toBeCloseTo(0.5641895835477563, 14);
    expect(hedgesCorrection(3)).toBeCloseTo(0.7236012545582676, 14);
    expect(hedgesCorrection(9)).toBeCloseTo(0.9138748917925522, 14);
    expect(hedgesCorrection(100)).toBeCloseTo(0.9924780549814448, 14);
    expect(hedgesCorrection(1e5)).toBeCloseTo(0.9999924999781249, 14);
    // The approximation 1 − 3/(4df − 1) is off by 7e-3 at df 2, and by 3e-6 at df 100.
    expect(Math.abs((hedgesCorrection(2) ?? 0) - (1 - 3 / 7))).toBeGreaterThan(7e-3);
    expect(hedgesCorrection(1)).toBeNull();
  });
});

describe('pairedChange: disclosure and small n', () => {
  it('withholds a result resting on fewer than k people: no statistics, no n', () => {
    const result = pairedChange(pairs([1, 2, 3, 4], [2, 3, 4, 5]));
    expect(result.withheld).toBe('fewerThanK');
    expect(result.statistics).toBeNull();
    expect(result.n).toBeNull();
    expect(result.restsOn.missing).toBeNull();
    expect(result.conclusion).toBe('tooFewPeople');
    expect(describeChange(result)).toBe(
      'Too few people to conclude about the score: a result resting on fewer than 5 people is not published.',
    );
  });

  it('counts people with a missing score apart, and k counts only complete pairs', () => {
    const input = pairs([1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 7, 7]);
    input[5] = { personId: 'p5', round1: 6, round2: null };
    expect(pairedChange(input, { k: 5 }).restsOn).toMatchObject({ n: 5, missing: 1 });
    expect(pairedChange(input, { k: 6 }).withheld).toBe('fewerThanK');
  });

  it('says noClearChange when the interval holds 0', () => {
    const result = pairedChange(pairs([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]));
    expect(result.conclusion).toBe('noClearChange');
    expect(result.statistics?.test.p).toBeCloseTo(1, 14);
  });

  it('refuses a person twice, unknown keys and bad options, naming the place', () => {
    const twice = [...pairs([1, 2], [2, 3]), { personId: 'p0', round1: 1, round2: 2 }];
    expect(() => pairedChange(twice)).toThrow(
      new CapkitScoringError(
        'pairs[2].personId',
        'person "p0" is given already at pairs[0]: each person counts once',
      ),
    );
    expect(() =>
      pairedChange([{ personId: 'a', round1: 1, round2: 2, unit: 'x' } as ScorePair]),
    ).toThrow(/pairs\[0\]\.unit: is not a known key/);
    expect(() => pairedChange([], { confidence: 1 })).toThrow(/options\.confidence/);
    expect(() => pairedChange([], { k: 1 })).toThrow(/options\.k/);
  });
});

describe('pairedChange: properties', () => {
  const scores = fc.array(
    fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
    { minLength: 5, maxLength: 40 },
  );

  it('keeps p in [0, 1], the estimate inside its interval, and flips sign when the rounds swap', () => {
    fc.assert(
      fc.property(scores, (rows) => {
        const forward = pairedChange(
          pairs(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
          ),
        );
        const backward = pairedChange(
          pairs(
            rows.map((r) => r[1]),
            rows.map((r) => r[0]),
          ),
        );
        const f = forward.statistics;
        const b = backward.statistics;
        expect(f?.meanChange).toBeCloseTo(-(b?.meanChange ?? Number.NaN), 12);
        if (f?.test.p != null) {
          expect(f.test.p >= 0 && f.test.p <= 1).toBe(true);
          expect(f.test.ci.lower).toBeLessThanOrEqual(f.meanChange);
          expect(f.test.ci.upper).toBeGreaterThanOrEqual(f.meanChange);
          expect(b?.test.p).toBeCloseTo(f.test.p, 12);
          expect(b?.test.t).toBeCloseTo(-(f.test.t ?? Number.NaN), 10);
        }
        const flipped = { improved: 'declined', declined: 'improved' } as const;
        const c = forward.conclusion;
        expect(backward.conclusion).toBe(c === 'improved' || c === 'declined' ? flipped[c] : c);
      }),
      { numRuns: 100 },
    );
  });

  it('never publishes a figure on fewer than k people', () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 2, max: 30 }), (rows, k) => {
        const result = pairedChange(
          pairs(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
          ),
          { k },
        );
        if (rows.length < k) {
          expect(result.statistics).toBeNull();
          expect(result.n).toBeNull();
        } else expect(result.n).toBe(rows.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('pairedChange without spread', () => {
  it('gives no t or p when every change is the same, and still concludes by the sign', () => {
    const result = pairedChange(pairs([1, 2, 3, 4, 5], [2, 3, 4, 5, 6]));
    expect(result.statistics?.test.t).toBeNull();
    expect(result.statistics?.test.p).toBeNull();
    expect(result.statistics?.test.ci).toEqual({ level: 0.95, lower: 1, upper: 1 });
    expect(result.statistics?.cohenDz).toBeNull();
    expect(result.conclusion).toBe('improved');
  });
});
