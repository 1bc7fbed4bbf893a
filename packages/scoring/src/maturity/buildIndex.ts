import { provenanceWithHash, type Provenance } from '../provenance.js';
import { frameworkHash } from './inputHash.js';
import { aggregateAll, aggregationScratch, markComplete } from './aggregate.js';
import {
  compileMaturityInput,
  maturityLimits,
  type Aggregation,
  type MaturityFramework,
  type MaturityInput,
  type MaturityLevel,
} from './maturityInput.js';
import { maturityLevelOf } from './maturityLevels.js';
import {
  resolveMaturityOptions,
  type MaturityOptions,
  type ResolvedMaturityOptions,
} from './maturityOptions.js';
import { normalisedColumns, prepareValues, resolvedAvailability } from './prepareColumns.js';
import { ranksInto } from './ranks.js';
import type { OutlierTreatment } from './treatOutliers.js';
import { CapkitScoringError } from '../scoringError.js';
import { effectiveWeights, localWeights } from './weights.js';

/** One node's scores and ranks over the entities (in the input's entity order). */
export interface MaturityNodeResult {
  readonly id: string;
  readonly aggregation: Aggregation;
  /** Weight in the root: the product of normalised weights up the path. */
  readonly effectiveWeight: number;
  /** null where the entity lacks enough of this node's children. */
  readonly scores: readonly (number | null)[];
  /** 1 = best; ties share their best rank; null where the score is missing. */
  readonly ranks: readonly (number | null)[];
}

/** One indicator after the pipeline. */
export interface MaturityIndicatorResult {
  readonly id: string;
  readonly effectiveWeight: number;
  /** Normalised values (direction applied), null where missing. */
  readonly normalised: readonly (number | null)[];
  /** Entities without a value before imputation. */
  readonly missing: number;
  /** Values filled in by imputation. */
  readonly imputed: number;
}

/** One entity's place in the index. */
export interface MaturityEntityResult {
  readonly id: string;
  /** Root score, null when missing. */
  readonly score: number | null;
  readonly rank: number | null;
  readonly level: MaturityLevel | null;
  /** True when any indicator value is still missing after imputation. */
  readonly incomplete: boolean;
  /** Indicators still missing after imputation. */
  readonly missingIndicatorIds: readonly string[];
  /** Indicators whose value was filled in by imputation. */
  readonly imputedIndicatorIds: readonly string[];
}

/** The composite index, and everything it rests on. */
export interface MaturityIndexResult {
  readonly rootId: string;
  readonly entities: readonly MaturityEntityResult[];
  /** Every node, in input order. */
  readonly nodes: readonly MaturityNodeResult[];
  readonly indicators: readonly MaturityIndicatorResult[];
  /** What outlier treatment did, per indicator (empty when treatment is off). */
  readonly treatment: readonly OutlierTreatment[];
  readonly method: ResolvedMaturityOptions;
  readonly restsOn: {
    readonly entities: number;
    readonly indicators: number;
    readonly nodes: number;
    /** Values given, missing before imputation, filled in by imputation. */
    readonly values: number;
    readonly missing: number;
    readonly imputed: number;
    readonly incompleteEntities: number;
  };
  readonly provenance: Provenance;
}

const nullable = (x: number): number | null => (x === x ? x : null);

/** Refuses Copeland nodes past their entity limit (their outranking work grows with E²). */
export function checkCopeland(
  framework: MaturityFramework,
  aggregations: readonly Aggregation[],
): void {
  aggregations.forEach((aggregation, n) => {
    if (
      aggregation.method === 'copeland' &&
      framework.entityIds.length > maturityLimits.maxCopelandEntities
    )
      throw new CapkitScoringError(
        `nodes[${n}].aggregation`,
        `Copeland ranks at most ${maturityLimits.maxCopelandEntities} entities, not ${framework.entityIds.length}`,
      );
  });
}

