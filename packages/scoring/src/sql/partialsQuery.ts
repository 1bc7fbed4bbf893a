import type { CompiledScoringConfig } from '../scoringConfig.js';
import { inputTables, parameterBreakdown } from './sqlInputs.js';
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

/**
 * A respondent's weighted sum and weight total, in SQL that gives the very doubles the JS
 * engine computes. The engine adds `weight × value` item by item in its competency order; SQL's
 * SUM adds in any order, which changes the last bit of a sum of non-integer products (and so
 * whether a score of exactly 3 is "below 3"). So with non-integer weights each position's
 * product is picked out and the sum is written out left to right, the order the engine uses;
 * adding 0 for an unanswered position leaves a double unchanged. With integer weights every
 * partial sum is an integer below 2⁵³, exact in any order, and SUM is used.
 */
function weightedSums(config: CompiledScoringConfig): { sum: string; total: string } {
  if (config.weightOfItem.every((weight) => Number.isInteger(weight)))
    return { sum: 'SUM(weight * value)', total: 'SUM(weight)' };
  const positions = Math.max(...config.itemsPerCompetency);
  const at = (expression: string) =>
    Array.from(
      { length: positions },
      (_, p) => `COALESCE(MAX(CASE WHEN position = ${p} THEN ${expression} END), 0)`,
    ).join(' + ');
  return { sum: at('weight * value'), total: at('weight') };
}

/**
 * The query that computes the engine's mergeable partials in the database: per unit × role ×
 * competency (× histogram bin with `quantiles`), the count of scores, their sum and sum of
 * squares shifted by the scale's midpoint, min and max, and the gap figures. Only these rows
 * leave the database; `decodePublicationPartials` turns them into `PublicationPartials`.
 *
 * Scores are the engine's: the weighted mean of the answered items of a competency (reverse-
 * coded items as min + max − rating), counted when at least the config's minimum of items are
 * answered; gap = max(0, required − score) where the role sets a level; below = score <
 * required; bin = round((score − min) × bins per point), rounding halves up as `Math.round`.
 * Assumes checked data (see `checkQuery`): a respondent answering an item twice would count twice.
 */
export function partialsQuery(
  config: CompiledScoringConfig,
  layout: QuotedLayout,
  groups: CheckedGroups,
  quantiles: boolean,
): SqlQuery {
  const parameters = new SqlParameters();
  const inputs = inputTables(parameters, config, groups);
  const { answers, people } = layout;
  const rating = `CAST(a.${answers.rating} AS DOUBLE PRECISION)`;
  const { sum, total } = weightedSums(config);
  // x − FLOOR(x) is exact for x ≥ 0, so this is Math.round (halves up) with no rounding of its
  // own; ROUND would not do: PostgreSQL rounds a double's halves to even.
  const bin = quantiles
    ? 'FLOOR(bin_position) + CASE WHEN bin_position - FLOOR(bin_position) >= 0.5 THEN 1 ELSE 0 END'
    : '0';
  const text = `WITH ${[
    `capkit_values AS (
  SELECT a.${answers.respondent} AS respondent, i.competency, i.position, i.weight,
    CASE WHEN i.reverse_coded = 1 THEN ${inputs.scaleMin} + ${inputs.scaleMax} - ${rating} ELSE ${rating} END AS value
  FROM ${answers.table} AS a
  JOIN ${inputs.items('i')} ON CAST(a.${answers.item} AS VARCHAR) = i.item_id
  WHERE a.${answers.rating} IS NOT NULL)`,
    `capkit_sums AS (
  SELECT respondent, competency, COUNT(*) AS answered, ${sum} AS weighted_sum, ${total} AS weight_total
  FROM capkit_values
  GROUP BY respondent, competency)`,
    `capkit_scores AS (
  SELECT x.respondent, x.competency, x.weighted_sum / x.weight_total AS score
  FROM capkit_sums AS x
  JOIN ${inputs.competencies('k')} ON k.competency = x.competency
  WHERE x.answered >= k.min_answered)`,
    `capkit_people AS (
  SELECT p.${people.respondent} AS respondent, u.unit_index, r.role_index
  FROM ${people.table} AS p
  JOIN ${inputs.units('u')} ON CAST(p.${people.unit} AS VARCHAR) = u.unit_id
  JOIN ${inputs.roles('r')} ON CAST(p.${people.role} AS VARCHAR) = r.role_id)`,
    `capkit_scored AS (
  SELECT q.unit_index, q.role_index, c.competency, c.score, c.score - ${inputs.shift} AS deviation,
    l.level, (c.score - ${inputs.scaleMin}) * ${inputs.binsPerPoint} AS bin_position
  FROM capkit_scores AS c
  JOIN capkit_people AS q ON q.respondent = c.respondent
  LEFT JOIN ${inputs.levels('l')} ON l.role_index = q.role_index AND l.competency = c.competency)`,
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
FROM capkit_scored
GROUP BY 1, 2, 3, 4`;
  return parameters.query(text, parameterBreakdown(config, groups));
}
