import type { MaturityIndexResult, UncertaintyResult } from '@capkit/scoring/maturity';
import { csvBoolean, csvList, csvTable, type CsvExportOptions } from './csvTable.js';

/**
 * A maturity index per entity: score, rank and level, what was missing or imputed, then each
 * node's score and rank (`<nodeId>.score`, `<nodeId>.rank`, in the result's node order).
 */
export function maturityIndexToCsv(
  result: MaturityIndexResult,
  options: CsvExportOptions = {},
): string {
  const header = [
    'entity',
    'score',
    'rank',
    'level',
    'levelName',
    'incomplete',
    'missingIndicators',
    'imputedIndicators',
    ...result.nodes.flatMap((node) => [`${node.id}.score`, `${node.id}.rank`]),
  ];
  const records = result.entities.map((entity, index) => [
    entity.id,
    entity.score,
    entity.rank,
    entity.level?.id,
    entity.level?.name,
    csvBoolean(entity.incomplete),
    csvList(entity.missingIndicatorIds),
    csvList(entity.imputedIndicatorIds),
    ...result.nodes.flatMap((node) => [node.scores[index], node.ranks[index]]),
  ]);
  return csvTable(header, records, options);
}

/** The rank intervals of the uncertainty analysis: nominal, median, lower and upper rank per entity. */
export function maturityRankIntervalsToCsv(
  result: UncertaintyResult,
  options: CsvExportOptions = {},
): string {
  return csvTable(
    ['entity', 'nominalRank', 'medianRank', 'lowerRank', 'upperRank', 'unscoredRuns', 'runs'],
    result.entities.map((entity) => [
      entity.id,
      entity.nominalRank,
      entity.medianRank,
      entity.lowerRank,
      entity.upperRank,
      entity.unscoredRuns,
      result.restsOn.intervalRuns,
    ]),
    options,
  );
}
