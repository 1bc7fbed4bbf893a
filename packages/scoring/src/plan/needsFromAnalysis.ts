import type { TrainingNeedsAnalysis } from '../analyseTrainingNeeds.js';
import { provenanceOf, type Provenance } from '../provenance.js';
import { CapkitScoringError } from '../scoringError.js';
import type { GroupSummaryCell } from '../summariseGroups.js';
import { z } from 'zod';
import { zodIssueError } from '../zodIssue.js';
import type { PlanNeed } from './planInput.js';

// Strict at the top (a misspelt option is an error); units are the workspace's, with more keys.
const optionsSchema = z.strictObject({
  units: z
    .array(z.object({ id: z.string().min(1), parentId: z.string().min(1).optional() }))
    .max(1_000_000),
  weights: z
    .union([z.literal('priorities'), z.record(z.string(), z.number().nonnegative())])
    .optional(),
  unitDepth: z.number().int().nonnegative().optional(),
});

/** What `needsFromAnalysis` reads of a training-needs analysis: its published figures only. */
export interface AnalysisForPlanning {
  readonly groups: Pick<
    TrainingNeedsAnalysis['groups'],
    'organisation' | 'units' | 'competencyIds' | 'unitIds'
  >;
  readonly needCompetencyIds: TrainingNeedsAnalysis['needCompetencyIds'];
  readonly priorities: {
    readonly units: readonly {
      readonly unit: number;
      readonly meanWeightedDiscrepancy: number | null;
    }[];
  };
  readonly disclosure: TrainingNeedsAnalysis['disclosure'];
}

/** Options of {@link needsFromAnalysis}. */
export interface NeedsFromAnalysisOptions {
  /**
   * The units of the workspace the analysis ran on (`workspace.units`): the hierarchy the unit
   * table rolls up along (each unit's figures cover its sub-units).
   */
  readonly units: readonly { readonly id: string; readonly parentId?: string | undefined }[];
  /**
   * Importance of a gap point per competency: `'priorities'` takes the competency's Borich MWDS
   * from the analysis (negative ones count 0); or give weights by competency id.
   * @default 'priorities'
   */
  readonly weights?: 'priorities' | Readonly<Record<string, number>> | undefined;
  /**
   * Plan units down to this depth of the hierarchy (0: the top-level units); the people of
   * deeper units join their nearest planned ancestor's group. Coarser groups make a smaller
   * model; the figures stay sums and differences of published cells.
   * @default no limit: every published unit is a group
   */
  readonly unitDepth?: number | undefined;
}

/** Where a need group comes from in the published unit table. */
export interface NeedScope {
  readonly needId: string;
  /** The unit (covering its sub-units); `null`: the organisation ("other units"). */
  readonly unitId: string | null;
  /** Sub-units whose published figures are planned as need groups of their own, subtracted here. */
  readonly withoutUnitIds: readonly string[];
}

/** Why people below required level could not be planned. */
export type LeftOutReason =
  /** Their unit's gap figures are withheld and no enclosing published figure holds them. */
  | 'gapWithheld'
  /** The competency has no published priority and no weight was given. */
  | 'noWeight';

/** Result of {@link needsFromAnalysis}. */
export interface NeedsFromAnalysis {
  readonly needs: PlanNeed[];
  readonly scopes: readonly NeedScope[];
  /** Units (or the organisation, `null`) × competencies that could not be planned, and why. */
  readonly leftOut: readonly {
    readonly unitId: string | null;
    readonly competencyId: string;
    readonly reason: LeftOutReason;
  }[];
  /**
   * Every figure here is a published figure of the analysis or a sum and difference of them,
   * resting (by the publication's protection of all tables together) on 0 or ≥ k people.
   */
  readonly disclosure: {
    readonly rule: 'minimumDistinctPeople';
    readonly k: number;
    readonly source: 'publishedUnitAndOrganisationTables';
  };
  readonly provenance: Provenance;
}

