import { describe, expect, it } from 'vitest';
import { compileScoringConfig, type ScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import {
  maxSqlParameters,
  publicationQueries,
  quoteIdentifier,
  quoteTableName,
  type SqlDataLayout,
  type SqlPublicationGroups,
} from './index.js';

const layout: SqlDataLayout = { answers: { table: 'answers' }, people: { table: 'people' } };

function configWith(ids: readonly string[], weights: readonly number[]): ScoringConfig {
  return {
    scale: { min: 1, max: 5 },
    competencies: ['a', 'b'],
    items: ids.map((id, j) => ({
      id,
      competency: j % 2 === 0 ? 'a' : 'b',
      weight: weights[j] ?? 1,
      ...(j === 1 ? { reverseCoded: true } : {}),
    })),
  };
}

function groupsWith(units: readonly string[], roles: readonly string[]): SqlPublicationGroups {
  return {
    units: { ids: units, parentOf: units.map((_, u) => u - 1) },
    roles: { ids: roles, levels: roles.flatMap((_, r) => [r + 1.5, Number.NaN]) },
  };
}

function thrown(run: () => unknown): CapkitScoringError {
  try {
    run();
  } catch (error) {
    if (error instanceof CapkitScoringError) return error;
    throw error;
  }
  throw new Error('expected a CapkitScoringError');
}

describe('the query text holds no value from the config or the groups', () => {
  const ids = ['ITEM-ONE', 'ITEM-TWO', 'ITEM-THREE'];
  const queries = publicationQueries(
    compileScoringConfig(configWith(ids, [0.3, 1.7, 2.9])),
    layout,
    groupsWith(['UNIT-NORTH', 'UNIT-SOUTH'], ['ROLE-CLERK']),
  );

  it('binds every id, weight, flag, level and bound as a $n placeholder', () => {
    for (const { text, values } of [queries.check, queries.partials]) {
      for (const value of [...ids, 'UNIT-NORTH', 'UNIT-SOUTH', 'ROLE-CLERK', '0.3', '1.7', '2.9'])
        expect(text).not.toContain(value);
      expect(values).toEqual(expect.arrayContaining([...ids, 'UNIT-NORTH', 'ROLE-CLERK']));
      // Every placeholder is cast, and numbered 1 … values.length.
      const placeholders = [...text.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
      expect(new Set(placeholders)).toEqual(new Set(values.map((_, i) => i + 1)));
      expect(text.match(/\$\d+/g)?.length).toBe(text.match(/CAST\(\$\d+ AS /g)?.length);
    }
  });

  it('binds only what a statement reads: the check needs no weights or levels', () => {
    expect(queries.partials.values).toEqual(expect.arrayContaining([0.3, 1.7, 2.9, 1.5]));
    for (const value of [0.3, 1.7, 2.9, 1.5]) expect(queries.check.values).not.toContain(value);
  });

  it('is the same text for the same shape, whatever the ids, weights and levels', () => {
    const other = publicationQueries(
      compileScoringConfig(configWith(['x', 'y', 'z'], [0.1, 0.2, 4.5])),
      layout,
      {
        units: { ids: ['n', 's'], parentOf: [-1, -1] },
        roles: { ids: ['r'], levels: [3, Number.NaN] },
      },
    );
    expect(other.partials.text).toBe(queries.partials.text);
    expect(other.check.text).toBe(queries.check.text);
    expect(other.partials.values).not.toEqual(queries.partials.values);
  });
});

describe('limits and located errors', () => {
  const config = compileScoringConfig(configWith(['i0', 'i1'], [1, 1]));

  it(`refuses a query that would bind more than ${maxSqlParameters} values`, () => {
    const units = Array.from({ length: maxSqlParameters }, (_, u) => `u${u}`);
    const error = thrown(() => publicationQueries(config, layout, groupsWith(units, ['r'])));
    expect(error.path).toBe('sql.parameters');
    expect(error.message).toMatch(
      /would bind 65,5\d\d values \(.*1 per unit × 65,535.*\), above the 65,535/,
    );
  });

  it('refuses more than 1,600 items: a respondent’s ratings are one row, and PostgreSQL keeps 1,664 columns', () => {
    const ids = Array.from({ length: 1_601 }, (_, j) => `i${j}`);
    const wide = compileScoringConfig(configWith(ids, []));
    const error = thrown(() => publicationQueries(wide, layout, groupsWith(['u'], ['r'])));
    expect(error.path).toBe('config.items');
    expect(error.message).toContain('at most 1600 items');
  });

  it('names an unknown layout key, a table named like the query’s own, a long or empty name', () => {
    const groups = groupsWith(['u'], ['r']);
    const bad = (input: unknown) =>
      thrown(() => publicationQueries(config, input as SqlDataLayout, groups));
    expect(bad({ ...layout, answer: {} }).path).toBe('layout.answer');
    expect(bad({ ...layout, people: { table: 'people', rol: 'x' } }).path).toBe(
      'layout.people.rol',
    );
    expect(bad({ ...layout, people: { table: 'Capkit_Scores' } }).path).toBe('layout.people.table');
    expect(bad({ ...layout, answers: { table: ['s', 'x'.repeat(64)] } }).path).toBe(
      'layout.answers.table[1]',
    );
    expect(bad({ ...layout, answers: { table: 'answers', rating: '' } }).path).toBe(
      'layout.answers.rating',
    );
    expect(bad({ ...layout, answers: { table: [] } }).path).toBe('layout.answers.table');
  });

  it('names bad groups: a repeated id, a cycle, levels of the wrong length', () => {
    const bad = (groups: SqlPublicationGroups) =>
      thrown(() => publicationQueries(config, layout, groups));
    expect(bad(groupsWith(['u', 'v', 'u'], ['r'])).path).toBe('groups.units.ids[2]');
    expect(
      bad({ ...groupsWith(['u', 'v'], ['r']), units: { ids: ['u', 'v'], parentOf: [1, 0] } }).path,
    ).toBe('parentOf[0]');
    expect(bad({ ...groupsWith(['u'], ['r']), roles: { ids: ['r'], levels: [1] } }).path).toBe(
      'groups.roles.levels',
    );
    expect(bad(groupsWith(['u\u0000'], ['r'])).path).toBe('groups.units.ids[0]');
  });

  it('refuses a config not made by compileScoringConfig', () => {
    expect(
      thrown(() => publicationQueries({ ...config }, layout, groupsWith(['u'], ['r']))).path,
    ).toBe('config');
  });
});

describe('quoted identifiers', () => {
  it('double the embedded quotes and leave everything else as it is', () => {
    expect(quoteIdentifier('answers')).toBe('"answers"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(quoteIdentifier(`x'); DROP TABLE answers; --`)).toBe(`"x'); DROP TABLE answers; --"`);
    expect(quoteTableName(['hr', 'people'])).toBe('"hr"."people"');
    expect(quoteTableName(['db', 's"x', 't'])).toBe('"db"."s""x"."t"');
  });

  it('refuse an empty name, U+0000 and names PostgreSQL would truncate', () => {
    expect(() => quoteIdentifier('')).toThrow(CapkitScoringError);
    expect(() => quoteIdentifier('a\u0000b')).toThrow(/U\+0000/);
    expect(quoteIdentifier('é'.repeat(31))).toBe(`"${'é'.repeat(31)}"`); // 62 bytes
    expect(() => quoteIdentifier('é'.repeat(32))).toThrow(/64 bytes long/);
    expect(() => quoteTableName(['a', 'b', 'c', 'd'])).toThrow(/has 4 parts/);
  });
});

describe('decoding rows', () => {
  const config = compileScoringConfig(configWith(['i0', 'i1'], [1, 1]));
  const queries = publicationQueries(config, layout, groupsWith(['u', 'v'], ['r']));
  const row = {
    unit_index: 1,
    role_index: 0,
    competency: 1,
    bin: 0,
    score_count: 2,
    shifted_sum: 1,
    shifted_squares: 2.5,
    score_min: 3,
    score_max: 5,
    gap_count: 2,
    gap_sum: 0,
    below: 0,
  };

  it('turns shifted sums into mean and M2 as the float kernel does', () => {
    // Made-up sums, to check the arithmetic alone: n = 2, Σd = 1, Σd² = 2.5 about the shift 3
    // (the midpoint of 1–5), so mean = 3 + 1/2 = 3.5 and M2 = 2.5 − 1²/2 = 2.
    const partials = queries.decode([row]);
    const cell = 1 * 2 + 1;
    expect(partials.byUnit.count[cell]).toBe(2);
    expect(partials.byUnit.mean[cell]).toBe(3.5);
    expect(partials.byUnit.m2[cell]).toBe(2);
    expect(partials.byRole.count[1]).toBe(2);
    expect(partials.byUnitRole.count[cell]).toBe(2);
  });

  it('names the row and column of a value that is not a finite number or an index in range', () => {
    expect(thrown(() => queries.decode([{ ...row, score_count: '2' }])).path).toBe(
      'rows[0].score_count',
    );
    expect(thrown(() => queries.decode([row, { ...row, unit_index: 2 }])).path).toBe(
      'rows[1].unit_index',
    );
    expect(thrown(() => queries.decode([{ ...row, bin: 1 }])).path).toBe('rows[0].bin');
  });
});
