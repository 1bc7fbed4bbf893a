import { readFileSync } from 'node:fs';
import type { MaturityIndexResult, UncertaintyResult } from '@capkit/scoring/maturity';
import { describe, expect, it } from 'vitest';
import { maturityIndexToCsv, maturityRankIntervalsToCsv } from './maturity.js';

// Golden files written by hand from the column rules in each export's documentation.
const golden = (name: string) =>
  readFileSync(new URL(`__fixtures__/${name}`, import.meta.url), 'utf8');
const noBom = { byteOrderMark: false } as const;

describe('maturity exports', () => {
  it('writes the index with levels and node scores, and the rank intervals', () => {
    const index = {
      rootId: 'root',
      entities: [
        {
          id: 'e1',
          score: 61.5,
          rank: 1,
          level: { id: 'advanced', name: 'Advanced', minScore: 60 },
          incomplete: false,
          missingIndicatorIds: [],
          imputedIndicatorIds: ['i3'],
        },
        {
          id: 'e2',
          score: null,
          rank: null,
          level: null,
          incomplete: true,
          missingIndicatorIds: ['i1', 'i2'],
          imputedIndicatorIds: [],
        },
      ],
      nodes: [
        {
          id: 'root',
          aggregation: 'arithmetic',
          effectiveWeight: 1,
          scores: [61.5, null],
          ranks: [1, null],
        },
        {
          id: 'digital',
          aggregation: 'arithmetic',
          effectiveWeight: 0.5,
          scores: [70, null],
          ranks: [1, null],
        },
      ],
    } as unknown as MaturityIndexResult;
    expect(maturityIndexToCsv(index, noBom)).toBe(golden('maturityIndex.csv'));
    const uncertainty = {
      entities: [
        {
          id: 'e1',
          nominalRank: 1,
          medianRank: 1,
          lowerRank: 1,
          upperRank: 2,
          unscoredRuns: 0,
          sensitivity: null,
        },
        {
          id: 'e2',
          nominalRank: 2,
          medianRank: 2,
          lowerRank: 1,
          upperRank: 2,
          unscoredRuns: 3,
          sensitivity: null,
        },
      ],
      restsOn: { samples: 250, runs: 500, intervalRuns: 500, entities: 2 },
    } as unknown as UncertaintyResult;
    expect(maturityRankIntervalsToCsv(uncertainty, noBom)).toBe(
      golden('maturityRankIntervals.csv'),
    );
  });
});