interface Known {
  /** People behind the gap figures. */
  readonly gapCount: number;
  /** People below required level. */
  readonly below: number;
  /** Sum of gaps (required − score, 0 at or above): meanGap × gapCount. */
  readonly gapSum: number;
}

// A cell whose gap figures are known: published, or known to be empty (no one, or no one whose
// role sets a level); `undefined` when withheld.
function knownGap(cell: GroupSummaryCell | undefined): Known | undefined {
  if (cell === undefined || cell.status === 'suppressed') return undefined;
  if (cell.status === 'empty' || cell.gapStatus === 'none')
    return { gapCount: 0, below: 0, gapSum: 0 };
  if (cell.gapStatus === 'withheld') return undefined;
  const gapCount = cell.gapCount as number;
  return {
    gapCount,
    below: Math.round((cell.shareBelowRequired as number) * gapCount),
    gapSum: (cell.meanGap as number) * gapCount,
  };
}

/**
 * Need groups for `recommendPlan` from a training-needs analysis — its published,
 * disclosure-protected tables, never the responses — so that every count a plan and its
 * explanation cite is a published figure or a sum and difference of published figures.
 *
 * For each competency the units and the organisation form a tree (the organisation above the
 * top-level units). Each node whose gap figures are published (or known empty) gives one group:
 * its figures minus those of its nearest published descendants, which are groups of their own
 * — a leaf unit is itself; a unit with published sub-units is "the unit without them"; the
 * organisation less its published units is "other units" (`unitId: null`). A group's people
 * are the people below required level (share below required × gapCount), its gap their mean
 * gap (meanGap × gapCount / people), its weight the competency's.
 *
 * Why a difference is safe to plan on: the publication protects the organisation and unit
 * tables together (`summarisePublication` → `protectCells`): no set of people of size 1 to
 * k − 1 has a total that is an integer combination of published cells — and a node less its
 * disjoint nested published descendants is such a combination, on the gap figures' own
 * denominator. So each group rests on 0 or at least k people, and reveals nothing that the
 * published tables do not already give by subtraction. (The check is repeated here: a
 * difference resting on 1 to k − 1 people would be left out; it cannot occur.) People of a
 * withheld unit fall into the group of its nearest published ancestor; when no ancestor is
 * published — the organisation's gap figures withheld — they cannot be planned and are listed
 * in `leftOut`. (Everyone belongs to a unit, so the organisation is the sum of its top-level units:
 * "other units" are the people of withheld top-level units, and a withheld organisation total
 * leaves out only those.)
 *
 * @throws {CapkitScoringError} when `units` is not the analysis's unit list, or the analysis
 *   has no unit table.
 */
