import {
  aggregateByGroup,
  crossGroups,
  type AggregateOptions,
  type GroupPartials,
  type Grouping,
  type RequiredLevels,
} from './aggregateByGroup.js';
import { protectCells, type CellStructure } from './linkedSuppression.js';
import { hierarchyDepths, mergePartials, rollUpHierarchy } from './mergePartials.js';
import { provenanceWithHash, type Provenance } from './provenance.js';
import type { ResponseMatrix } from './responseMatrix.js';
import type { CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';
import {
  checkThreshold,
  publishedCell,
  resolveOrderStatistics,
  type GroupSummary,
  type GroupSummaryCell,
  type OrderStatisticsOptions,
} from './summariseGroups.js';

/** The tables a publication set can hold; all are protected together. */
export type PublicationTable = 'organisation' | 'units' | 'roles' | 'unitRoles';

/** Units and roles of the people behind the matrix rows: one row per distinct person. */
export interface PublicationGroups {
  /** Unit of each row, and the unit hierarchy (parent index, −1 for a top-level unit). */
  readonly units: Grouping & { readonly parentOf: Int32Array };
  /** Role of each row and each role's required level per competency. */
  readonly roles: RequiredLevels;
}

/**
 * Mergeable partials of one set of people, kept at the grain every table of a publication set
 * is built from. Chunks of a stream (or workers) merge with {@link mergePublicationPartials}.
 */
export interface PublicationPartials {
  readonly kind: 'publicationPartials';
  readonly units: number;
  readonly roles: number;
  readonly parentOf: Int32Array;
  /** Per unit (direct members only), plus one empty group at index `units`: the organisation. */
  readonly byUnit: GroupPartials;
  /** Per role, over the whole organisation. */
  readonly byRole: GroupPartials;
  /** Per unit × role (direct members only), group `unit * roles + role`: the atoms. */
  readonly byUnitRole: GroupPartials;
}

/** Options of {@link aggregatePublication}. */
export type PublicationAggregateOptions = Pick<AggregateOptions, 'quantiles' | 'rows' | 'kernel'>;

/**
 * Aggregates one set of people for a publication set (see {@link summarisePublication}): by
 * unit, by role and by unit × role, in three passes of the columnar kernel.
 *
 * Rows must be distinct people (the model adapters refuse a person twice): every privacy
 * threshold counts rows.
 *
 * @throws {CapkitScoringError} as `aggregateByGroup` does, and for a bad unit hierarchy.
 */
export function aggregatePublication(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  groups: PublicationGroups,
  options: PublicationAggregateOptions = {},
): PublicationPartials {
  const { units, roles } = groups;
  if (units.parentOf.length !== units.groups) {
    throw new CapkitScoringError(
      'groups.units.parentOf',
      `has ${units.parentOf.length} entries, expected one per unit (${units.groups})`,
    );
  }
  hierarchyDepths(units.parentOf);
  const roleCount = roles.levels.length / config.competencies;
  const roleGrouping: Grouping = { groupOf: roles.roleOf, groups: roleCount };
  const aggregate = (grouping: Grouping) =>
    aggregateByGroup(matrix, config, grouping, { ...options, required: roles });
  return {
    kind: 'publicationPartials',
    units: units.groups,
    roles: roleCount,
    parentOf: units.parentOf.slice(),
    byUnit: aggregate({ groupOf: units.groupOf, groups: units.groups + 1 }),
    byRole: aggregate(roleGrouping),
    byUnitRole: aggregate(crossGroups(units, roleGrouping)),
  };
}

/**
 * Merges publication partials of disjoint sets of people (chunks, workers, machines).
 *
 * @throws {CapkitScoringError} when the parts differ in units, roles, hierarchy or configuration.
 */
export function mergePublicationPartials(
  parts: readonly PublicationPartials[],
): PublicationPartials {
  const [first] = parts;
  if (first === undefined) throw new CapkitScoringError('parts', 'give at least one part to merge');
  parts.forEach((part, index) => {
    if (
      part.units !== first.units ||
      part.roles !== first.roles ||
      part.parentOf.some((parent, u) => parent !== first.parentOf[u])
    ) {
      throw new CapkitScoringError(
        `parts[${index}]`,
        'covers other units, roles or another unit hierarchy than parts[0]',
      );
    }
  });
  return {
    ...first,
    byUnit: mergePartials(parts.map((part) => part.byUnit)),
    byRole: mergePartials(parts.map((part) => part.byRole)),
    byUnitRole: mergePartials(parts.map((part) => part.byUnitRole)),
  };
}

/** Options of {@link summarisePublication}. */
export interface PublicationOptions {
  /**
   * Smallest number of distinct people a published figure may rest on.
   * @default 5
   */
  readonly k?: number;
  /** Must be `true` to set `k` below 2, i.e. to publish figures about single people. */
  readonly allowSmallGroups?: boolean;
  /**
   * The tables to publish. They are protected together: no combination of their figures
   * reveals a group of fewer than `k` people.
   * @default ['organisation', 'units', 'roles']
   */
  readonly tables?: readonly PublicationTable[];
  /** Min, max and quantiles: off unless asked for (see `OrderStatisticsOptions`). */
  readonly orderStatistics?: OrderStatisticsOptions;
}

/** How the figures of a publication were protected: the rule, stated with the results. */
export interface DisclosureRule {
  readonly rule: 'minimumDistinctPeople';
  /** No published figure rests on fewer than `k` people (counted per measure's denominator). */
  readonly k: number;
  /** Scores rest on the people with a score; gaps on those of them whose role sets a level. */
  readonly denominators: readonly ['peopleWithScore', 'peopleWithScoreAndRequiredLevel'];
  /** Complementary suppression ran on all tables of the set together. */
  readonly protectedTogether: readonly PublicationTable[];
  /** Smallest cell given min, max or quantiles; `null` when order statistics are off. */
  readonly orderStatisticsMinCount: number | null;
}

/** Results of a publication set: each table in the shape of `summariseGroups`. */
export interface Publication {
  readonly k: number;
  readonly disclosure: DisclosureRule;
  /** The organisation total: one group. */
  readonly organisation?: GroupSummary;
  /** Per unit, each covering its sub-units: group = unit index. */
  readonly units?: GroupSummary;
  /** Per role over the organisation: group = role index. */
  readonly roles?: GroupSummary;
  /** Per unit (covering its sub-units) × role: group = `unit * roles + role`. */
  readonly unitRoles?: GroupSummary;
  readonly provenance: Provenance;
}

interface TableCells {
  readonly table: PublicationTable;
  readonly partials: GroupPartials;
  readonly groups: number;
  /** First global cell index of the table. */
  readonly offset: number;
}

const allTables: readonly PublicationTable[] = ['organisation', 'units', 'roles', 'unitRoles'];

/**
 * The one door out of the engine for tables about groups of people: publishes the requested
 * tables of one set of people together — the organisation total, units (each covering its
 * sub-units), roles, unit × role — with one disclosure rule for every figure:
 *
 * - each measure is checked on its own denominator: count, mean and SD on the people with a
 *   score; mean gap and share below required on those of them whose role sets a required level;
 * - a figure resting on 0 < n < k people is withheld (primary), and so are enough others that no
 *   group of fewer than k people can be read by adding and subtracting any published figures of
 *   any of the tables (complementary; an exact check, see `protectCells`);
 * - a withheld figure reveals neither its value nor its size; the gap figures of a cell whose
 *   scores are withheld are withheld too;
 * - min, max and quantiles are left out unless asked for, and then given only for cells of at
 *   least `orderStatistics.minCount` people.
 *
 * @throws {CapkitScoringError} for k below 2 without `allowSmallGroups`, an unknown table, or
 *   order-statistics options that do not fit the partials.
 */
export function summarisePublication(
  partials: PublicationPartials,
  options: PublicationOptions = {},
): Publication {
  const { k = 5, allowSmallGroups = false, tables = ['organisation', 'units', 'roles'] } = options;
  checkThreshold(k, allowSmallGroups);
  tables.forEach((table, index) => {
    if (!allTables.includes(table)) {
      throw new CapkitScoringError(
        `options.tables[${index}]`,
        `"${table}" is not one of ${allTables.join(', ')}`,
      );
    }
  });
  const order = resolveOrderStatistics(options.orderStatistics, k, partials.byUnit);
  const { units: U, roles: R, parentOf } = partials;
  const C = partials.byUnit.competencies;
  // The organisation is an extra root above the top-level units.
  const unitParent = Int32Array.from({ length: U + 1 }, (_, u) =>
    u === U ? -1 : (parentOf[u] as number) < 0 ? U : (parentOf[u] as number),
  );
  const rolledUnits = rollUpHierarchy(partials.byUnit, unitParent);
  const crossParent = Int32Array.from({ length: U * R }, (_, g) => {
    const parent = parentOf[Math.floor(g / R)] as number;
    return parent < 0 ? -1 : parent * R + (g % R);
  });
  const wanted = new Set(tables);
  const layout: TableCells[] = [];
  let offset = 0;
  const add = (table: PublicationTable, tablePartials: () => GroupPartials, groups: number) => {
    if (!wanted.has(table)) return;
    layout.push({ table, partials: tablePartials(), groups, offset });
    offset += groups;
  };
  add('organisation', () => rolledUnits, 1);
  add('units', () => rolledUnits, U);
  add('roles', () => partials.byRole, R);
  add('unitRoles', () => rollUpHierarchy(partials.byUnitRole, crossParent), U * R);
  const structure = publicationCells(layout, U, R, parentOf);
  const atoms = partials.byUnitRole;
  const tableCells = layout.map(() => [] as GroupSummaryCell[]);
  for (let c = 0; c < C; c += 1) {
    const people = Float64Array.from({ length: U * R }, (_, a) => atoms.count[a * C + c] as number);
    const withGap = Float64Array.from(
      { length: U * R },
      (_, a) => atoms.gapCount[a * C + c] as number,
    );
    const scoreReasons = protectCells(structure, people, k);
    const gapReasons = protectCells(structure, withGap, k, { withheld: scoreReasons });
    layout.forEach(({ partials: tablePartials, groups, offset: first }, t) => {
      for (let g = 0; g < groups; g += 1) {
        // The organisation is group U of the rolled unit partials.
        const group = layout[t]?.table === 'organisation' ? U : g;
        const cell = group * C + c;
        const reason = scoreReasons[first + g];
        const count = tablePartials.count[cell] as number;
        (tableCells[t] as GroupSummaryCell[])[g * C + c] =
          reason !== undefined
            ? { status: 'suppressed', group: g, competency: c, reason }
            : count === 0
              ? { status: 'empty', group: g, competency: c }
              : publishedCell(tablePartials, cell, g, c, gapReasons[first + g], order);
      }
    });
  }
  const provenance = provenanceWithHash(partials.byUnit.provenance.configHash);
  const summaries = Object.fromEntries(
    layout.map(({ table }, t) => [
      table,
      { k, cells: tableCells[t] as GroupSummaryCell[], provenance } satisfies GroupSummary,
    ]),
  ) as Partial<Record<PublicationTable, GroupSummary>>;
  return {
    k,
    disclosure: {
      rule: 'minimumDistinctPeople',
      k,
      denominators: ['peopleWithScore', 'peopleWithScoreAndRequiredLevel'],
      protectedTogether: layout.map(({ table }) => table),
      orderStatisticsMinCount: order === undefined ? null : order.minCount,
    },
    ...summaries,
    provenance,
  };
}

/**
 * Each published cell as the set of atoms (unit × role, direct members) it adds up. Units with
 * the organisation form one laminar family, roles with unit × role crosses (a hierarchy per
 * role) the other, as `protectCells` requires.
 */
function publicationCells(
  layout: readonly TableCells[],
  U: number,
  R: number,
  parentOf: Int32Array,
): CellStructure {
  const subtree: number[][] = Array.from({ length: U }, (_, u) => [u]);
  for (let u = 0; u < U; u += 1) {
    for (let a = parentOf[u] as number; a >= 0; a = parentOf[a] as number) subtree[a]?.push(u);
  }
  subtree.forEach((members) => members.sort((a, b) => a - b));
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const cells: number[][] = [];
  const family: number[] = [];
  for (const { table } of layout) {
    const before = cells.length;
    switch (table) {
      case 'organisation':
        cells.push(range(U * R));
        break;
      case 'units':
        for (let u = 0; u < U; u += 1)
          cells.push((subtree[u] as number[]).flatMap((v) => range(R).map((r) => v * R + r)));
        break;
      case 'roles':
        for (let r = 0; r < R; r += 1) cells.push(range(U).map((v) => v * R + r));
        break;
      case 'unitRoles':
        for (let u = 0; u < U; u += 1)
          for (let r = 0; r < R; r += 1) cells.push((subtree[u] as number[]).map((v) => v * R + r));
        break;
      default:
        table satisfies never;
    }
    const f = table === 'organisation' || table === 'units' ? 0 : 1;
    for (let i = before; i < cells.length; i += 1) family.push(f);
  }
  return { atoms: U * R, cells, family };
}