/** Builds the index from a compiled framework and resolved options (see {@link buildIndex}). */
export function buildCompiledIndex(
  framework: MaturityFramework,
  method: ResolvedMaturityOptions,
): MaturityIndexResult {
  const E = framework.entityIds.length;
  const I = framework.indicatorIds.length;
  checkCopeland(framework, framework.aggregation);
  const prepared = prepareValues(framework, method.imputation, method.treatment);
  const columns = normalisedColumns(framework, prepared.values, method.normalisation);
  const local = localWeights(framework, method.weighting);
  const effective = effectiveWeights(framework, local);
  const scratch = aggregationScratch(E, I + framework.nodeIds.length);
  markComplete(columns, framework, scratch);
  aggregateAll(
    columns,
    framework,
    framework.aggregation,
    local,
    resolvedAvailability(framework, method.minAvailability),
    scratch,
  );
  const ranks = new Float64Array(E);
  const sorted = new Float64Array(E);
  const nodes = framework.nodeIds.map((id, n): MaturityNodeResult => {
    const scores = columns.subarray((I + n) * E, (I + n + 1) * E);
    ranksInto(scores, ranks, sorted);
    return {
      id,
      aggregation: framework.aggregation[n] as Aggregation,
      effectiveWeight: effective[I + n] as number,
      scores: Array.from(scores, nullable),
      ranks: Array.from(ranks, (rank, e) => (scores[e] === scores[e] ? rank : null)),
    };
  });
  const root = nodes[framework.root] as MaturityNodeResult;
  let missing = 0;
  let imputed = 0;
  const indicators = framework.indicatorIds.map((id, i): MaturityIndicatorResult => {
    let missingHere = 0;
    let imputedHere = 0;
    for (let e = 0; e < E; e += 1) {
      if (Number.isNaN(framework.values[i * E + e])) missingHere += 1;
      imputedHere += prepared.imputed[i * E + e] as number;
    }
    missing += missingHere;
    imputed += imputedHere;
    return {
      id,
      effectiveWeight: effective[i] as number,
      normalised: Array.from(columns.subarray(i * E, (i + 1) * E), nullable),
      missing: missingHere,
      imputed: imputedHere,
    };
  });
  const entities = framework.entityIds.map((id, e): MaturityEntityResult => {
    const missingIndicatorIds: string[] = [];
    const imputedIndicatorIds: string[] = [];
    framework.indicatorIds.forEach((indicatorId, i) => {
      if (Number.isNaN(prepared.values[i * E + e])) missingIndicatorIds.push(indicatorId);
      if (prepared.imputed[i * E + e] === 1) imputedIndicatorIds.push(indicatorId);
    });
    const score = root.scores[e] ?? null;
    return {
      id,
      score,
      rank: root.ranks[e] ?? null,
      level: maturityLevelOf(score, framework.levels),
      incomplete: missingIndicatorIds.length > 0,
      missingIndicatorIds,
      imputedIndicatorIds,
    };
  });
  return {
    rootId: framework.nodeIds[framework.root] as string,
    entities,
    nodes,
    indicators,
    treatment: prepared.treatment,
    method,
    restsOn: {
      entities: E,
      indicators: I,
      nodes: framework.nodeIds.length,
      values: E * I - missing,
      missing,
      imputed,
      incompleteEntities: entities.filter((entity) => entity.incomplete).length,
    },
    provenance: provenanceWithHash(frameworkHash(framework, method)),
  };
}

/**
 * The whole pipeline of the OECD/JRC Handbook (2008) as COINr runs it: impute → treat outliers →
 * normalise (direction first) → weight (normalised per node) → aggregate each node by its own
 * method, children before parents → rank → maturity levels. Returns every node's scores and
 * ranks, the entities left incomplete, the treatment report, effective weights and provenance
 * (the hash covers the framework, every value and the methods: the same data and methods hash
 * equally, whatever the order of keys).
 *
 * @throws {CapkitScoringError} naming the first bad value of `input` or `options`.
 */
export function buildIndex(
  input: MaturityInput,
  options: MaturityOptions = {},
): MaturityIndexResult {
  const framework = compileMaturityInput(input);
  const method = resolveMaturityOptions(options);
  return buildCompiledIndex(framework, method);
}
