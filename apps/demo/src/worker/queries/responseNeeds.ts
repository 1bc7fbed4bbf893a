import { resolveLocalizedText, type LocalizedText, type Workspace } from '@capkit/model';
import { needsFromAnalysis, type PlanNeed } from '@capkit/scoring/plan';
import { analyseTrainingNeeds, type TrainingNeedsAnalysis } from '@capkit/scoring/tna';
import { DemoError } from '../contract.js';

// The training-needs analysis the capacity and response areas stand on, worked out once per
// stored workspace: the worker hands every query the same workspace object until a mutation
// replaces it, so a WeakMap keyed by it is dropped with the workspace it was made from.
const analyses = new WeakMap<Workspace, NeedsBasis>();

/** The analysis of the campaign a plan answers, and the need groups planned from it. */
export interface NeedsBasis {
  readonly campaignId: string;
  readonly analysis: TrainingNeedsAnalysis;
  /** One group per department × competency, from the published tables only. */
  readonly needs: readonly PlanNeed[];
}

/** The workspace's reference plan: the one the response area plans against (its window, limits). */
export function referencePlan(workspace: Workspace) {
  const plan = workspace.plans[0];
  if (plan === undefined)
    throw new DemoError('The workspace has no capacity-development plan to take limits from.');
  return plan;
}

/**
 * The campaign the reference plan answers (`basedOnCampaignId`), else the workspace's first,
 * analysed for self-assessments; its need groups at department level (`unitDepth: 1`), which
 * the scoring README recommends for a proven-optimal plan.
 */
export function needsBasis(workspace: Workspace): NeedsBasis {
  const cached = analyses.get(workspace);
  if (cached !== undefined) return cached;
  const campaignId = workspace.plans[0]?.basedOnCampaignId ?? workspace.campaigns[0]?.id;
  if (campaignId === undefined)
    throw new DemoError('The workspace has no training-needs campaign to plan from.');
  // The plan needs the priorities' point values (Borich MWDS), not their intervals: a few
  // hundred replicates keep the analysis under a second for the 4,000-person sample.
  const analysis = analyseTrainingNeeds(workspace, {
    campaignId,
    perspective: 'self',
    bootstrap: { replicates: 200 },
  });
  const { needs } = needsFromAnalysis(analysis, { units: workspace.units, unitDepth: 1 });
  const basis = { campaignId, analysis, needs };
  analyses.set(workspace, basis);
  return basis;
}

/** A localized text in `locale`, else its nearest language. */
export const textIn = (text: LocalizedText, locale: string): string =>
  resolveLocalizedText(text, [locale]).text;

/** Competency labels by id, in `locale`. */
export function competencyNames(workspace: Workspace, locale: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const framework of workspace.frameworks)
    for (const competency of framework.competencies)
      names[competency.id] = textIn(competency.label, locale);
  return names;
}

/** Unit names by id, in `locale`, for the units `ids` lists. */
export function unitNames(
  workspace: Workspace,
  ids: Iterable<string>,
  locale: string,
): Record<string, string> {
  const wanted = new Set(ids);
  const names: Record<string, string> = {};
  for (const unit of workspace.units)
    if (wanted.has(unit.id)) names[unit.id] = textIn(unit.name, locale);
  return names;
}
