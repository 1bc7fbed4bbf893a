import { readFileSync } from 'node:fs';
import type { Provenance } from '@capkit/scoring';
import type {
  PairedChangeByGroupResult,
  PairedChangeResult,
  TreatedVsUntreatedResult,
} from '@capkit/scoring/evaluation';
import type { MaturityIndexResult, UncertaintyResult } from '@capkit/scoring/maturity';
import type { RecommendedPlan } from '@capkit/scoring/plan';
import type { GroupSummaryCell, Publication } from '@capkit/scoring/publication';
import type { BudgetBurnDown } from '@capkit/scoring/schedule';
import type {
  BootstrapResult,
  BorichResult,
  ImportancePerformanceResult,
} from '@capkit/scoring/tna';
import { describe, expect, it } from 'vitest';
import { pairedChangeByGroupToCsv, treatedVsUntreatedToCsv } from './evaluation.js';
import { maturityIndexToCsv, maturityRankIntervalsToCsv } from './maturity.js';
import { planInterventionsToCsv, planNeedsToCsv } from './plan.js';
import { publicationToCsv } from './publication.js';
import { budgetBurnDownToCsv } from './schedule.js';
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

describe('publicationToCsv', () => {
  const cell = (group: number): GroupSummaryCell => ({
    status: 'published',
    group,
    competency: 0,
    count: 12,
    mean: 2.75,
    sd: 0.5,
    quantiles: new Map(),
    gapStatus: 'withheld',
    gapReason: 'complementary',
    gapCount: null,
    meanGap: null,
    shareBelowRequired: null,
  });
  const summary = (cells: GroupSummaryCell[]) => ({ k: 5, cells, provenance });
  const publication = {
    k: 5,
    disclosure: {} as Publication['disclosure'],
    organisation: summary([
      {
        status: 'published',
        group: 0,
        competency: 0,
        count: 12,
        mean: 2.75,
        sd: 0.5,
        quantiles: new Map([[0.5, 3]]),
        gapStatus: 'published',
        gapCount: 10,
        meanGap: 0.4,
        shareBelowRequired: 0.3,
      },
    ]),
    units: summary([cell(0), { status: 'suppressed', group: 1, competency: 0, reason: 'primary' }]),
    roles: summary([
      { status: 'empty', group: 0, competency: 0 },
      { status: 'suppressed', group: 1, competency: 0, reason: 'complementary' },
    ]),
    unitRoles: summary([{ status: 'suppressed', group: 3, competency: 0, reason: 'primary' }]),
    provenance,
  } satisfies Publication;
  const labels = { units: ['mds', 'dsd'], roles: ['analyst', 'lead'], competencies: ['DG-1.1'] };

  it('writes every table, withheld cells as withheld with no figure', () => {
    expect(publicationToCsv(publication, labels, noBom)).toBe(golden('publication.csv'));
  });

  it('never writes a number in a withheld cell', () => {
    const records = publicationToCsv(publication, labels, noBom)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    const withheld = records.filter((fields) => fields[4] === 'withheld');
    expect(withheld).toHaveLength(3);
    for (const fields of withheld)
      expect(fields.slice(6).filter((field) => /\d/.test(field))).toEqual([]);
  });

  it('starts with a byte order mark unless told otherwise', () => {
    expect(publicationToCsv(publication, labels).startsWith('\uFEFFtable,')).toBe(true);
  });
});

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

describe('plan and schedule exports', () => {
  it("writes a plan's interventions and needs", () => {
    const plan = {
      currency: 'EUR',
      interventions: [
        {
          interventionId: 'iv-1',
          runs: 2,
          maxRuns: 3,
          seats: 40,
          participants: 35,
          prerequisiteParticipants: 0,
          cost: 12000,
          fixedCost: 2000,
          perParticipantCost: 285.71,
          pathway: [],
          competencyIds: ['c1', 'c2'],
          gapPointsClosed: 42.5,
        },
        {
          interventionId: 'iv-2',
          runs: 0,
          maxRuns: 2,
          seats: 0,
          participants: 0,
          prerequisiteParticipants: 0,
          cost: 0,
          fixedCost: 0,
          perParticipantCost: 0,
          pathway: ['iv-1'],
          competencyIds: ['c3'],
          gapPointsClosed: 0,
          unavailable: 'prerequisite',
        },
      ],
      needs: [
        {
          needId: 'need-1',
          unitId: null,
          competencyId: 'c1',
          people: 12,
          weight: 1,
          gapPoints: 18,
          served: 10,
          gapPointsClosed: 15,
          remainingGapPoints: 3,
          eligibleInterventionIds: ['iv-1'],
        },
        {
          needId: 'need-2',
          unitId: 'dsd',
          competencyId: 'c3',
          people: 6,
          weight: 1.5,
          gapPoints: 9,
          served: 0,
          gapPointsClosed: 0,
          remainingGapPoints: 9,
          eligibleInterventionIds: [],
        },
      ],
    } as unknown as RecommendedPlan;
    expect(planInterventionsToCsv(plan, noBom)).toBe(golden('planInterventions.csv'));
    expect(planNeedsToCsv(plan, noBom)).toBe(golden('planNeeds.csv'));
  });

  it('writes the budget burn-down; an overspent remainder stays a negative number', () => {
    const burnDown = {
      currency: 'EUR',
      periods: [
        {
          startsOn: '2026-01-01',
          endsOn: '2026-03-31',
          planned: 5000,
          plannedCumulative: 5000,
          committed: 3000,
          committedCumulative: 3000,
          spent: 1000,
          spentCumulative: 1000,
          obligated: 3000,
          obligatedCumulative: 3000,
          remaining: 17000,
          begun: true,
        },
        {
          startsOn: '2026-04-01',
          endsOn: '2026-06-30',
          planned: 17500,
          plannedCumulative: 22500,
          committed: 17500,
          committedCumulative: 20500,
          spent: 0,
          spentCumulative: 1000,
          obligated: 17500,
          obligatedCumulative: 20500,
          remaining: -500,
          begun: false,
        },
      ],
    } as unknown as BudgetBurnDown;
    expect(budgetBurnDownToCsv(burnDown, noBom)).toBe(golden('budgetBurnDown.csv'));
  });
});

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
