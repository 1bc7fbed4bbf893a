import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateByGroup, crossGroups } from '../aggregateByGroup.js';
import { compileScoringConfig } from '../scoringConfig.js';
import {
  expectGroupPartialsEqual,
  expectPublicationPartialsEqual,
  longSurvey,
  referenceInput,
  referencePartials,
  type SurveyShape,
} from './__tests__/longSurvey.js';
import { expectHostileIdsHarmless } from './__tests__/hostileSurvey.js';
import { layoutFor, loadSurvey, openDuckdb } from './__tests__/sqlClients.js';
import { aggregateByGroupSql, aggregatePublicationSql, type SqlClient } from './index.js';

let duckdb: { client: SqlClient; close: () => void };
beforeAll(async () => {
  duckdb = await openDuckdb();
});
afterAll(() => duckdb.close());

const layout = layoutFor('answers', 'people');

async function compare(shape: SurveyShape, quantiles: boolean): Promise<void> {
  const survey = longSurvey(shape);
  const config = compileScoringConfig(survey.config);
  await loadSurvey(duckdb.client, survey, layout);
  const partials = await aggregatePublicationSql(duckdb.client, config, layout, survey.groups, {
    quantiles,
  });
  expectPublicationPartialsEqual(partials, referencePartials(survey, config, quantiles));
}

describe('the partials DuckDB computes equal the JS engine’s', () => {
  // The JS engine is the independent reference: it scores a byte matrix in its own kernels
  // (the integer tally for unit weights, the float kernel otherwise), the SQL adds up rows.
  it.each([
    ['unit weights, 4 items per competency, 1–5', { weights: 'unit' }],
    ['integer weights and reverse-coded items', { weights: 'integer', reverseShare: 0.4 }],
    ['fractional weights whose sums round', { weights: 'fractional', reverseShare: 0.3 }],
    ['many missing ratings under a strict rule', { missingRate: 0.5, minAnsweredShare: 0.75 }],
    [
      'a 0–10 scale, competencies of 1 to 9 items',
      { scale: { min: 0, max: 10 }, itemsPerCompetency: [1, 3, 9] },
    ],
  ] as const)('%s', async (_, extra) => {
    for (const quantiles of [false, true]) {
      await compare(
        { seed: 7, people: 400, itemsPerCompetency: [4, 4, 4], units: 6, roles: 3, ...extra },
        quantiles,
      );
    }
  });
});

describe('a case worked out by hand', () => {
  it('weights, a reverse-coded item, a missing rating as no row and as NULL, gaps and bins', async () => {
    // Scale 1–5; competency c0 = item a (weight 1) + item b (weight 3, reverse-coded: 6 − rating);
    // at least 1 of 2 answered. One unit, one role requiring level 4.
    //   p1: a = 5, b = 2 → b counts 4 → (1·5 + 3·4) / 4 = 17/4 = 4.25
    //   p2: a = 2, b no row          → 2
    //   p3: a NULL, b = 5 → b counts 1 → 1
    // mean = (17/4 + 2 + 1) / 3 = 29/12; deviations 22/12, −5/12, −17/12, so
    // M2 = (484 + 25 + 289) / 144 = 798/144; gaps max(0, 4 − score) = 0, 2, 3 (sum 5), 2 below.
    // Bins: 2 items → 2 per point; (score − 1) × 2 = 6.5, 2, 0 → bins 7 (half up), 2, 0.
    const config = compileScoringConfig({
      scale: { min: 1, max: 5 },
      competencies: ['c0'],
      items: [
        { id: 'a', competency: 'c0' },
        { id: 'b', competency: 'c0', weight: 3, reverseCoded: true },
      ],
    });
    const people = ['p1', 'p2', 'p3'].map((respondent) => ({ respondent, unit: 'U', role: 'R' }));
    const answers = [
      { respondent: 'p1', item: 'a', rating: 5 },
      { respondent: 'p1', item: 'b', rating: 2 },
      { respondent: 'p2', item: 'a', rating: 2 },
      { respondent: 'p3', item: 'a', rating: null },
      { respondent: 'p3', item: 'b', rating: 5 },
    ];
    await loadSurvey(duckdb.client, { people, answers }, layout);
    const { byUnit } = await aggregatePublicationSql(
      duckdb.client,
      config,
      layout,
      { units: { ids: ['U'], parentOf: [-1] }, roles: { ids: ['R'], levels: [4] } },
      { quantiles: true },
    );
    expect(byUnit.count[0]).toBe(3);
    expect(byUnit.mean[0]).toBeCloseTo(29 / 12, 12);
    expect(byUnit.m2[0]).toBeCloseTo(798 / 144, 12);
    expect([byUnit.min[0], byUnit.max[0]]).toEqual([1, 4.25]);
    expect([byUnit.gapCount[0], byUnit.gapSum[0], byUnit.below[0]]).toEqual([3, 5, 2]);
    expect(byUnit.histogram?.binsPerPoint).toBe(2);
    expect(byUnit.histogram?.bins).toBe(9);
    expect([...(byUnit.histogram?.entryBin ?? [])]).toEqual([0, 2, 7]);
    expect([...(byUnit.histogram?.entryCount ?? [])]).toEqual([1, 1, 1]);
    // The organisation group (index 1) is empty, as aggregatePublication leaves it.
    expect(byUnit.count[1]).toBe(0);
  });
});

