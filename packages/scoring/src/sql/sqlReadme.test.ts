import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileScoringConfig } from '../scoringConfig.js';
import { summarisePublication } from '../publication.js';
import { expectCloseDeep, longSurvey, referencePartials } from './__tests__/longSurvey.js';
import { loadSurvey, openDuckdb } from './__tests__/sqlClients.js';
import { aggregatePublicationSql, type SqlClient } from './index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const clients = readFileSync(new URL('./__tests__/sqlClients.ts', import.meta.url), 'utf8');

function marked(name: string): string {
  const start = `// --- README adapter (${name}) starts\n`;
  const from = clients.indexOf(start);
  const to = clients.indexOf(`// --- README adapter (${name}) ends`);
  expect(from).toBeGreaterThanOrEqual(0);
  return clients.slice(from + start.length, to);
}

describe('README: SQL push-down', () => {
  it.each(['pg', 'DuckDB'])('shows the %s adapter the tests run', (name) => {
    // The tests use these functions for every database query; the README must show them as they are.
    expect(readme).toContain(`\`\`\`ts\n${marked(name)}\`\`\``);
  });

  let duckdb: { client: SqlClient; close: () => void };
  beforeAll(async () => {
    duckdb = await openDuckdb();
  });
  afterAll(() => duckdb.close());

  it('runs the example: schema-qualified tables, default column names, a protected publication', async () => {
    const survey = longSurvey({ seed: 8, people: 200, itemsPerCompetency: [4, 4], units: 3 });
    const { config, groups } = survey;
    const client = duckdb.client;
    // --- README example starts
    const layout = {
      answers: { table: ['survey', 'answers'] }, // respondent_id, item_id, rating
      people: { table: ['hr', 'people'] }, // respondent_id, unit_id, role_id
    };
    await loadSurvey(client, survey, layout); // (not in the README: the data is already there)
    const partials = await aggregatePublicationSql(
      client,
      compileScoringConfig(config),
      layout,
      groups,
    );
    const publication = summarisePublication(partials, { k: 5 });
    // --- README example ends
    expectCloseDeep(
      publication,
      summarisePublication(referencePartials(survey, compileScoringConfig(config), false), {
        k: 5,
      }),
    );
    expect(publication.units?.cells.some((cell) => cell.status === 'published')).toBe(true);
  });
});
