import type { CompiledScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import { inputTables, parameterBreakdown, type InputTables } from './sqlInputs.js';
import type { CheckedGroups, QuotedLayout } from './sqlLayout.js';
import { SqlParameters, type SqlQuery } from './sqlParameters.js';

/** Columns of a partials row, all DOUBLE PRECISION. */
export const partialsColumns = [
  'unit_index',
  'role_index',
  'competency',
  'bin',
  'score_count',
  'shifted_sum',
  'shifted_squares',
  'score_min',
  'score_max',
  'gap_count',
  'gap_sum',
  'below',
] as const;

// Each respondent's ratings become one row of one column per item (and then one score column per
// competency); PostgreSQL allows 1,664 columns in a row.
const maxItems = 1_600;

/** Item indices of competency c, in the order the JS engine sums them. */
function itemsInEngineOrder(config: CompiledScoringConfig, c: number): number[] {
  return Array.from(config.itemOrder.subarray(config.itemStart[c], config.itemStart[c + 1]));
}

/**
 * The first pass: each respondent's answers grouped into one row, and each competency's score
 * from it as a column s0, s1, …, giving the very doubles the JS engine computes.
 *
 * The engine adds `weight × value` item by item in its competency order. With integer weights
 * (unit weights among them) every partial sum is an integer below 2⁵³, exact in any order, so the
 * row holds per-competency SUMs. Otherwise SQL's SUM, which adds in any order, would move the last
 * bit of a sum (and so whether a score of exactly 3 is "below 3"): the row holds one rating per
 * item (r0, r1, …) and each score is written out term by term in the engine's order; an
 * unanswered item adds 0, which leaves a double unchanged.
 */
function scoresByRespondent(
  config: CompiledScoringConfig,
  layout: QuotedLayout,
  inputs: InputTables,
): string {
  const { answers } = layout;
  const rating = `CAST(a.${answers.rating} AS DOUBLE PRECISION)`;
  const C = config.competencies;
  const competencies = Array.from({ length: C }, (_, c) => c);
  const score = (c: number, answered: string, weighted: string, total: string) =>
    `CASE WHEN ${answered} >= ${inputs.minAnswered(c)} THEN ${weighted} / ${total} END AS s${c}`;
  if (config.weightOfItem.every((weight) => Number.isInteger(weight))) {
    const value = `CASE WHEN i.reverse_coded = 1 THEN ${inputs.scaleMin} + ${inputs.scaleMax} - ${rating} ELSE ${rating} END`;
    const sums = competencies.map(
      (c) =>
        `SUM(CASE WHEN i.competency = ${c} THEN i.weight * (${value}) END) AS weighted${c}, ` +
        `SUM(CASE WHEN i.competency = ${c} THEN i.weight END) AS total${c}, ` +
        `COUNT(CASE WHEN i.competency = ${c} THEN 1 END) AS answered${c}`,
    );
    return `SELECT respondent,
    ${competencies.map((c) => score(c, `answered${c}`, `weighted${c}`, `total${c}`)).join(',\n    ')}
  FROM (SELECT a.${answers.respondent} AS respondent,
      ${sums.join(',\n      ')}
    FROM ${answers.table} AS a
    JOIN ${inputs.weightedItems('i')} ON CAST(a.${answers.item} AS VARCHAR) = i.item_id
    WHERE a.${answers.rating} IS NOT NULL
    GROUP BY a.${answers.respondent}) AS capkit_sums`;
  }
  const ratings = Array.from(
    { length: config.items },
    (_, j) => `MAX(CASE WHEN i.item_index = ${j} THEN ${rating} END) AS r${j}`,
  );
  const value = (j: number) =>
    `(CASE WHEN ${inputs.reverseCoded(j)} = 1 THEN ${inputs.scaleMin} + ${inputs.scaleMax} - r${j} ELSE r${j} END)`;
  const scores = competencies.map((c) => {
    const items = itemsInEngineOrder(config, c);
    const weighted = items.map((j) => `COALESCE(${inputs.weight(j)} * ${value(j)}, 0)`).join(' + ');
    const total = items
      .map((j) => `(CASE WHEN r${j} IS NULL THEN 0 ELSE ${inputs.weight(j)} END)`)
      .join(' + ');
    const answered = items.map((j) => `(CASE WHEN r${j} IS NULL THEN 0 ELSE 1 END)`).join(' + ');
    return score(c, answered, `(${weighted})`, `(${total})`);
  });
  return `SELECT respondent,
    ${scores.join(',\n    ')}
  FROM (SELECT a.${answers.respondent} AS respondent,
      ${ratings.join(',\n      ')}
    FROM ${answers.table} AS a
    JOIN ${inputs.items('i')} ON CAST(a.${answers.item} AS VARCHAR) = i.item_id
    WHERE a.${answers.rating} IS NOT NULL
    GROUP BY a.${answers.respondent}) AS capkit_ratings`;
}

/**
 * The query that computes the engine's mergeable partials in the database: per unit × role ×
 * competency (× histogram bin with `quantiles`), the count of scores, their sum and sum of
 * squares shifted by the scale's midpoint, min and max, and the gap figures. Only these rows
 * leave the database; `decodePublicationPartials` turns them into `PublicationPartials`.
 *
 * One pass over the answers groups them by respondent, and gives each competency's score (see
 * `scoresByRespondent`): the weighted mean of its answered items (reverse-coded ones as
 * min + max − rating), when at least the config's minimum are answered. Grouping by respondent
 * alone, rather than by respondent × competency, keeps the groups few enough for PostgreSQL to
 * aggregate in parallel. Then gap = max(0, required − score) where the role sets a level,
 * below = score < required, bin = round((score − min) × bins per point), rounding halves up as
 * `Math.round` does. Assumes checked data (see `checkQuery`): of an item answered twice, one
 * rating would be used.
 *
 * @throws {CapkitScoringError} for more than 1,600 items, or more values than `maxSqlParameters`.
 */
export function partialsQuery(
  config: CompiledScoringConfig,
  layout: QuotedLayout,
  groups: CheckedGroups,
  quantiles: boolean,
): SqlQuery {
  if (config.items > maxItems) {
    throw new CapkitScoringError(
      'config.items',
      `has ${config.items} items; the push-down reads a respondent's ratings as one row with a column per item, and PostgreSQL allows 1,664 columns: at most ${maxItems} items`,
    );
  }
  const parameters = new SqlParameters();
  const inputs = inputTables(parameters, config, groups);
  const { people } = layout;
  const C = config.competencies;
  const scoreOfRow = `CASE k.competency ${Array.from({ length: C }, (_, c) => `WHEN ${c} THEN x.s${c}`).join(' ')} END`;
  const competencies = Array.from({ length: C }, (_, c) => `(${c})`).join(', ');
  // x − FLOOR(x) is exact for x ≥ 0, so this is Math.round (halves up) with no rounding of its
  // own; ROUND would not do: PostgreSQL rounds a double's halves to even.
  const bin = quantiles
    ? 'FLOOR(bin_position) + CASE WHEN bin_position - FLOOR(bin_position) >= 0.5 THEN 1 ELSE 0 END'
    : '0';
  const text = `WITH ${[
    // OFFSET 0 keeps each query block whole: otherwise PostgreSQL, which does not share common
    // subexpressions, writes a score's whole expression into every place that reads it and
    // computes it there each time (measured 2.5× slower at 100,000 × 40).
    `capkit_scores AS (
  ${scoresByRespondent(config, layout, inputs)}
  OFFSET 0)`,
    `capkit_people AS (
  SELECT p.${people.respondent} AS respondent, u.unit_index, r.role_index
  FROM ${people.table} AS p
  JOIN ${inputs.units('u')} ON CAST(p.${people.unit} AS VARCHAR) = u.unit_id
  JOIN ${inputs.roles('r')} ON CAST(p.${people.role} AS VARCHAR) = r.role_id)`,
    `capkit_scored AS (
  SELECT q.unit_index, q.role_index, k.competency, ${scoreOfRow} AS score
  FROM capkit_scores AS x
  JOIN capkit_people AS q ON q.respondent = x.respondent
  CROSS JOIN (VALUES ${competencies}) AS k (competency)
  OFFSET 0)`,
    `capkit_cells AS (
  SELECT s.unit_index, s.role_index, s.competency, s.score, s.score - ${inputs.shift} AS deviation,
    l.level, (s.score - ${inputs.scaleMin}) * ${inputs.binsPerPoint} AS bin_position
  FROM capkit_scored AS s
  LEFT JOIN ${inputs.levels('l')} ON l.role_index = s.role_index AND l.competency = s.competency
  WHERE s.score IS NOT NULL)`,
  ].join(',\n')}
SELECT CAST(unit_index AS DOUBLE PRECISION) AS unit_index,
  CAST(role_index AS DOUBLE PRECISION) AS role_index,
  CAST(competency AS DOUBLE PRECISION) AS competency,
  CAST(${bin} AS DOUBLE PRECISION) AS bin,
  CAST(COUNT(*) AS DOUBLE PRECISION) AS score_count,
  CAST(SUM(deviation) AS DOUBLE PRECISION) AS shifted_sum,
  CAST(SUM(deviation * deviation) AS DOUBLE PRECISION) AS shifted_squares,
  CAST(MIN(score) AS DOUBLE PRECISION) AS score_min,
  CAST(MAX(score) AS DOUBLE PRECISION) AS score_max,
  CAST(COUNT(level) AS DOUBLE PRECISION) AS gap_count,
  CAST(COALESCE(SUM(CASE WHEN score < level THEN level - score END), 0) AS DOUBLE PRECISION) AS gap_sum,
  CAST(COUNT(CASE WHEN score < level THEN 1 END) AS DOUBLE PRECISION) AS below
FROM capkit_cells
GROUP BY 1, 2, 3, 4`;
  return parameters.query(text, parameterBreakdown(config, groups));
}
