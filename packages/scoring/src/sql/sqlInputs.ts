import { histogramResolution } from '../aggregateByGroup.js';
import type { CompiledScoringConfig } from '../scoringConfig.js';
import type { CheckedGroups } from './sqlLayout.js';
import type { SqlParameters } from './sqlParameters.js';

/** Items per 64-bit word of the repeated-answer check: bits 0–61 keep every sum below 2⁶³. */
export const itemsPerWord = 62;

/** The config and the groups as tables and values a query can use; see {@link inputTables}. */
export interface InputTables {
  /** `(item_id, item_index)`, under `alias`. */
  readonly items: (alias: string) => string;
  /** `(item_id, competency, weight, reverse_coded)`. */
  readonly weightedItems: (alias: string) => string;
  /**
   * `(item_id, word, bit)`: item j sets bit j mod 62 of word ⌊j / 62⌋, for the repeat check.
   * Written from a BigInt: a number prints 2⁵⁵ as 36028797018963970, its shortest round trip.
   */
  readonly itemBits: (alias: string) => string;
  /** `(unit_id, unit_index)`. */
  readonly units: (alias: string) => string;
  /** `(role_id, role_index)`. */
  readonly roles: (alias: string) => string;
  /** `(role_index, competency, level)`: only the levels a role sets. */
  readonly levels: (alias: string) => string;
  /** Placeholder of item j's weight (DOUBLE PRECISION) and reverse-coding flag (1 or 0). */
  readonly weight: (j: number) => string;
  readonly reverseCoded: (j: number) => string;
  /** Placeholder of competency c's fewest answered items. */
  readonly minAnswered: (c: number) => string;
  /** Placeholders of the scale's bounds, its midpoint (the shift) and the histogram resolution. */
  readonly scaleMin: string;
  readonly scaleMax: string;
  readonly shift: string;
  readonly binsPerPoint: string;
}

/**
 * The config and the groups as `VALUES` tables and placeholders of bound values, the only way
 * they enter a query. Indices (item, competency, unit, role, bit) are integers this module counts
 * itself, so they are written as numerals; every id, weight, flag, level and bound comes from the
 * caller and is a placeholder.
 *
 * Each value is bound on first use, so that a statement binds only what it reads (both databases
 * refuse a placeholder the text never mentions), and once: a placeholder can be repeated. A table
 * can be written out wherever it is used; an inline table, unlike a common table expression named
 * twice, is not materialised by PostgreSQL, which would keep the query from running in parallel
 * (and DuckDB 1.5 gives wrong rows for `NOT MATERIALIZED` with parameters).
 */
export function inputTables(
  parameters: SqlParameters,
  config: CompiledScoringConfig,
  groups: CheckedGroups,
): InputTables {
  const { min, max } = config.config.scale;
  const C = config.competencies;
  const once = (bind: () => string) => {
    let bound: string | undefined;
    return () => (bound ??= bind());
  };
  const list = (
    values: readonly (string | number)[],
    type: Parameters<SqlParameters['bind']>[1],
  ) => {
    const bound = values.map((value) => once(() => parameters.bind(value, type)));
    return (index: number) => (bound[index] as () => string)();
  };
  const table = (rows: () => readonly string[], columns: string) => {
    const values = once(() => `VALUES ${rows().join(', ')}`);
    return (alias: string) => `(${values()}) AS ${alias} (${columns})`;
  };
  const items = config.config.items;
  const itemId = list(
    items.map((item) => item.id),
    'VARCHAR',
  );
  const weight = list(Array.from(config.weightOfItem), 'DOUBLE PRECISION');
  const reverseCoded = list(
    items.map((item) => (item.reverseCoded === true ? 1 : 0)),
    'INTEGER',
  );
  const setLevels: { role: number; competency: number; level: number }[] = [];
  groups.levels.forEach((level, i) => {
    if (!Number.isNaN(level)) setLevels.push({ role: Math.floor(i / C), competency: i % C, level });
  });
  const setting = (value: number) => once(() => parameters.bind(value, 'DOUBLE PRECISION'));
  const scaleMin = setting(min);
  const scaleMax = setting(max);
  const shift = setting((min + max) / 2);
  const binsPerPoint = setting(histogramResolution(config));
  return {
    items: table(() => items.map((_, j) => `(${itemId(j)}, ${j})`), 'item_id, item_index'),
    weightedItems: table(
      () =>
        items.map(
          (_, j) =>
            `(${itemId(j)}, ${config.competencyOfItem[j] ?? 0}, ${weight(j)}, ${reverseCoded(j)})`,
        ),
      'item_id, competency, weight, reverse_coded',
    ),
    itemBits: table(
      () =>
        items.map(
          (_, j) =>
            `(${itemId(j)}, ${Math.floor(j / itemsPerWord)}, CAST(${(1n << BigInt(j % itemsPerWord)).toString()} AS BIGINT))`,
        ),
      'item_id, word, bit',
    ),
    units: table(
      () => groups.unitIds.map((id, u) => `(${parameters.bind(id, 'VARCHAR')}, ${u})`),
      'unit_id, unit_index',
    ),
    roles: table(
      () => groups.roleIds.map((id, r) => `(${parameters.bind(id, 'VARCHAR')}, ${r})`),
      'role_id, role_index',
    ),
    levels:
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
          ),
    weight,
    reverseCoded,
    minAnswered: list(Array.from(config.minAnswered), 'INTEGER'),
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
