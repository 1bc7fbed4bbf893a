import { histogramResolution } from '../aggregateByGroup.js';
import type { CompiledScoringConfig } from '../scoringConfig.js';
import type { CheckedGroups } from './sqlLayout.js';
import type { SqlParameters } from './sqlParameters.js';

/** The config and the groups as tables and values a query can use; see {@link inputTables}. */
export interface InputTables {
  /** `(item_id, competency, position, weight, reverse_coded)`, under `alias`. */
  readonly items: (alias: string) => string;
  /** `(competency, min_answered)`. */
  readonly competencies: (alias: string) => string;
  /** `(unit_id, unit_index)`. */
  readonly units: (alias: string) => string;
  /** `(role_id, role_index)`. */
  readonly roles: (alias: string) => string;
  /** `(role_index, competency, level)`: only the levels a role sets. */
  readonly levels: (alias: string) => string;
  /** Placeholders of the scale's bounds, its midpoint (the shift) and the histogram resolution. */
  readonly scaleMin: string;
  readonly scaleMax: string;
  readonly shift: string;
  readonly binsPerPoint: string;
}

/**
 * The config and the groups as `VALUES` tables of bound values, the only way they enter a query.
 * Indices (competency, position, unit, role) are integers this module counts itself, so they are
 * written as numerals; every id, weight, flag, level and bound comes from the caller and is a
 * placeholder. Each table is bound once and may be written out where it is used, as often as
 * needed: a placeholder can be repeated, and an inline table, unlike a common table expression
 * named twice, is not materialised by PostgreSQL (which would keep the query from running in
 * parallel). `position` is the item's place among its competency's items, in the order the JS
 * engine sums them.
 */
export function inputTables(
  parameters: SqlParameters,
  config: CompiledScoringConfig,
  groups: CheckedGroups,
): InputTables {
  const { min, max } = config.config.scale;
  const C = config.competencies;
  // Bound on first use, so that a query binds only the values it reads: both databases refuse a
  // placeholder the text never mentions.
  const once = (bind: () => string) => {
    let bound: string | undefined;
    return () => (bound ??= bind());
  };
  const table = (rows: () => readonly string[], columns: string) => {
    const values = once(() => `VALUES ${rows().join(', ')}`);
    return (alias: string) => `(${values()}) AS ${alias} (${columns})`;
  };
  const items = table(() => {
    const position = new Uint32Array(config.items);
    for (let c = 0; c < C; c += 1) {
      const first = config.itemStart[c] as number;
      for (let t = first; t < (config.itemStart[c + 1] as number); t += 1)
        position[config.itemOrder[t] as number] = t - first;
    }
    return config.config.items.map(
      (item, j) =>
        `(${parameters.bind(item.id, 'VARCHAR')}, ${config.competencyOfItem[j] ?? 0}, ${position[j] ?? 0}, ` +
        `${parameters.bind(config.weightOfItem[j] ?? 1, 'DOUBLE PRECISION')}, ` +
        `${parameters.bind(item.reverseCoded === true ? 1 : 0, 'INTEGER')})`,
    );
  }, 'item_id, competency, position, weight, reverse_coded');
  const competencies = table(
    () =>
      Array.from(
        config.minAnswered,
        (minAnswered, c) => `(${c}, ${parameters.bind(minAnswered, 'INTEGER')})`,
      ),
    'competency, min_answered',
  );
  const units = table(
    () => groups.unitIds.map((id, u) => `(${parameters.bind(id, 'VARCHAR')}, ${u})`),
    'unit_id, unit_index',
  );
  const roles = table(
    () => groups.roleIds.map((id, r) => `(${parameters.bind(id, 'VARCHAR')}, ${r})`),
    'role_id, role_index',
  );
  const setLevels: { role: number; competency: number; level: number }[] = [];
  groups.levels.forEach((level, i) => {
    if (!Number.isNaN(level)) setLevels.push({ role: Math.floor(i / C), competency: i % C, level });
  });
  const levels =
    setLevels.length === 0
      ? // An empty VALUES list is not SQL: where no role sets a level, an empty table of that shape.
        (alias: string) =>
          `(SELECT 0 AS role_index, 0 AS competency, CAST(NULL AS DOUBLE PRECISION) AS level WHERE 1 = 0) AS ${alias}`
      : table(
          () =>
            setLevels.map(
              ({ role, competency, level }) =>
                `(${role}, ${competency}, ${parameters.bind(level, 'DOUBLE PRECISION')})`,
            ),
          'role_index, competency, level',
        );
  const value = (number: number) => once(() => parameters.bind(number, 'DOUBLE PRECISION'));
  const scaleMin = value(min);
  const scaleMax = value(max);
  const shift = value((min + max) / 2);
  const binsPerPoint = value(histogramResolution(config));
  return {
    items,
    competencies,
    units,
    roles,
    levels,
    get scaleMin() {
      return scaleMin();
    },
    get scaleMax() {
      return scaleMax();
    },
    get shift() {
      return shift();
    },
    get binsPerPoint() {
      return binsPerPoint();
    },
  };
}

/** What the bound values are, for the error when there are too many. */
export function parameterBreakdown(config: CompiledScoringConfig, groups: CheckedGroups): string {
  const levels = groups.levels.filter((level) => !Number.isNaN(level)).length;
  const n = (count: number) => count.toLocaleString('en');
  return `3 per item × ${n(config.items)}, 1 per competency × ${n(config.competencies)}, 1 per unit × ${n(groups.unitIds.length)}, 1 per role × ${n(groups.roleIds.length)}, 1 per required level × ${n(levels)}, 4 settings`;
}
