import type { CompiledScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import { inputTables, parameterBreakdown } from './sqlInputs.js';
import type { CheckedGroups, QuotedLayout } from './sqlLayout.js';
import { SqlParameters, type SqlQuery } from './sqlParameters.js';

// Problem codes, in the order they are reported: the rating itself, then whose answer it is.
const OFF_SCALE = 0;
const ANSWERED_TWICE = 1;
const NOT_A_PERSON = 2;
const UNKNOWN_UNIT = 3;
const UNKNOWN_ROLE = 4;
const LISTED_TWICE = 5;

/**
 * The query that checks the data as the JS engine's adapters do, before anything is
 * aggregated: it returns at most one row per kind of problem (the first by respondent id, then
 * item), each `problem`, `respondent`, `item` (or the unknown unit or role) and `value` (the
 * rating, or how many times):
 *
 * - a rating of one of the config's items off the scale or not a whole number;
 * - a respondent answering an item twice (two rows, whatever their ratings);
 * - an answer from a respondent who is not in the people table;
 * - a person whose unit or role is not in the given lists;
 * - a person listed twice in the people table (every threshold counts people, so each is one row).
 *
 * Answers to items outside the config are not read: an answers table may hold other instruments.
 */
export function checkQuery(
  config: CompiledScoringConfig,
  layout: QuotedLayout,
  groups: CheckedGroups,
): SqlQuery {
  const parameters = new SqlParameters();
  const inputs = inputTables(parameters, config, groups);
  const { answers, people } = layout;
  const respondent = `CAST(a.${answers.respondent} AS VARCHAR)`;
  const rating = `CAST(a.${answers.rating} AS DOUBLE PRECISION)`;
  const configAnswers = `${answers.table} AS a JOIN ${inputs.items('i')} ON CAST(a.${answers.item} AS VARCHAR) = i.item_id`;
  const noNumber = 'CAST(NULL AS DOUBLE PRECISION)';
  const first = (code: number, select: string) =>
    `SELECT * FROM (SELECT ${code} AS problem, ${select} ORDER BY 2, 3 LIMIT 1) AS capkit_problem_${code}`;
  const problems = [
    first(
      OFF_SCALE,
      `${respondent} AS respondent, i.item_id AS item, ${rating} AS value
    FROM ${configAnswers}
    WHERE a.${answers.rating} IS NOT NULL
      AND (${rating} < ${inputs.scaleMin} OR ${rating} > ${inputs.scaleMax} OR ${rating} <> FLOOR(${rating}))`,
    ),
    // Grouping by respondent × item takes a group per answer; instead each item sets a bit, and a
    // respondent whose bits add up to more than their union answered an item twice (measured 7×
    // faster in PostgreSQL, 10× in DuckDB). Only that respondent's answers are grouped by item.
    first(
      ANSWERED_TWICE,
      `${respondent} AS respondent, i.item_id AS item, CAST(COUNT(*) AS DOUBLE PRECISION) AS value
    FROM ${configAnswers}
    WHERE a.${answers.respondent} IN (SELECT capkit_repeats.respondent FROM (
      SELECT b.${answers.respondent} AS respondent
      FROM ${answers.table} AS b JOIN ${inputs.itemBits('w')} ON CAST(b.${answers.item} AS VARCHAR) = w.item_id
      GROUP BY b.${answers.respondent}, w.word
      HAVING SUM(w.bit) <> BIT_OR(w.bit)
      ORDER BY CAST(b.${answers.respondent} AS VARCHAR) LIMIT 1) AS capkit_repeats)
    GROUP BY a.${answers.respondent}, i.item_id
    HAVING COUNT(*) > 1`,
    ),
    first(
      NOT_A_PERSON,
      `${respondent} AS respondent, i.item_id AS item, ${noNumber} AS value
    FROM ${configAnswers}
    WHERE NOT EXISTS (SELECT 1 FROM ${people.table} AS p WHERE p.${people.respondent} = a.${answers.respondent})`,
    ),
    first(
      UNKNOWN_UNIT,
      `CAST(p.${people.respondent} AS VARCHAR) AS respondent, CAST(p.${people.unit} AS VARCHAR) AS item, ${noNumber} AS value
    FROM ${people.table} AS p
    WHERE NOT EXISTS (SELECT 1 FROM ${inputs.units('u')} WHERE u.unit_id = CAST(p.${people.unit} AS VARCHAR))`,
    ),
    first(
      UNKNOWN_ROLE,
      `CAST(p.${people.respondent} AS VARCHAR) AS respondent, CAST(p.${people.role} AS VARCHAR) AS item, ${noNumber} AS value
    FROM ${people.table} AS p
    WHERE NOT EXISTS (SELECT 1 FROM ${inputs.roles('r')} WHERE r.role_id = CAST(p.${people.role} AS VARCHAR))`,
    ),
    first(
      LISTED_TWICE,
      `CAST(p.${people.respondent} AS VARCHAR) AS respondent, CAST(NULL AS VARCHAR) AS item, CAST(COUNT(*) AS DOUBLE PRECISION) AS value
    FROM ${people.table} AS p
    GROUP BY p.${people.respondent}
    HAVING COUNT(*) > 1`,
    ),
  ];
  const text = problems.join('\nUNION ALL\n');
  return parameters.query(text, parameterBreakdown(config, groups));
}

// A database value as the message shows it: ids quoted, numbers as they are.
function shown(value: unknown, quote: boolean): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint')
    return quote ? JSON.stringify(value.toString()) : value.toString();
  return typeof value === 'string'
    ? quote
      ? JSON.stringify(value)
      : value
    : JSON.stringify(value);
}

