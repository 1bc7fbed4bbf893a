import { histogramResolution, type GroupPartials } from '../aggregateByGroup.js';
import { provenanceWithHash } from '../provenance.js';
import type { PublicationPartials } from '../publication.js';
import { HistogramBuilder, type ScoreHistogram } from '../scoreHistogram.js';
import type { CompiledScoringConfig } from '../scoringConfig.js';
import { CapkitScoringError } from '../scoringError.js';
import { partialsColumns } from './partialsQuery.js';
import type { CheckedGroups } from './sqlLayout.js';

/** A grouping of the unit × role atoms: which group each atom adds into, and how many groups. */
interface Target {
  readonly groups: number;
  readonly groupOf: (unit: number, role: number) => number;
}

type Column = (typeof partialsColumns)[number];

// The sums a cell's rows add up to, before they become mean and M2.
class CellSums {
  readonly count: Float64Array;
  readonly shiftedSum: Float64Array;
  readonly shiftedSquares: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly gapCount: Float64Array;
  readonly gapSum: Float64Array;
  readonly below: Float64Array;
  /** Histogram entries: cell, bin and count of each row, when quantiles are kept. */
  readonly entries: { cell: number; bin: number; count: number }[] = [];

  constructor(readonly cells: number) {
    this.count = new Float64Array(cells);
    this.shiftedSum = new Float64Array(cells);
    this.shiftedSquares = new Float64Array(cells);
    this.min = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
    this.max = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
    this.gapCount = new Float64Array(cells);
    this.gapSum = new Float64Array(cells);
    this.below = new Float64Array(cells);
  }

  add(cell: number, row: Readonly<Record<Column, number>>, quantiles: boolean): void {
    this.count[cell] = (this.count[cell] as number) + row.score_count;
    this.shiftedSum[cell] = (this.shiftedSum[cell] as number) + row.shifted_sum;
    this.shiftedSquares[cell] = (this.shiftedSquares[cell] as number) + row.shifted_squares;
    this.min[cell] = Math.min(this.min[cell] as number, row.score_min);
    this.max[cell] = Math.max(this.max[cell] as number, row.score_max);
    this.gapCount[cell] = (this.gapCount[cell] as number) + row.gap_count;
    this.gapSum[cell] = (this.gapSum[cell] as number) + row.gap_sum;
    this.below[cell] = (this.below[cell] as number) + row.below;
    if (quantiles) this.entries.push({ cell, bin: row.bin, count: row.score_count });
  }
}

function readRow(row: unknown, index: number): Readonly<Record<Column, number>> {
  if (typeof row !== 'object' || row === null)
    throw new CapkitScoringError(`rows[${index}]`, 'is not a row object');
  const record = row as Record<string, unknown>;
  const read = {} as Record<Column, number>;
  for (const column of partialsColumns) {
    const value = record[column];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new CapkitScoringError(
        `rows[${index}].${column}`,
        `is ${String(value)}, expected a finite number (the query casts every column to DOUBLE PRECISION)`,
      );
    }
    read[column] = value;
  }
  return read;
}

function checkIndex(value: number, size: number, path: string): void {
  if (!(Number.isInteger(value) && value >= 0 && value < size))
    throw new CapkitScoringError(path, `is ${value}, not an index below ${size}`);
}

// Mean and M2 from the shifted sums, as the engine's float kernel finishes them.
function finish(
  sums: CellSums,
  config: CompiledScoringConfig,
  groups: number,
  quantiles: boolean,
): GroupPartials {
  const { min, max } = config.config.scale;
  const shift = (min + max) / 2;
  const mean = new Float64Array(sums.cells);
  const m2 = new Float64Array(sums.cells);
  for (let cell = 0; cell < sums.cells; cell += 1) {
    const n = sums.count[cell] as number;
    if (n === 0) continue;
    const sum = sums.shiftedSum[cell] as number;
    mean[cell] = shift + sum / n;
    m2[cell] = Math.max(0, (sums.shiftedSquares[cell] as number) - (sum * sum) / n);
  }
  const partials: GroupPartials = {
    groups,
    competencies: config.competencies,
    count: sums.count,
    mean,
    m2,
    min: sums.min,
    max: sums.max,
    gapCount: sums.gapCount,
    gapSum: sums.gapSum,
    below: sums.below,
    provenance: provenanceWithHash(config.hash),
  };
  return quantiles ? { ...partials, histogram: histogramOf(sums, config) } : partials;
}

