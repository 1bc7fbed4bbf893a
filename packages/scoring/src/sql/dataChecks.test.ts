import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import { longSurvey, type Answer, type LongSurvey, type Person } from './__tests__/longSurvey.js';
import { layoutFor, loadSurvey, openDuckdb } from './__tests__/sqlClients.js';
import { aggregatePublicationSql, type SqlClient } from './index.js';

let duckdb: { client: SqlClient; close: () => void };
beforeAll(async () => {
  duckdb = await openDuckdb();
});
afterAll(() => duckdb.close());

const layout = layoutFor('answers', 'people');
// p0–p19 in three units and two roles, items q0–q5 on a 1–5 scale.
const survey = longSurvey({ seed: 5, people: 20, itemsPerCompetency: [3, 3], missingRate: 0 });
const config = compileScoringConfig(survey.config);

async function refusal(changed: Partial<Pick<LongSurvey, 'answers' | 'people'>>): Promise<unknown> {
  await loadSurvey(duckdb.client, { ...survey, ...changed }, layout);
  return aggregatePublicationSql(duckdb.client, config, layout, survey.groups).then(
    () => undefined,
    (error: unknown) => error,
  );
}

function rated(respondent: string, item: string, rating: number | null): Answer[] {
  return survey.answers.map((answer) =>
    answer.respondent === respondent && answer.item === item ? { ...answer, rating } : answer,
  );
}

describe('the data is checked in the database before anything is aggregated', () => {
  it('accepts the sound survey', async () => {
    expect(await refusal({})).toBeUndefined();
  });

  it.each([
    [6, 'above the scale'],
    [0, 'below the scale'],
    [2.5, 'not a whole number'],
  ])('refuses a rating of %s (%s), naming respondent and item', async (rating) => {
    const error = await refusal({ answers: rated('p7', 'q3', rating) });
    expect(error).toBeInstanceOf(CapkitScoringError);
    expect((error as CapkitScoringError).path).toBe('answers[respondent "p7"][item "q3"]');
    expect((error as Error).message).toContain(
      `rating ${rating} is not a whole number on the scale 1–5`,
    );
  });

  it('refuses an item answered twice, even when one of the rows is NULL', async () => {
    const error = await refusal({
      answers: [...survey.answers, { respondent: 'p4', item: 'q1', rating: null }],
    });
    expect((error as CapkitScoringError).path).toBe('answers[respondent "p4"][item "q1"]');
    expect((error as Error).message).toContain('is answered 2 times');
  });

  it('refuses an answer from someone not in the people table', async () => {
    const error = await refusal({
      answers: [...survey.answers, { respondent: 'stranger', item: 'q0', rating: 3 }],
    });
    expect((error as CapkitScoringError).path).toBe('answers[respondent "stranger"]');
    expect((error as Error).message).toContain('is not in the people table');
  });

  it.each([
    ['unit', { unit: 'unit-99' }, 'unit "unit-99" is not in groups.units.ids'],
    ['role', { role: 'role-99' }, 'role "role-99" is not in groups.roles.ids'],
  ] as const)('refuses a person whose %s is not listed', async (field, change, message) => {
    const people: Person[] = survey.people.map((person) =>
      person.respondent === 'p12' ? { ...person, ...change } : person,
    );
    const error = await refusal({ people });
    expect((error as CapkitScoringError).path).toBe(`people[respondent "p12"].${field}`);
    expect((error as Error).message).toContain(message);
  });

  it('refuses a person listed twice, since every threshold counts people', async () => {
    const error = await refusal({ people: [...survey.people, survey.people[3] as Person] });
    expect((error as CapkitScoringError).path).toBe('people[respondent "p3"]');
    expect((error as Error).message).toContain('is listed 2 times');
  });

  it('reports the rating before whose answer it is when both are wrong', async () => {
    const error = await refusal({
      answers: [...rated('p2', 'q5', 9), { respondent: 'stranger', item: 'q0', rating: 3 }],
    });
    expect((error as CapkitScoringError).path).toBe('answers[respondent "p2"][item "q5"]');
  });

  it('finds an item answered twice past the 62 items of one bit word, with no false alarm', async () => {
    // 70 items: q0–q61 set bits of word 0, q62–q69 bits 0–7 of word 1, so q3 and q65 share a bit
    // number in different words; answering both is sound.
    const wide = longSurvey({ seed: 6, people: 8, itemsPerCompetency: [40, 30], missingRate: 0 });
    const wideConfig = compileScoringConfig(wide.config);
    await loadSurvey(duckdb.client, wide, layout);
    await expect(
      aggregatePublicationSql(duckdb.client, wideConfig, layout, wide.groups),
    ).resolves.toBeDefined();
    const twice = wide.answers.find(
      (answer) => answer.respondent === 'p5' && answer.item === 'q66',
    );
    await loadSurvey(
      duckdb.client,
      { ...wide, answers: [...wide.answers, twice as Answer] },
      layout,
    );
    const error = await aggregatePublicationSql(
      duckdb.client,
      wideConfig,
      layout,
      wide.groups,
    ).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect((error as CapkitScoringError).path).toBe('answers[respondent "p5"][item "q66"]');
  });
});
