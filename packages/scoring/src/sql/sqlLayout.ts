import { z } from 'zod';
import { hierarchyDepths } from '../mergePartials.js';
import type { CompiledScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import { parseAt } from '../zodIssue.js';
import { quoteIdentifier, quoteTableName } from './sqlIdentifiers.js';

const name = z.string().min(1);
const tableName = z.union([name, z.array(name).min(1).max(3).readonly()]);

/**
 * Where the responses live, in the long form government apps keep: one row per answer, and one
 * row per person. Every name is used only as a quoted identifier (see `quoteIdentifier`).
 */
export const sqlDataLayoutSchema = z.strictObject({
  /** One row per answer; a missing rating is no row, or a row whose rating is NULL. */
  answers: z.strictObject({
    /** The table (or view): a name, or its parts, e.g. `['survey', 'answers']`. */
    table: tableName,
    /**
     * Column of the respondent's id; compared with the people table's as it is, so both
     * columns need the same type.
     * @default 'respondent_id'
     */
    respondent: name.default('respondent_id'),
    /** Column of the item's id, compared as text with the config's item ids. @default 'item_id' */
    item: name.default('item_id'),
    /** Column of the rating: a whole number on the config's scale, or NULL. @default 'rating' */
    rating: name.default('rating'),
  }),
  /** One row per person: the unit and role they are counted in. */
  people: z.strictObject({
    table: tableName,
    /** @default 'respondent_id' */
    respondent: name.default('respondent_id'),
    /** Column of the unit's id, compared as text with `groups.units.ids`. @default 'unit_id' */
    unit: name.default('unit_id'),
    /** Column of the role's id, compared as text with `groups.roles.ids`. @default 'role_id' */
    role: name.default('role_id'),
  }),
});

/** Where the data lives; see {@link sqlDataLayoutSchema}. */
export type SqlDataLayout = z.input<typeof sqlDataLayoutSchema>;

const ids = z.array(z.string().min(1)).min(1).readonly();

/**
 * The units and roles results are grouped by, in the order of the partials' group indices: the
 * same lists, hierarchy and required levels `PublicationGroups` holds, with ids in place of a
 * column per respondent (the database holds those).
 */
export const sqlPublicationGroupsSchema = z.strictObject({
  units: z.strictObject({
    /** Unit ids; unit u of the partials is `ids[u]`. */
    ids,
    /** Parent index of each unit, −1 for a top-level unit. */
    parentOf: z.union([z.instanceof(Int32Array), z.array(z.number().int()).readonly()]),
  }),
  roles: z.strictObject({
    /** Role ids; role r of the partials is `ids[r]`. */
    ids,
    /** Required level at `role * competencies + c`; `NaN` where the role sets none. */
    levels: z.union([
      z.instanceof(Float64Array),
      z.array(z.union([z.number(), z.nan()])).readonly(),
    ]),
  }),
});

/** Units and roles; see {@link sqlPublicationGroupsSchema}. */
export type SqlPublicationGroups = z.input<typeof sqlPublicationGroupsSchema>;

/** The layout with every name quoted, ready to be put into query text. */
export interface QuotedLayout {
  readonly answers: { table: string; respondent: string; item: string; rating: string };
  readonly people: { table: string; respondent: string; unit: string; role: string };
}

/** The groups checked against the config. */
export interface CheckedGroups {
  readonly unitIds: readonly string[];
  readonly parentOf: Int32Array;
  readonly roleIds: readonly string[];
  readonly levels: Float64Array;
}

/** Names of the query's own common table expressions, which a caller's table must not shadow. */
export const ownTableNames = ['capkit_scores', 'capkit_people', 'capkit_scored', 'capkit_cells'];

/**
 * Validates the layout and quotes its names.
 *
 * @throws {CapkitScoringError} naming the field, for an unknown key, an empty name, or a table
 *   named like one of the query's own tables.
 */
export function quotedLayout(input: SqlDataLayout): QuotedLayout {
  const layout = parseAt(sqlDataLayoutSchema, input, 'layout');
  for (const table of ['answers', 'people'] as const) {
    const tableName = layout[table].table;
    // DuckDB matches names case-insensitively even when quoted, so compare folded.
    if (typeof tableName === 'string' && ownTableNames.includes(tableName.toLowerCase())) {
      throw new CapkitScoringError(
        `layout.${table}.table`,
        `"${tableName}" is the name of one of the query's own tables (${ownTableNames.join(', ')}); qualify it with its schema`,
      );
    }
  }
  const { answers, people } = layout;
  const column = (table: 'answers' | 'people', key: string, value: string) =>
    quoteIdentifier(value, `layout.${table}.${key}`);
  return {
    answers: {
      table: quoteTableName(answers.table, 'layout.answers.table'),
      respondent: column('answers', 'respondent', answers.respondent),
      item: column('answers', 'item', answers.item),
      rating: column('answers', 'rating', answers.rating),
    },
    people: {
      table: quoteTableName(people.table, 'layout.people.table'),
      respondent: column('people', 'respondent', people.respondent),
      unit: column('people', 'unit', people.unit),
      role: column('people', 'role', people.role),
    },
  };
}

function checkIds(list: readonly string[], path: string): void {
  const seen = new Map<string, number>();
  list.forEach((id, index) => {
    if (id.includes('\u0000'))
      throw new CapkitScoringError(
        `${path}[${index}]`,
        'holds U+0000, which PostgreSQL text cannot',
      );
    const first = seen.get(id);
    if (first !== undefined)
      throw new CapkitScoringError(`${path}[${index}]`, `"${id}" is listed already at [${first}]`);
    seen.set(id, index);
  });
}

/**
 * Validates the groups against the config: distinct ids, a parent per unit forming a forest,
 * a required level (or `NaN`) per role × competency.
 *
 * @throws {CapkitScoringError} naming the field.
 */
export function checkedGroups(
  input: SqlPublicationGroups,
  config: CompiledScoringConfig,
): CheckedGroups {
  const groups = parseAt(sqlPublicationGroupsSchema, input, 'groups');
  checkIds(groups.units.ids, 'groups.units.ids');
  checkIds(groups.roles.ids, 'groups.roles.ids');
  config.config.items.forEach((item, j) => {
    if (item.id.includes('\u0000'))
      throw new CapkitScoringError(
        `config.items[${j}].id`,
        'holds U+0000, which PostgreSQL text cannot',
      );
  });
  const units = groups.units.ids.length;
  const parentOf = Int32Array.from(groups.units.parentOf);
  if (parentOf.length !== units) {
    throw new CapkitScoringError(
      'groups.units.parentOf',
      `has ${parentOf.length} entries, expected one per unit (${units})`,
    );
  }
  hierarchyDepths(parentOf);
  const roles = groups.roles.ids.length;
  const levels = Float64Array.from(groups.roles.levels);
  if (levels.length !== roles * config.competencies) {
    throw new CapkitScoringError(
      'groups.roles.levels',
      `has ${levels.length} entries, expected roles × competencies = ${roles} × ${config.competencies}`,
    );
  }
  levels.forEach((level, i) => {
    if (!Number.isNaN(level) && !Number.isFinite(level))
      throw new CapkitScoringError(`groups.roles.levels[${i}]`, `is ${level}; give a level or NaN`);
  });
  return { unitIds: groups.units.ids, parentOf, roleIds: groups.roles.ids, levels };
}
