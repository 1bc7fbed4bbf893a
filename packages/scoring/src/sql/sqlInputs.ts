import { histogramResolution } from '../aggregateByGroup.js';
import type { CompiledScoringConfig } from '../scoringConfig.js';
import type { CheckedGroups } from './sqlLayout.js';
import type { SqlParameters } from './sqlParameters.js';

/**
 * The config and the groups as common table expressions of bound values, the only way they
 * enter a query. Indices (competency, position, unit, role) are integers this module counts
 * itself, so they are written as numerals; every id, weight, flag, level and bound comes from
 * the caller and is a placeholder.
 *
 * - `capkit_items (item_id, competency, position, weight, reverse_coded)`: position is the
 *   item's place among its competency's items, in the order the JS engine sums them;
 * - `capkit_competencies (competency, min_answered)`;
 * - `capkit_units (unit_id, unit_index)`, `capkit_roles (role_id, role_index)`;
 * - `capkit_levels (role_index, competency, level)`: only the levels a role sets;
 * - `capkit_settings (scale_min, scale_max, shift, bins_per_point)`.
 */
export function inputTables(
  parameters: SqlParameters,
  config: CompiledScoringConfig,
  groups: CheckedGroups,
): string[] {
  const { min, max } = config.config.scale;
  const position = new Uint32Array(config.items);
  for (let c = 0; c < config.competencies; c += 1) {
    for (let t = config.itemStart[c] as number; t < (config.itemStart[c + 1] as number); t += 1)
      position[config.itemOrder[t] as number] = t - (config.itemStart[c] as number);
  }
  const items = config.config.items.map(
    (item, j) =>
      `(${parameters.bind(item.id, 'VARCHAR')}, ${config.competencyOfItem[j] ?? 0}, ${position[j] ?? 0}, ` +
      `${parameters.bind(config.weightOfItem[j] ?? 1, 'DOUBLE PRECISION')}, ` +
      `${parameters.bind(item.reverseCoded === true ? 1 : 0, 'INTEGER')})`,
  );
  const competencies = Array.from(
    config.minAnswered,
    (minAnswered, c) => `(${c}, ${parameters.bind(minAnswered, 'INTEGER')})`,
  );
  const units = groups.unitIds.map((id, u) => `(${parameters.bind(id, 'VARCHAR')}, ${u})`);
  const roles = groups.roleIds.map((id, r) => `(${parameters.bind(id, 'VARCHAR')}, ${r})`);
  const C = config.competencies;
  const levels: string[] = [];
  groups.levels.forEach((level, i) => {
    if (!Number.isNaN(level))
      levels.push(
        `(${Math.floor(i / C)}, ${i % C}, ${parameters.bind(level, 'DOUBLE PRECISION')})`,
      );
  });
  const settings = [min, max, (min + max) / 2, histogramResolution(config)].map((value) =>
    parameters.bind(value, 'DOUBLE PRECISION'),
  );
  return [
    `capkit_items (item_id, competency, position, weight, reverse_coded) AS (VALUES ${items.join(', ')})`,
    `capkit_competencies (competency, min_answered) AS (VALUES ${competencies.join(', ')})`,
    `capkit_units (unit_id, unit_index) AS (VALUES ${units.join(', ')})`,
    `capkit_roles (role_id, role_index) AS (VALUES ${roles.join(', ')})`,
    // An empty VALUES list is not SQL: no role sets a level, so an empty table of that shape.
    levels.length === 0
      ? 'capkit_levels (role_index, competency, level) AS (SELECT 0, 0, CAST(NULL AS DOUBLE PRECISION) WHERE 1 = 0)'
      : `capkit_levels (role_index, competency, level) AS (VALUES ${levels.join(', ')})`,
    `capkit_settings (scale_min, scale_max, shift, bins_per_point) AS (VALUES (${settings.join(', ')}))`,
  ];
}

/** What the bound values are, for the error when there are too many. */
export function parameterBreakdown(config: CompiledScoringConfig, groups: CheckedGroups): string {
  const levels = groups.levels.filter((level) => !Number.isNaN(level)).length;
  const n = (count: number) => count.toLocaleString('en');
  return `3 per item × ${n(config.items)}, 1 per competency × ${n(config.competencies)}, 1 per unit × ${n(groups.unitIds.length)}, 1 per role × ${n(groups.roleIds.length)}, 1 per required level × ${n(levels)}, 4 settings`;
}