describe('on random small configs and data (fast-check)', () => {
  it('DuckDB’s partials equal the JS engine’s, with and without histograms', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer(),
          people: fc.integer({ min: 0, max: 25 }),
          scale: fc.constantFrom({ min: 1, max: 5 }, { min: 0, max: 3 }, { min: 1, max: 7 }),
          itemsPerCompetency: fc.array(fc.integer({ min: 1, max: 5 }), {
            minLength: 1,
            maxLength: 3,
          }),
          weights: fc.constantFrom('unit', 'integer', 'fractional'),
          reverseShare: fc.double({ min: 0, max: 1, noNaN: true }),
          minAnsweredShare: fc.constantFrom(0.25, 0.5, 1),
          missingRate: fc.double({ min: 0, max: 0.9, noNaN: true }),
          nullRowShare: fc.double({ min: 0, max: 1, noNaN: true }),
          units: fc.integer({ min: 1, max: 4 }),
          roles: fc.integer({ min: 1, max: 3 }),
          noLevelShare: fc.constantFrom(0, 0.3, 1),
        } as const),
        fc.boolean(),
        async (shape, quantiles) => compare(shape, quantiles),
      ),
      { numRuns: 40 },
    );
  });
});

describe('as aggregateByGroup groups them', () => {
  it('by units, roles and unit × role, equal to the JS engine’s groupings', async () => {
    const survey = longSurvey({
      seed: 3,
      people: 300,
      itemsPerCompetency: [3, 5],
      weights: 'fractional',
      units: 5,
      roles: 4,
    });
    const config = compileScoringConfig(survey.config);
    await loadSurvey(duckdb.client, survey, layout);
    const { matrix, groups } = referenceInput(survey, config);
    const roles = { groupOf: groups.roles.roleOf, groups: 4 };
    const options = { required: groups.roles, quantiles: true };
    for (const [by, grouping] of [
      ['units', groups.units],
      ['roles', roles],
      ['unitRoles', crossGroups(groups.units, roles)],
    ] as const) {
      expectGroupPartialsEqual(
        await aggregateByGroupSql(duckdb.client, config, layout, survey.groups, by, {
          quantiles: true,
        }),
        aggregateByGroup(matrix, config, grouping, options),
      );
    }
  });
});

describe('where the data lives', () => {
  it('reads schema-qualified tables, integer respondent ids and other column names', async () => {
    const survey = longSurvey({ seed: 11, people: 120, itemsPerCompetency: [2, 4], units: 3 });
    const config = compileScoringConfig(survey.config);
    const qualified = layoutFor(['survey', 'responses'], ['hr', 'staff'], {
      respondent: 'person',
      item: 'question',
      rating: 'answer',
      unit: 'department',
      role: 'grade',
    });
    await loadSurvey(duckdb.client, survey, qualified, {
      respondent: 'INTEGER',
      rating: 'SMALLINT',
    });
    const partials = await aggregatePublicationSql(duckdb.client, config, qualified, survey.groups);
    expectPublicationPartialsEqual(partials, referencePartials(survey, config, false));
  });

  it('leaves out answers to items outside the config (another instrument in the same table)', async () => {
    const survey = longSurvey({ seed: 12, people: 80, itemsPerCompetency: [3] });
    const config = compileScoringConfig(survey.config);
    const withOthers = {
      ...survey,
      // Off the scale and repeated: no error, as these items are not read.
      answers: [
        ...survey.answers,
        { respondent: 'p1', item: 'other-instrument-1', rating: 99 },
        { respondent: 'p1', item: 'other-instrument-1', rating: 99 },
      ],
    };
    await loadSurvey(duckdb.client, withOthers, layout);
    const partials = await aggregatePublicationSql(duckdb.client, config, layout, survey.groups);
    expectPublicationPartialsEqual(partials, referencePartials(survey, config, false));
  });

  it('gives empty partials, as the JS engine does, for people with no answers', async () => {
    const survey = {
      ...longSurvey({ seed: 13, people: 10, itemsPerCompetency: [2] }),
      answers: [],
    };
    const config = compileScoringConfig(survey.config);
    await loadSurvey(duckdb.client, survey, layout);
    const partials = await aggregatePublicationSql(duckdb.client, config, layout, survey.groups, {
      quantiles: true,
    });
    expect([...partials.byUnit.count].every((count) => count === 0)).toBe(true);
    expectPublicationPartialsEqual(partials, referencePartials(survey, config, true));
  });
});

describe('hostile ids and names', () => {
  it('never enter the query text, leave the data intact and score right', async () => {
    await expectHostileIdsHarmless(duckdb.client);
  });
});
