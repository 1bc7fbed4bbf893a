import type { Workspace } from '@capkit/model';
import {
  bootstrapMeanWeightedDiscrepancy,
  type BootstrapOptions,
  type BootstrapResult,
} from './bootstrap.js';
import type { ImportanceBasis } from './borich.js';
import { competencyImportancePerformance } from './competencyImportancePerformance.js';
import { completePairSums, importanceRatingSums } from './discrepancy.js';
import { defaultMinimumRespondents, minimumRespondentsRule } from './disclosure.js';
import {
  organisationGroups,
  pairedInputFromModel,
  scoringInputFromModel,
  type ModelPairedInput,
  type ResponseSelection,
} from './fromModel.js';
import {
  importancePerformance,
  type Crosshairs,
  type ImportancePerformanceResult,
} from './importancePerformance.js';
import {
  aggregatePublication,
  summarisePublication,
  type Publication,
  type PublicationTable,
} from './publication.js';
import { compileScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';
import type { OrderStatisticsOptions } from './summariseGroups.js';

/**
 * Borich's weight over every importance rating next to the importance–performance means over
 * complete pairs reveals, by difference, the importance ratings of the people who rated
 * importance only. Both are published together here, so that group must be empty or large.
 */
function refuseImportanceOnlyFew(paired: ModelPairedInput, k: number): void {
  const pairs = completePairSums(paired.data).n;
  const ratings = importanceRatingSums(paired.data).n;
  paired.itemIds.forEach((id, j) => {
    const importanceOnly = (ratings[j] as number) - (pairs[j] as number);
    if (importanceOnly > 0 && importanceOnly < k) {
      throw new CapkitScoringError(
        'options.importanceBasis',
        `'allRatings' would reveal the importance ratings of the few people (fewer than ${k}) who rated item "${id}" for importance only, by comparison with the importance–performance matrix; use 'completePairs'`,
      );
    }
  });
}

/** Options of {@link analyseTrainingNeeds}. */
export interface TrainingNeedsAnalysisOptions extends ResponseSelection {
  /**
   * Smallest number of distinct people any published figure may rest on.
   * @default 5
   */
  readonly k?: number;
  /** Must be `true` to set `k` below 2. */
  readonly allowSmallGroups?: boolean;
  /**
   * Group tables to publish, protected together.
   * @default ['organisation', 'units', 'roles']
   */
  readonly tables?: readonly PublicationTable[];
  /**
   * Borich's weight Īⱼ: over the complete pairs, or every importance rating of the item.
   * `'allRatings'` is refused when 1 to k − 1 people rated an item for importance only, since
   * the matrix (over complete pairs) would then reveal their ratings by difference.
   * @default 'completePairs'
   */
  readonly importanceBasis?: ImportanceBasis;
  /**
   * Where the importance–performance cross-hairs sit.
   * @default 'grandMean'
   */
  readonly crosshairs?: Crosshairs;
  /**
   * Resampling settings of the priority intervals. `method: 'auto'` resamples everyone (the
   * percentile bootstrap) up to about 10,000 people × 40 items × 1,000 replicates, and takes
   * the bag of little bootstraps above, so a national survey gets its intervals in seconds.
   * @default { method: 'auto', replicates: 1000, seed: 1, level: 0.95, topK: 3 }
   */
  readonly bootstrap?: Pick<
    BootstrapOptions,
    'method' | 'subsets' | 'subsetSize' | 'replicates' | 'seed' | 'level' | 'topK'
  >;
  /** Missing-value rule of competency scores. @default 0.5 */
  readonly minAnsweredShare?: number;
  /** Min, max and quantiles in the group tables: off unless asked for. */
  readonly orderStatistics?: OrderStatisticsOptions;
}

/** A training-needs analysis, every figure of it safe to show (see {@link analyseTrainingNeeds}). */
export interface TrainingNeedsAnalysis {
  /** What was analysed. */
  readonly selection: {
    readonly campaignIds: readonly string[];
    readonly perspective: ResponseSelection['perspective'];
    readonly status: 'submitted' | 'draft';
    /** Distinct people counted; `null` when fewer than k. */
    readonly people: number | null;
  };
  /** Competencies of the priorities and the competency-level matrix (importance–performance items). */
  readonly needCompetencyIds: readonly string[];
  /** Items of the item-level matrix, in column order. */
  readonly itemIds: readonly string[];
  /** Competencies ranked by Borich's MWDS with bootstrap intervals and rank probabilities. */
  readonly priorities: BootstrapResult;
  /** Importance–performance quadrants, per item and per competency. */
  readonly importancePerformance: {
    readonly items: ImportancePerformanceResult;
    readonly competencies: ImportancePerformanceResult;
  };
  /** Scores and gaps by organisation, unit, role (as asked), protected together. */
  readonly groups: Publication & {
    /** Competencies of the group tables (every competency the instrument scores). */
    readonly competencyIds: readonly string[];
    readonly unitIds: readonly string[];
    readonly roleIds: readonly string[];
  };
  /** The rule every figure above follows. */
  readonly disclosure: { readonly rule: 'minimumDistinctPeople'; readonly k: number };
}

/**
 * The safe way to analyse training needs: one call from a validated workspace to what a
 * programme publishes — priorities with intervals, importance–performance at item and
 * competency level, and scores and gaps per unit and role — with one disclosure rule applied to
 * every figure: it rests on at least `k` distinct people (on its own denominator), and the
 * group tables are protected together, so no combination of them reveals a smaller group.
 *
 * It counts one campaign (or several over different people), one perspective and submitted
 * responses only, and refuses a person who appears twice. Competency priorities and matrices
 * come from the instrument's importance–performance items; group tables from every item that
 * targets a competency (performance ratings).
 *
 * @throws {CapkitScoringError} for a selection that does not fit the workspace (naming the
 *   campaign or the two responses of one person), invalid options, or answers off the scale.
 */
export function analyseTrainingNeeds(
  workspace: Pick<
    Workspace,
    'campaigns' | 'instruments' | 'responses' | 'units' | 'roles' | 'memberships'
  >,
  options: TrainingNeedsAnalysisOptions,
): TrainingNeedsAnalysis {
  const { k = defaultMinimumRespondents, allowSmallGroups = false } = options;
  const disclosure = minimumRespondentsRule({ k, allowSmallGroups });
  const selection = {
    campaignId: options.campaignId,
    perspective: options.perspective,
    status: options.status ?? 'submitted',
  } as const;
  if (selection.status !== 'submitted') {
    throw new CapkitScoringError(
      'options.status',
      'a training-needs analysis counts submitted responses only; drafts are work in progress',
    );
  }
  const paired = pairedInputFromModel(workspace, selection);
  if (options.importanceBasis === 'allRatings') refuseImportanceOnlyFew(paired, disclosure.k);
  const thresholds = { k, allowSmallGroups };
  const priorities = bootstrapMeanWeightedDiscrepancy(paired.data, paired.scale, {
    ...thresholds,
    method: 'auto',
    ...options.bootstrap,
    by: 'competency',
    competencyOfItem: paired.competencyOfItem,
    competencies: paired.competencies.length,
    ...(options.importanceBasis === undefined ? {} : { importanceBasis: options.importanceBasis }),
  });
  const crosshairs = options.crosshairs ?? 'grandMean';
  const items = importancePerformance(paired.data, paired.scale, { ...thresholds, crosshairs });
  const competencies = competencyImportancePerformance(paired.data, paired.scale, {
    ...thresholds,
    crosshairs,
    competencyOfItem: paired.competencyOfItem,
    competencies: paired.competencies.length,
  });
  const input = scoringInputFromModel(workspace, {
    ...selection,
    ...(options.minAnsweredShare === undefined
      ? {}
      : { minAnsweredShare: options.minAnsweredShare }),
  });
  const organisation = organisationGroups(workspace, input.subjectIds, input.config.competencies);
  const partials = aggregatePublication(
    input.matrix,
    compileScoringConfig(input.config),
    { units: organisation.units, roles: organisation.roles },
    { quantiles: options.orderStatistics !== undefined },
  );
  const publication = summarisePublication(partials, {
    ...thresholds,
    ...(options.tables === undefined ? {} : { tables: options.tables }),
    ...(options.orderStatistics === undefined ? {} : { orderStatistics: options.orderStatistics }),
  });
  const people = input.subjectIds.length;
  return {
    selection: {
      campaignIds:
        typeof options.campaignId === 'string' ? [options.campaignId] : [...options.campaignId],
      perspective: options.perspective,
      status: selection.status,
      people: people > 0 && people < disclosure.k ? null : people,
    },
    needCompetencyIds: paired.competencies,
    itemIds: paired.itemIds,
    priorities,
    importancePerformance: { items, competencies },
    groups: {
      ...publication,
      competencyIds: input.config.competencies,
      unitIds: organisation.units.ids,
      roleIds: organisation.roles.ids,
    },
    disclosure: { rule: 'minimumDistinctPeople', k: disclosure.k },
  };
}
