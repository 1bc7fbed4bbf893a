import type { MaturityIndex, ResolvedText } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import type { MaturityIndexResult, UncertaintyResult } from '@capkit/scoring/maturity';

/**
 * The engine's results, joined by id with the model's names and put in rank order: the widget
 * shows what `buildIndex` and `analyseUncertainty` computed and never recomputes a score, a rank
 * or an index. What is worked out here is only about reading them: which intervals overlap, the
 * order of the choices, and which entities reached which level.
 */

/** One entity's rank under uncertainty, as `analyseUncertainty` gives it. */
export interface MaturityRankInterval {
  readonly nominal: number;
  readonly median: number;
  /** 5th and 95th percentiles of the rank. */
  readonly lower: number;
  readonly upper: number;
  /** Runs in which the entity had no score. */
  readonly unscoredRuns: number;
}

/** An entity's score and rank on one top-level dimension. */
export interface MaturityDimensionScore {
  readonly id: string;
  readonly name: ResolvedText;
  /** Weight of the dimension in the index (the engine's effective weight, 0–1). */
  readonly weight: number;
  readonly score: number | null;
  readonly rank: number | null;
}

/** One entity of the index, named, with everything the widget shows of it. */
export interface MaturityEntityRow {
  readonly id: string;
  readonly name: ResolvedText;
  readonly score: number | null;
  readonly rank: number | null;
  /** The level reached, named from the document (the engine's own name as a fallback). */
  readonly level: { readonly id: string; readonly name: ResolvedText } | null;
  readonly interval: MaturityRankInterval | null;
  readonly dimensions: readonly MaturityDimensionScore[];
  readonly missingIndicators: readonly ResolvedText[];
  readonly imputedIndicators: readonly ResolvedText[];
}

/** Places whose rank intervals overlap: their ranks could swap. */
export interface RankSwapGroup {
  /** Best and worst nominal rank in the group. */
  readonly from: number;
  readonly to: number;
  /** The entities, in rank order. */
  readonly ids: readonly string[];
}

/** What kind of modelling choice a factor of the uncertainty analysis is. */
export type MaturityFactorKind =
  'weights' | 'normalisation' | 'aggregation' | 'imputation' | 'treatment' | 'other';

/** A modelling choice with its Sobol indices of the mean absolute rank shift. */
export interface MaturityFactorRow {
  /** The engine's factor name, e.g. `aggregation:index`. */
  readonly factor: string;
  readonly kind: MaturityFactorKind;
  /** The node's name for an aggregation; the factor itself for an unknown kind. */
  readonly node: string;
  readonly total: number | null;
  readonly first: number | null;
}

/** A maturity level and the entities that reached it. */
export interface MaturityLevelRow {
  readonly id: string;
  readonly name: ResolvedText;
  readonly minScore: number;
  readonly ids: readonly string[];
}

const plain = (text: string): ResolvedText => ({ text, lang: 'und' });

function namer<T extends { readonly id: string }>(
  items: readonly T[],
  name: (item: T) => MaturityIndex['title'],
  languages: readonly string[],
): (id: string) => ResolvedText {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    return item === undefined ? plain(id) : resolveLocalizedText(name(item), languages);
  };
}

const byRank = (rank: number | null) => rank ?? Number.POSITIVE_INFINITY;

/**
 * The entities of `result` in rank order (unscored last, then input order), named from
 * `index`, with their rank intervals from `uncertainty` (matched by id) and their scores on the
 * root's children.
 */
