// Ids and names written to break out of a query if anything were ever pasted into one.
import { expect } from 'vitest';
import { compileScoringConfig } from '../../scoringConfig.js';
import {
  aggregatePublicationSql,
  type SqlClient,
  type SqlDataLayout,
  type SqlValue,
} from '../index.js';
import { expectPublicationPartialsEqual, longSurvey, referencePartials } from './longSurvey.js';
import { layoutFor, loadSurvey } from './sqlClients.js';

/** Fragments that would end a string literal or identifier, start a comment or a placeholder. */
export const hostileFragments = [
  `x'); DROP TABLE answers; --`,
  '"',
  `"; DROP TABLE people; --`,
  '$1',
  '$$',
  '\\',
  "\\'",
  '/* unclosed comment',
  "E'\\x41'",
  'Ωμέγα 日本語 🙂',
  '\u202e',
];

const hostile = (index: number, what: string) =>
  `${hostileFragments[index % hostileFragments.length] ?? ''} ${what}${index}`;

/** A table and column names that must reach the database as quoted identifiers. */
export const hostileLayout: SqlDataLayout = layoutFor(
  `an"swers'; DROP TABLE people; --`,
  'pe$1ople',
  {
    respondent: `wh"o`,
    item: `it'em`,
    rating: 'rat"ing" --',
    unit: 'unit$$',
    role: 'ro\\le',
  },
);

/** Every query the client was given. */
export function recording(client: SqlClient): { client: SqlClient; texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    client: {
      query: (text: string, values: readonly SqlValue[]) => {
        texts.push(text);
        return client.query(text, values);
      },
    },
  };
}

/**
 * Loads a survey whose every item, unit, role and respondent id is hostile under hostile table
 * and column names, runs the push-down, and checks: no id is in any query text, the names are
 * there only quoted, the tables survive with all their rows, the partials equal the JS engine's.
 */
export async function expectHostileIdsHarmless(database: SqlClient): Promise<void> {
  const survey = longSurvey({
    seed: 21,
    people: 60,
    itemsPerCompetency: [3, 2],
    weights: 'fractional',
    reverseShare: 0.3,
    units: 4,
    roles: 3,
    itemId: (j) => hostile(j, 'item'),
    unitId: (u) => hostile(u + 3, 'unit'),
    roleId: (r) => hostile(r + 6, 'role'),
    respondentId: (p) => hostile(p, 'person'),
  });
  const config = compileScoringConfig(survey.config);
  await loadSurvey(database, survey, hostileLayout);
  const { client, texts } = recording(database);
  const partials = await aggregatePublicationSql(client, config, hostileLayout, survey.groups, {
    quantiles: true,
  });
  expectPublicationPartialsEqual(partials, referencePartials(survey, config, true));
  expect(texts).toHaveLength(2);
  const ids = [
    ...survey.config.items.map((item) => item.id),
    ...survey.groups.units.ids,
    ...survey.groups.roles.ids,
  ];
  for (const text of texts) {
    for (const id of ids) expect(text).not.toContain(id);
    expect(text).toContain(`"an""swers'; DROP TABLE people; --"`);
    expect(text).toContain(`"rat""ing"" --"`);
    // Without the quoted names, no fragment of a hostile name is left in the text.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
    for (const fragment of ['DROP', '--', '$$', '\\', "'"])
      expect(unquoted).not.toContain(fragment);
  }
  const [answers] = await database.query(
    `SELECT CAST(COUNT(*) AS DOUBLE PRECISION) AS n FROM "an""swers'; DROP TABLE people; --"`,
    [],
  );
  const [people] = await database.query(
    'SELECT CAST(COUNT(*) AS DOUBLE PRECISION) AS n FROM "pe$1ople"',
    [],
  );
  expect(answers?.['n']).toBe(survey.answers.length);
  expect(people?.['n']).toBe(survey.people.length);
}