export function needsFromAnalysis(
  analysis: AnalysisForPlanning,
  options: NeedsFromAnalysisOptions,
): NeedsFromAnalysis {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw zodIssueError('options', parsed.error.issues);
  const { groups } = analysis;
  const unitTable = groups.units;
  if (unitTable === undefined) {
    throw new CapkitScoringError(
      'analysis.groups.units',
      "run the analysis with the 'units' table",
    );
  }
  const unitIds = groups.unitIds;
  if (
    options.units.length !== unitIds.length ||
    options.units.some((unit, u) => unit.id !== unitIds[u])
  ) {
    throw new CapkitScoringError(
      'options.units',
      'must be the units of the workspace the analysis ran on, in its order',
    );
  }
  const k = analysis.disclosure.k;
  const U = unitIds.length;
  const C = groups.competencyIds.length;
  const index = new Map(unitIds.map((id, u) => [id, u]));
  const ORG = U;
  const children: number[][] = Array.from({ length: U + 1 }, () => []);
  options.units.forEach((unit, u) => {
    const parent = unit.parentId === undefined ? ORG : index.get(unit.parentId);
    if (parent === undefined) {
      throw new CapkitScoringError(
        `options.units[${u}].parentId`,
        `"${unit.parentId ?? ''}" is not a unit`,
      );
    }
    children[parent]?.push(u);
  });
  const depth = new Int32Array(U + 1).fill(-1);
  const setDepth = (node: number, d: number): void => {
    for (const child of children[node] ?? []) {
      depth[child] = d;
      setDepth(child, d + 1);
    }
  };
  setDepth(ORG, 0);
  const maxDepth = options.unitDepth ?? Infinity;
  if (!(maxDepth === Infinity || (Number.isInteger(maxDepth) && maxDepth >= 0))) {
    throw new CapkitScoringError(
      'options.unitDepth',
      `must be a whole number ≥ 0, got ${maxDepth}`,
    );
  }
  const weights = competencyWeights(analysis, options.weights ?? 'priorities');
  const needs: PlanNeed[] = [];
  const scopes: NeedScope[] = [];
  const leftOut: NeedsFromAnalysis['leftOut'][number][] = [];
  for (let c = 0; c < C; c += 1) {
    const competencyId = groups.competencyIds[c] as string;
    const known = (node: number): Known | undefined =>
      knownGap(node === ORG ? groups.organisation?.cells[c] : unitTable.cells[node * C + c]);
    const figures = Array.from({ length: U + 1 }, (_, node) =>
      (depth[node] as number) > maxDepth ? undefined : known(node),
    );
    const weight = weights.get(competencyId);
    // Nearest published descendants of a node, found below its unpublished children.
    const nearest = (node: number): number[] =>
      (children[node] ?? []).flatMap((child) =>
        figures[child] !== undefined ? [child] : nearest(child),
      );
    const visit = (node: number, covered: boolean): void => {
      const own = figures[node];
      if (own === undefined) {
        // Everyone belongs to a unit, so a withheld organisation total hides no one beyond its
        // top-level units, each reported on its own.
        if (!covered && node !== ORG && (depth[node] as number) <= maxDepth) {
          leftOut.push({ unitId: unitIds[node] as string, competencyId, reason: 'gapWithheld' });
        }
      } else {
        const inner = nearest(node);
        let { gapCount, below, gapSum } = own;
        for (const child of inner) {
          const part = figures[child] as Known;
          gapCount -= part.gapCount;
          below -= part.below;
          gapSum -= part.gapSum;
        }
        const unitId = node === ORG ? null : (unitIds[node] as string);
        if (below > 0 && gapCount >= k && gapSum > 0) {
          if (weight === undefined) leftOut.push({ unitId, competencyId, reason: 'noWeight' });
          else {
            const needId = `need-${needs.length + 1}`;
            needs.push({
              id: needId,
              unitId,
              competencyId,
              people: below,
              gap: gapSum / below,
              weight,
            });
            scopes.push({ needId, unitId, withoutUnitIds: inner.map((u) => unitIds[u] as string) });
          }
        } else if (below > 0) {
          leftOut.push({ unitId, competencyId, reason: 'gapWithheld' });
        }
      }
      for (const child of children[node] ?? []) visit(child, covered || own !== undefined);
    };
    visit(ORG, false);
  }
  return {
    needs,
    scopes,
    leftOut,
    disclosure: { rule: 'minimumDistinctPeople', k, source: 'publishedUnitAndOrganisationTables' },
    provenance: provenanceOf({
      analysis: unitTable.provenance.configHash,
      weights: options.weights ?? 'priorities',
    }),
  };
}

function competencyWeights(
  analysis: AnalysisForPlanning,
  weights: NonNullable<NeedsFromAnalysisOptions['weights']>,
): Map<string, number> {
  if (weights !== 'priorities') {
    return new Map(
      Object.entries(weights).map(([id, weight]) => {
        if (!(Number.isFinite(weight) && weight >= 0)) {
          throw new CapkitScoringError(
            `options.weights.${id}`,
            `must be a number ≥ 0, got ${weight}`,
          );
        }
        return [id, weight];
      }),
    );
  }
  const map = new Map<string, number>();
  for (const unit of analysis.priorities.units) {
    const id = analysis.needCompetencyIds[unit.unit];
    if (id !== undefined && unit.meanWeightedDiscrepancy !== null)
      map.set(id, Math.max(0, unit.meanWeightedDiscrepancy));
  }
  return map;
}
