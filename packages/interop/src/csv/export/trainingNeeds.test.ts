import { readFileSync } from 'node:fs';
import type { Provenance } from '@capkit/scoring';
import type {
  BootstrapResult,
  BorichResult,
  ImportancePerformanceResult,
} from '@capkit/scoring/tna';
import { describe, expect, it } from 'vitest';
import {
  bootstrapPrioritiesToCsv,
  borichToCsv,
  importancePerformanceToCsv,
} from './trainingNeeds.js';

// Golden files written by hand from the column rules in each export's documentation.
const golden = (name: string) =>
  readFileSync(new URL(`__fixtures__/${name}`, import.meta.url), 'utf8');
const noBom = { byteOrderMark: false } as const;
// The exports never read provenance; results carry it, so the fixtures hold a stand-in.
const provenance = { engineVersion: 'test' } as unknown as Provenance;

describe('training-needs exports', () => {
  const scale = { min: 1, max: 5 } as BorichResult['scale'];
  const disclosure = { rule: 'minimumRespondents', k: 5 } as unknown as BorichResult['disclosure'];

  it("writes Borich priorities; a negative discrepancy stays a number (-3, not '-3)", () => {
    const result: BorichResult = {
      method: 'borich1980',
      discrepancyBasis: 'completePairs',
      importanceBasis: 'completePairs',
      tieRule: 'competition',
      scale,
      disclosure,
      n: 21,
      items: [
        {
          item: 0,
          meanWeightedDiscrepancy: 4.5,
          meanDiscrepancy: 1.5,
          meanImportance: 3,
          n: 20,
          importanceN: 21,
          rank: 1,
        },
        {
          item: 1,
          meanWeightedDiscrepancy: -3,
          meanDiscrepancy: -1,
          meanImportance: 3,
          n: 20,
          importanceN: 20,
          rank: 3,
        },
        {
          item: 2,
          meanWeightedDiscrepancy: null,
          meanDiscrepancy: null,
          meanImportance: null,
          n: null,
          importanceN: null,
          rank: null,
          withheld: 'primary',
        },
      ],
      ranking: [0, 1],
      provenance,
    };
    expect(borichToCsv(result, { items: ['q1', 'q2', 'q3'] }, noBom)).toBe(golden('borich.csv'));
  });

  it('writes priorities with their bootstrap intervals', () => {
    const result: BootstrapResult = {
      method: 'percentileBootstrap',
      statistic: 'borich1980',
      importanceBasis: 'completePairs',
      resamplingUnit: 'respondent',
      quantileRule: 'hyndmanFan7',
      by: 'item',
      replicates: 1000,
      level: 0.95,
      seed: 1,
      topK: 3,
      scale,
      disclosure,
      respondents: 21,
      n: 21,
      units: [
        {
          unit: 0,
          meanWeightedDiscrepancy: 4.5,
          rank: 1,
          lower: 3.1,
          upper: 5.9,
          rankHoldsProbability: 0.71,
          topKProbability: 0.98,
          replicatesScored: 1000,
          n: 20,
        },
        {
          unit: 1,
          meanWeightedDiscrepancy: null,
          rank: null,
          lower: null,
          upper: null,
          rankHoldsProbability: null,
          topKProbability: null,
          replicatesScored: null,
          n: null,
          withheld: 'primary',
        },
      ],
      provenance,
    };
    expect(bootstrapPrioritiesToCsv(result, { items: ['q1', 'q2'] }, noBom)).toBe(
      golden('bootstrap.csv'),
    );
  });

  it('writes importance–performance quadrants', () => {
    const result: ImportancePerformanceResult = {
      method: 'martillaJames1977',
      basis: 'completePairs',
      crosshairs: 'grandMean',
      onCrosshairRule: 'towardsConcentrateHere',
      crosshair: { importance: 3.2, performance: 2.9 },
      quadrantCounts: {
        concentrateHere: 1,
        keepUpTheGoodWork: 0,
        lowPriority: 0,
        possibleOverkill: 0,
      },
      scale,
      disclosure,
      n: 20,
      items: [
        {
          item: 0,
          meanImportance: 4.1,
          meanPerformance: 2.2,
          n: 20,
          quadrant: 'concentrateHere',
          onImportanceCrosshair: false,
          onPerformanceCrosshair: false,
        },
        {
          item: 1,
          meanImportance: null,
          meanPerformance: null,
          n: null,
          quadrant: null,
          onImportanceCrosshair: false,
          onPerformanceCrosshair: false,
          withheld: 'complementary',
        },
      ],
      provenance,
    };
    expect(importancePerformanceToCsv(result, { items: ['q1', 'q2'] }, noBom)).toBe(
      golden('importancePerformance.csv'),
    );
  });
});
