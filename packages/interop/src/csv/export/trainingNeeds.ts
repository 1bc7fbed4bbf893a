import type {
  BootstrapResult,
  BorichCompetencyResult,
  BorichResult,
  ImportancePerformanceResult,
} from '@capkit/scoring/tna';
import {
  csvBoolean,
  csvList,
  csvTable,
  labelOf,
  type CsvExportOptions,
  blankCells,
} from './csvTable.js';

/** Names of the items (or competencies) a result's indices point at. */
export interface TrainingNeedsLabels {
  /** Item ids, by item index. */
  readonly items?: readonly string[];
  /** Competency ids (or codes), by competency index. */
  readonly competencies?: readonly string[];
}

/**
 * Borich priorities per item: rank, mean weighted discrepancy and what it rests on. A withheld
 * item is `status` `withheld` with its reason and blank figures.
 */
export function borichToCsv(
  result: BorichResult,
  labels: TrainingNeedsLabels = {},
  options: CsvExportOptions = {},
): string {
  return csvTable(
    [
      'item',
      'status',
      'withheldReason',
      'rank',
      'meanWeightedDiscrepancy',
      'meanDiscrepancy',
      'meanImportance',
      'n',
      'importanceN',
    ],
    result.items.map((item) =>
      item.withheld === undefined
        ? [
            labelOf(labels.items, item.item),
            'published',
            '',
            item.rank,
            item.meanWeightedDiscrepancy,
            item.meanDiscrepancy,
            item.meanImportance,
            item.n,
            item.importanceN,
          ]
        : [labelOf(labels.items, item.item), 'withheld', item.withheld, '', '', '', '', '', ''],
    ),
    options,
  );
}

/** Borich priorities per competency (the items' mean weighted discrepancies pooled). */
export function borichCompetenciesToCsv(
  result: BorichCompetencyResult,
  labels: TrainingNeedsLabels = {},
  options: CsvExportOptions = {},
): string {
  const items = (indices: readonly number[]) =>
    csvList(indices.map((index) => String(labelOf(labels.items, index))));
  return csvTable(
    [
      'competency',
      'status',
      'withheldReason',
      'rank',
      'meanWeightedDiscrepancy',
      'n',
      'items',
      'itemsUsed',
      'itemsWithheld',
    ],
    result.competencies.map((row) =>
      row.withheld === undefined
        ? [
            labelOf(labels.competencies, row.competency),
            'published',
            '',
            row.rank,
            row.meanWeightedDiscrepancy,
            row.n,
            row.items,
            items(row.itemsUsed),
            items(row.itemsWithheld),
          ]
        : [
            labelOf(labels.competencies, row.competency),
            'withheld',
            row.withheld,
            ...blankCells(3),
            row.items,
            '',
            '',
          ],
    ),
    options,
  );
}

/**
 * Priorities with their bootstrap intervals: rank, mean weighted discrepancy, the percentile
 * interval at `level`, and how often the rank (and the top k) held over the replicates.
 */
export function bootstrapPrioritiesToCsv(
  result: BootstrapResult,
  labels: TrainingNeedsLabels = {},
  options: CsvExportOptions = {},
): string {
  const names = result.by === 'item' ? labels.items : labels.competencies;
  return csvTable(
    [
      result.by,
      'status',
      'withheldReason',
      'rank',
      'meanWeightedDiscrepancy',
      'level',
      'lower',
      'upper',
      'rankHoldsProbability',
      `top${result.topK}Probability`,
      'replicatesScored',
      'n',
    ],
    result.units.map((unit) =>
      unit.withheld === undefined
        ? [
            labelOf(names, unit.unit),
            'published',
            '',
            unit.rank,
            unit.meanWeightedDiscrepancy,
            result.level,
            unit.lower,
            unit.upper,
            unit.rankHoldsProbability,
            unit.topKProbability,
            unit.replicatesScored,
            unit.n,
          ]
        : [
            labelOf(names, unit.unit),
            'withheld',
            unit.withheld,
            '',
            '',
            result.level,
            ...blankCells(6),
          ],
    ),
    options,
  );
}

/** Importance–performance per item: the two means, the quadrant, and whether it sits on a crosshair. */
export function importancePerformanceToCsv(
  result: ImportancePerformanceResult,
  labels: TrainingNeedsLabels = {},
  options: CsvExportOptions = {},
): string {
  return csvTable(
    [
      'item',
      'status',
      'withheldReason',
      'meanImportance',
      'meanPerformance',
      'n',
      'quadrant',
      'onImportanceCrosshair',
      'onPerformanceCrosshair',
      'importanceCrosshair',
      'performanceCrosshair',
    ],
    result.items.map((item) =>
      item.withheld === undefined
        ? [
            labelOf(labels.items, item.item),
            'published',
            '',
            item.meanImportance,
            item.meanPerformance,
            item.n,
            item.quadrant,
            csvBoolean(item.onImportanceCrosshair),
            csvBoolean(item.onPerformanceCrosshair),
            result.crosshair.importance,
            result.crosshair.performance,
          ]
        : [
            labelOf(labels.items, item.item),
            'withheld',
            item.withheld,
            ...blankCells(6),
            result.crosshair.importance,
            result.crosshair.performance,
          ],
    ),
    options,
  );
}
