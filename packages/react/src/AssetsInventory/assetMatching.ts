import type { CapacityAsset, CapacityDevelopmentPlan, Intervention } from '@capkit/model';

/** Kind of capacity asset, the discriminant of the model's `CapacityAsset`. */
export type AssetKind = CapacityAsset['kind'];

/** Every kind of asset, in the order the inventory lists them. */
export const assetKinds: readonly AssetKind[] = [
  'trainedPeople',
  'trainingInstitution',
  'communityOfPractice',
  'centreOfExcellence',
  'learningMaterial',
];

/** How an asset serves one intervention of the plan. */
export interface InterventionMatch {
  readonly intervention: Intervention;
  /** The intervention names the asset in its `assetIds`: the plan already builds on it. */
  readonly named: boolean;
  /** The intervention's target competencies that the asset also builds (may be empty if named). */
  readonly competencyIds: readonly string[];
}

/** What one asset can serve in the plan. */
export interface AssetMatch {
  readonly asset: CapacityAsset;
  /** The competencies it builds: its own, then its capability centres', each once. */
  readonly competencyIds: readonly string[];
  /** The plan's interventions it serves, in the plan's order. */
  readonly interventions: readonly InterventionMatch[];
  /** The needed competencies it builds, in the order they are needed. */
  readonly neededCompetencyIds: readonly string[];
}

/** What the inventory's filters keep; `null` keeps every competency (or kind). */
export interface AssetFilter {
  readonly competencyId: string | null;
  readonly kind: AssetKind | null;
}

/** The counts and names the plain-language summary is made of. */
export interface InventoryFindings {
  readonly total: number;
  /** Assets that build at least one needed competency. */
  readonly covering: number;
  /** Needed competencies that no asset builds, in the order they are needed. */
  readonly uncovered: readonly string[];
}

/**
 * The competencies an asset builds: its own `competencyIds`, then those of its capability
 * centres (a centre of excellence often lists none of its own), each once, in the order met.
 */
export function assetCompetencies(asset: CapacityAsset): readonly string[] {
  const centres = asset.kind === 'centreOfExcellence' ? asset.capabilityCentres : [];
  return [...new Set([...asset.competencyIds, ...centres.flatMap((c) => c.competencyIds)])];
}

/**
 * The competencies a plan needs when the app does not say: every target of its interventions
 * that is not cancelled, each once, in the plan's order.
 */
export function planCompetencies(plan: CapacityDevelopmentPlan | undefined): readonly string[] {
  return [
    ...new Set(
      (plan?.interventions ?? [])
        .filter((intervention) => intervention.status !== 'cancelled')
        .flatMap((intervention) => intervention.targets.map((target) => target.competencyId)),
    ),
  ];
}

/**
 * What each asset can serve in the plan. The rule: an asset serves an intervention when the
 * intervention names it in `assetIds` (the plan already builds on it) or when at least one of
 * the intervention's target competencies is among the asset's competencies (its own and its
 * capability centres'; it could be used). A cancelled intervention serves no one, so it is
 * left out. An asset covers a needed competency when it builds that competency. Assets keep
 * their order; nothing is scored or ranked.
 */
export function matchAssets(
  assets: readonly CapacityAsset[],
  interventions: readonly Intervention[],
  neededCompetencyIds: readonly string[],
): readonly AssetMatch[] {
  const live = interventions.filter((intervention) => intervention.status !== 'cancelled');
  return assets.map((asset) => {
    const competencyIds = assetCompetencies(asset);
    const builds = new Set(competencyIds);
    const served: InterventionMatch[] = [];
    for (const intervention of live) {
      const named = intervention.assetIds?.includes(asset.id) ?? false;
      const shared = [
        ...new Set(intervention.targets.map((t) => t.competencyId).filter((id) => builds.has(id))),
      ];
      if (named || shared.length > 0) served.push({ intervention, named, competencyIds: shared });
    }
    return {
      asset,
      competencyIds,
      interventions: served,
      neededCompetencyIds: [...new Set(neededCompetencyIds)].filter((id) => builds.has(id)),
    };
  });
}

/** The counts for the summary: how many assets cover a need, and which needs have no asset. */
export function inventoryFindings(
  matches: readonly AssetMatch[],
  neededCompetencyIds: readonly string[],
): InventoryFindings {
  const covered = new Set(matches.flatMap((match) => match.neededCompetencyIds));
  return {
    total: matches.length,
    covering: matches.filter((match) => match.neededCompetencyIds.length > 0).length,
    uncovered: [...new Set(neededCompetencyIds)].filter((id) => !covered.has(id)),
  };
}

/** The assets the filter keeps, in order; a competency matches a capability centre's too. */
export function filterAssets(
  matches: readonly AssetMatch[],
  { competencyId, kind }: AssetFilter,
): readonly AssetMatch[] {
  return matches.filter(
    (match) =>
      (kind === null || match.asset.kind === kind) &&
      (competencyId === null || match.competencyIds.includes(competencyId)),
  );
}

/**
 * The competencies to filter by: the needed ones first (so a need with no asset can be chosen
 * and shown to have none), then the others the assets build, each once.
 */
export function competencyChoices(
  matches: readonly AssetMatch[],
  neededCompetencyIds: readonly string[],
): readonly string[] {
  return [...new Set([...neededCompetencyIds, ...matches.flatMap((m) => m.competencyIds)])];
}

/** The kinds the assets are of, in {@link assetKinds} order. */
export function kindsOf(matches: readonly AssetMatch[]): readonly AssetKind[] {
  const present = new Set(matches.map((match) => match.asset.kind));
  return assetKinds.filter((kind) => present.has(kind));
}