function histogramOf(sums: CellSums, config: CompiledScoringConfig): ScoreHistogram {
  const binsPerPoint = histogramResolution(config);
  const { min, max } = config.config.scale;
  const entries = sums.entries.sort((a, b) => a.cell - b.cell || a.bin - b.bin);
  const builder = new HistogramBuilder(
    sums.cells,
    binsPerPoint,
    (max - min) * binsPerPoint + 1,
    min,
    entries.length,
  );
  let e = 0;
  for (let cell = 0; cell < sums.cells; cell += 1) {
    for (; e < entries.length && (entries[e] as { cell: number }).cell === cell; e += 1) {
      const entry = entries[e] as { bin: number; count: number };
      builder.add(entry.bin, entry.count);
    }
    builder.endCell();
  }
  return builder.finish();
}

function decode(
  rows: readonly unknown[],
  config: CompiledScoringConfig,
  groups: CheckedGroups,
  quantiles: boolean,
  targets: readonly Target[],
): GroupPartials[] {
  const U = groups.unitIds.length;
  const R = groups.roleIds.length;
  const C = config.competencies;
  const bins =
    (config.config.scale.max - config.config.scale.min) * histogramResolution(config) + 1;
  const sums = targets.map((target) => new CellSums(target.groups * C));
  rows.forEach((raw, index) => {
    const row = readRow(raw, index);
    checkIndex(row.unit_index, U, `rows[${index}].unit_index`);
    checkIndex(row.role_index, R, `rows[${index}].role_index`);
    checkIndex(row.competency, C, `rows[${index}].competency`);
    checkIndex(row.bin, quantiles ? bins : 1, `rows[${index}].bin`);
    targets.forEach((target, t) => {
      const cell = target.groupOf(row.unit_index, row.role_index) * C + row.competency;
      (sums[t] as CellSums).add(cell, row, quantiles);
    });
  });
  return targets.map((target, t) => finish(sums[t] as CellSums, config, target.groups, quantiles));
}

/**
 * Turns the rows of `partialsQuery` into the `PublicationPartials` that `aggregatePublication`
 * returns for the same people: by unit (direct members, plus the empty organisation group at
 * index `units`), by role, and by unit × role (group `unit * roles + role`), each with the
 * provenance of `config`. Counts, gap counts, shares below and histograms add up exactly from
 * the unit × role rows; means and M2 come from the shifted sums as in the engine's float kernel.
 *
 * @throws {CapkitScoringError} naming the row and column of a value that is not a finite
 *   number or an index out of range.
 */
export function decodePublicationPartials(
  rows: readonly unknown[],
  config: CompiledScoringConfig,
  groups: CheckedGroups,
  quantiles: boolean,
): PublicationPartials {
  const U = groups.unitIds.length;
  const R = groups.roleIds.length;
  const [byUnit, byRole, byUnitRole] = decode(rows, config, groups, quantiles, [
    { groups: U + 1, groupOf: (unit) => unit },
    { groups: R, groupOf: (_, role) => role },
    { groups: U * R, groupOf: (unit, role) => unit * R + role },
  ]) as [GroupPartials, GroupPartials, GroupPartials];
  return {
    kind: 'publicationPartials',
    units: U,
    roles: R,
    parentOf: groups.parentOf.slice(),
    byUnit,
    byRole,
    byUnitRole,
  };
}

/** The groupings of {@link decodeGroupPartials}. */
export type SqlGrouping = 'units' | 'roles' | 'unitRoles';

/**
 * Turns the rows of `partialsQuery` into the `GroupPartials` that `aggregateByGroup` returns
 * with the respondents grouped by unit, by role, or by unit × role (`crossGroups(units, roles)`),
 * and the roles' required levels.
 *
 * @throws {CapkitScoringError} as {@link decodePublicationPartials}.
 */
export function decodeGroupPartials(
  rows: readonly unknown[],
  config: CompiledScoringConfig,
  groups: CheckedGroups,
  quantiles: boolean,
  by: SqlGrouping,
): GroupPartials {
  const U = groups.unitIds.length;
  const R = groups.roleIds.length;
  let target: Target;
  switch (by) {
    case 'units':
      target = { groups: U, groupOf: (unit) => unit };
      break;
    case 'roles':
      target = { groups: R, groupOf: (_, role) => role };
      break;
    case 'unitRoles':
      target = { groups: U * R, groupOf: (unit, role) => unit * R + role };
      break;
    default:
      by satisfies never;
      throw new CapkitScoringError('by', `is ${String(by)}, not 'units', 'roles' or 'unitRoles'`);
  }
  return decode(rows, config, groups, quantiles, [target])[0] as GroupPartials;
}
