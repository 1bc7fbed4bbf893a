import { readFileSync } from 'node:fs';
import type {
  PairedChangeByGroupResult,
  PairedChangeResult,
  TreatedVsUntreatedResult,
} from '@capkit/scoring/evaluation';
import { describe, expect, it } from 'vitest';
import { pairedChangeByGroupToCsv, treatedVsUntreatedToCsv } from './evaluation.js';

// Golden files written by hand from the column rules in each export's documentation.
const golden = (name: string) =>
  readFileSync(new URL(`__fixtures__/${name}`, import.meta.url), 'utf8');
const noBom = { byteOrderMark: false } as const;

describe('evaluation exports', () => {
  const test = (
    estimate: number,
    lower: number,
    upper: number,
    t: number,
    df: number,
    p: number,
  ) => ({
    estimate,
    standardError: 0.1,
    df,
    t,
    p,
    ci: { level: 0.95, lower, upper },
  });
  const withheld = (reason: 'fewerThanK' | 'complementary' | null): PairedChangeResult =>
    ({
      kind: 'pairedChange',
      withheld: reason,
      statistics: null,
      test: null,
      conclusion: 'tooFewPeople',
      effectSize: null,
      n: null,
    }) as unknown as PairedChangeResult;

  it('writes change by group, withheld groups without figures', () => {
    const whole = {
      kind: 'pairedChange',
      withheld: null,
      statistics: {
        n: 40,
        meanRound1: 2.1,
        meanRound2: 2.6,
        sdRound1: 0.7,
        sdRound2: 0.6,
        meanChange: 0.5,
        sdChange: 0.8,
        test: test(0.5, 0.24, 0.76, 3.95, 39, 0.0003),
        cohenDz: 0.62,
        cohenDav: 0.56,
        hedgesJ: 0.98,
        hedgesGz: 0.61,
        hedgesGav: 0.55,
      },
      test: test(0.5, 0.24, 0.76, 3.95, 39, 0.0003),
      conclusion: 'improved',
      effectSize: 'medium',
      n: 40,
    } as unknown as PairedChangeResult;
    const result = {
      kind: 'pairedChangeByGroup',
      whole,
      groups: [
        { groupId: 'dsd', change: withheld('fewerThanK') },
        { groupId: 'data', change: withheld('complementary') },
      ],
    } as unknown as PairedChangeByGroupResult;
    expect(pairedChangeByGroupToCsv(result, noBom)).toBe(golden('pairedChangeByGroup.csv'));
  });

  it('writes treated against untreated with the difference in differences', () => {
    const treated = {
      withheld: null,
      statistics: { n: 30, test: test(0.6, 0.3, 0.9, 4, 29, 0.0004) },
      conclusion: 'improved',
      effectSize: 'medium',
    } as unknown as PairedChangeResult;
    const result = {
      kind: 'treatedVsUntreated',
      treated,
      untreated: withheld('fewerThanK'),
      baseline: {
        withheld: null,
        statistics: { nA: 30, nB: 25, test: test(0.1, -0.2, 0.4, 0.66, 51.2, 0.51) },
        conclusion: 'noClearChange',
        effectSize: 'negligible',
      },
      differenceInDifferences: {
        withheld: null,
        statistics: null,
        conclusion: 'tooFewPeople',
        effectSize: null,
      },
    } as unknown as TreatedVsUntreatedResult;
    expect(treatedVsUntreatedToCsv(result, noBom)).toBe(golden('treatedVsUntreated.csv'));
  });
});