export function maturityRows(
  index: MaturityIndex | undefined,
  result: MaturityIndexResult,
  uncertainty: UncertaintyResult | undefined,
  languages: readonly string[],
): MaturityEntityRow[] {
  const entityName = namer(index?.entities ?? [], (entity) => entity.name, languages);
  const nodeName = namer(index?.nodes ?? [], (node) => node.title, languages);
  const indicatorName = namer(index?.indicators ?? [], (indicator) => indicator.title, languages);
  const levelName = namer(index?.levels ?? [], (level) => level.name, languages);
  const levelIds = new Set(index?.levels.map((level) => level.id));
  const parentOf = new Map(index?.nodes.map((node) => [node.id, node.parentId]));
  const dimensions = result.nodes.filter((node) => parentOf.get(node.id) === result.rootId);
  const intervals = new Map(uncertainty?.entities.map((entity) => [entity.id, entity]));
  const rows = result.entities.map((entity, e): MaturityEntityRow => {
    const interval = intervals.get(entity.id);
    const level = entity.level;
    return {
      id: entity.id,
      name: entityName(entity.id),
      score: entity.score,
      rank: entity.rank,
      level:
        level === null
          ? null
          : {
              id: level.id,
              name: levelIds.has(level.id) ? levelName(level.id) : plain(level.name),
            },
      interval:
        interval === undefined
          ? null
          : {
              nominal: interval.nominalRank,
              median: interval.medianRank,
              lower: interval.lowerRank,
              upper: interval.upperRank,
              unscoredRuns: interval.unscoredRuns,
            },
      dimensions: dimensions.map((node) => ({
        id: node.id,
        name: nodeName(node.id),
        weight: node.effectiveWeight,
        score: node.scores[e] ?? null,
        rank: node.ranks[e] ?? null,
      })),
      missingIndicators: entity.missingIndicatorIds.map(indicatorName),
      imputedIndicators: entity.imputedIndicatorIds.map(indicatorName),
    };
  });
  const order = new Map(rows.map((row, position) => [row.id, position]));
  return rows.sort(
    (a, b) =>
      byRank(a.rank) - byRank(b.rank) ||
      byRank(a.interval?.nominal ?? null) - byRank(b.interval?.nominal ?? null) ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
}

/**
 * Groups of places whose 5–95 % rank intervals overlap, directly or through a chain (A's
 * interval meets B's, B's meets C's): within a group the order could change under other
 * defensible choices. Intervals are closed, so [2, 3] and [3, 4] overlap. Entities without an
 * interval, and places that overlap no other, are in no group.
 */
export function rankSwapGroups(rows: readonly MaturityEntityRow[]): RankSwapGroup[] {
  const ranked = rows
    .flatMap((row) => (row.interval === null ? [] : [{ id: row.id, interval: row.interval }]))
    .sort((a, b) => a.interval.lower - b.interval.lower || a.interval.upper - b.interval.upper);
  const groups: RankSwapGroup[] = [];
  let members: typeof ranked = [];
  let reach = Number.NEGATIVE_INFINITY;
  const close = () => {
    if (members.length > 1) {
      const places = members
        .slice()
        .sort(
          (a, b) => a.interval.nominal - b.interval.nominal || a.interval.lower - b.interval.lower,
        );
      groups.push({
        from: places[0]?.interval.nominal ?? 0,
        to: Math.max(...places.map((member) => member.interval.nominal)),
        ids: places.map((member) => member.id),
      });
    }
    members = [];
  };
  for (const entry of ranked) {
    if (entry.interval.lower > reach) close();
    members.push(entry);
    reach = Math.max(reach, entry.interval.upper);
  }
  close();
  return groups.sort((a, b) => a.from - b.from);
}

const factorKinds: ReadonlySet<string> = new Set([
  'weights',
  'normalisation',
  'imputation',
  'treatment',
]);

/** The engine's factor name read as a kind of choice, and the node an aggregation belongs to. */
export function readFactor(
  factor: string,
  nodeName: (id: string) => string,
): Pick<MaturityFactorRow, 'kind' | 'node'> {
  if (factor.startsWith('aggregation:'))
    return { kind: 'aggregation', node: nodeName(factor.slice('aggregation:'.length)) };
  if (factorKinds.has(factor)) return { kind: factor as MaturityFactorKind, node: '' };
  return { kind: 'other', node: factor };
}

/**
 * The choices the analysis varied, with the Sobol indices of the mean absolute rank shift, the
 * largest total effect first (ties and indices the engine could not estimate keep the engine's
 * order, the latter last). Empty without sensitivity indices.
 */
export function factorRows(
  uncertainty: UncertaintyResult | undefined,
  nodeName: (id: string) => string,
): MaturityFactorRow[] {
  const sensitivity = uncertainty?.sensitivity ?? null;
  if (uncertainty === undefined || sensitivity === null) return [];
  return uncertainty.factors
    .map((factor, f) => ({
      factor,
      ...readFactor(factor, nodeName),
      total: sensitivity.total[f] ?? null,
      first: sensitivity.first[f] ?? null,
    }))
    .sort((a, b) => (b.total ?? -1) - (a.total ?? -1));
}

/**
 * The levels of `index` (ascending, as the model lists them) with the entities that reached
 * each, in rank order, by the level the engine assigned.
 */
export function levelRows(
  index: MaturityIndex | undefined,
  rows: readonly MaturityEntityRow[],
  languages: readonly string[],
): MaturityLevelRow[] {
  return (index?.levels ?? []).map((level) => ({
    id: level.id,
    name: resolveLocalizedText(level.name, languages),
    minScore: level.minScore,
    ids: rows.filter((row) => row.level?.id === level.id).map((row) => row.id),
  }));
}

/** The node names of `index` in the reader's languages, the id where there is none. */
export function nodeNamer(
  index: MaturityIndex | undefined,
  languages: readonly string[],
): (id: string) => string {
  const name = namer(index?.nodes ?? [], (node) => node.title, languages);
  return (id) => name(id).text;
}