/**
 * Throws the first problem the rows of {@link checkQuery} report, naming the respondent and the
 * item (or unit, or role); returns when there is none.
 *
 * @throws {CapkitScoringError} e.g. `answers[respondent "r7"][item "q3"]: rating 6 is not a
 *   whole number on the scale 1–5`.
 */
export function throwCheckProblem(
  rows: readonly Record<string, unknown>[],
  config: CompiledScoringConfig,
): void {
  const problems = [...rows].sort((a, b) => Number(a['problem']) - Number(b['problem']));
  const row = problems[0];
  if (row === undefined) return;
  const respondent = shown(row['respondent'], true);
  const item = shown(row['item'], true);
  const value = shown(row['value'], false);
  const { min, max } = config.config.scale;
  const problem = Number(row['problem']);
  switch (problem) {
    case OFF_SCALE:
      throw new CapkitScoringError(
        `answers[respondent ${respondent}][item ${item}]`,
        `rating ${value} is not a whole number on the scale ${min}–${max}`,
      );
    case ANSWERED_TWICE:
      throw new CapkitScoringError(
        `answers[respondent ${respondent}][item ${item}]`,
        `is answered ${value} times; a respondent answers an item once`,
      );
    case NOT_A_PERSON:
      throw new CapkitScoringError(
        `answers[respondent ${respondent}]`,
        "answers the config's items but is not in the people table, so has no unit or role",
      );
    case UNKNOWN_UNIT:
      throw new CapkitScoringError(
        `people[respondent ${respondent}].unit`,
        `unit ${item} is not in groups.units.ids`,
      );
    case UNKNOWN_ROLE:
      throw new CapkitScoringError(
        `people[respondent ${respondent}].role`,
        `role ${item} is not in groups.roles.ids`,
      );
    case LISTED_TWICE:
      throw new CapkitScoringError(
        `people[respondent ${respondent}]`,
        `is listed ${value} times; each person is one row, as every threshold counts people`,
      );
    default:
      throw new CapkitScoringError(
        'rows[0].problem',
        `is ${shown(row['problem'], false)}, not a problem code`,
      );
  }
}
