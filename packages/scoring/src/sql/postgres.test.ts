import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergePublicationPartials, summarisePublication } from '../publication.js';
import { compileScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import { startPostgres, type PostgresServer } from '../../test/postgresServer.mjs';
import { expectHostileIdsHarmless } from './__tests__/hostileSurvey.js';
import {
  expectCloseDeep,
  expectPublicationPartialsEqual,
  longSurvey,
  referencePartials,
  type LongSurvey,
  type SurveyShape,
} from './__tests__/longSurvey.js';
import { layoutFor, loadSurvey, openPg } from './__tests__/sqlClients.js';
import { aggregatePublicationSql, type SqlClient } from './index.js';

// Two private servers, started once for the file: the second holds the other shard.
let servers: PostgresServer[] = [];
let shards: { client: SqlClient; pool: { end(): Promise<void> } }[] = [];
beforeAll(async () => {
  servers = await Promise.all([startPostgres(), startPostgres()]);
  shards = servers.map((server) => openPg(server));
}, 60_000);
afterAll(async () => {
  await Promise.all(shards.map(({ pool }) => pool.end()));
  await Promise.all(servers.map((server) => server.stop()));
});

const layout = layoutFor('answers', 'people');
const client = () => (shards[0] as { client: SqlClient }).client;

describe('the partials PostgreSQL computes equal the JS engine’s', () => {
  it.each([
    ['unit weights', { weights: 'unit' }],
    ['fractional weights and reverse-coded items', { weights: 'fractional', reverseShare: 0.4 }],
    [
      'a strict missing-value rule on a 0–10 scale',
      { scale: { min: 0, max: 10 }, minAnsweredShare: 0.75, missingRate: 0.4 },
    ],
    ['70 items, past one 62-bit word of the repeat check', { itemsPerCompetency: [40, 30] }],
  ] as const)('%s', async (_, extra) => {
    const shape: SurveyShape = {
      seed: 17,
      people: 300,
      itemsPerCompetency: [4, 2, 5],
      units: 5,
      roles: 3,
      ...extra,
    };
    const survey = longSurvey(shape);
    const config = compileScoringConfig(survey.config);
    await loadSurvey(client(), survey, layout, { respondent: 'BIGINT', rating: 'SMALLINT' });
    for (const quantiles of [false, true]) {
      const partials = await aggregatePublicationSql(client(), config, layout, survey.groups, {
        quantiles,
      });
      expectPublicationPartialsEqual(partials, referencePartials(survey, config, quantiles));
    }
  });

  it('checks the data there too, naming respondent and item', async () => {
    const survey = longSurvey({ seed: 2, people: 10, itemsPerCompetency: [2], missingRate: 0 });
    const config = compileScoringConfig(survey.config);
    const answers = survey.answers.map((answer) =>
      answer.respondent === 'p4' && answer.item === 'q1' ? { ...answer, rating: 3.5 } : answer,
    );
    await loadSurvey(client(), { ...survey, answers }, layout);
    const refused = aggregatePublicationSql(client(), config, layout, survey.groups);
    await expect(refused).rejects.toThrow(CapkitScoringError);
    await expect(refused).rejects.toThrow(
      'answers[respondent "p4"][item "q1"]: rating 3.5 is not a whole number on the scale 1–5',
    );
    const people = survey.people.map((person) =>
      person.respondent === 'p8' ? { ...person, role: 'nobody' } : person,
    );
    await loadSurvey(client(), { ...survey, people }, layout);
    await expect(aggregatePublicationSql(client(), config, layout, survey.groups)).rejects.toThrow(
      'people[respondent "p8"].role: role "nobody" is not in groups.roles.ids',
    );
  });

  it('keeps hostile ids and names out of the query text', async () => {
    await expectHostileIdsHarmless(client());
  });
});

describe('sharding: two servers, each holding half of the people', () => {
  it('merge into the partials of all of them, and publish the same tables', async () => {
    const survey = longSurvey({
      seed: 31,
      people: 600,
      itemsPerCompetency: [4, 3, 3],
      weights: 'fractional',
      reverseShare: 0.3,
      units: 8,
      roles: 3,
    });
    const config = compileScoringConfig(survey.config);
    const half = (side: number): Pick<LongSurvey, 'answers' | 'people'> => {
      const people = survey.people.filter((_, p) => p % 2 === side);
      const mine = new Set(people.map((person) => person.respondent));
      return { people, answers: survey.answers.filter((answer) => mine.has(answer.respondent)) };
    };
    await Promise.all(
      shards.map(({ client: shard }, side) => loadSurvey(shard, half(side), layout)),
    );
    const parts = await Promise.all(
      shards.map(({ client: shard }) =>
        aggregatePublicationSql(shard, config, layout, survey.groups, { quantiles: true }),
      ),
    );
    // Each shard holds only its half: neither equals the whole on its own.
    const whole = referencePartials(survey, config, true);
    expect(parts[0]?.byUnit.count).not.toEqual(whole.byUnit.count);
    const merged = mergePublicationPartials(parts);
    expectPublicationPartialsEqual(merged, whole);
    const options = {
      tables: ['organisation', 'units', 'roles', 'unitRoles'],
      orderStatistics: { quantiles: [0.25, 0.5], minCount: 10, extremes: true },
    } as const;
    const published = summarisePublication(merged, options);
    expect(published.units?.cells.some((cell) => cell.status === 'published')).toBe(true);
    expectCloseDeep(published, summarisePublication(whole, options));
  });
});
