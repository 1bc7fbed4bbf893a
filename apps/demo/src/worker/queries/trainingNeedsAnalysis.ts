import {
  resolveLocalizedText,
  type Campaign,
  type LocalizedText,
  type Workspace,
} from '@capkit/model';
import type { GroupSummary } from '@capkit/scoring/publication';
import { analyseTrainingNeeds, type TrainingNeedsAnalysis } from '@capkit/scoring/tna';
import { DemoError } from '../contract.js';

// The training-needs area's analysis, worked out once per stored workspace: the worker hands
// every query the same workspace object until a mutation replaces it, so a WeakMap keyed by it
// drops the analysis with the workspace it came from, and a submission is counted at once.
const analyses = new WeakMap<Workspace, TrainingNeedsAnalysis>();

/** Smallest group any published figure rests on. */
export const minimumGroup = 5;

/** A localized text in `locale`, else its nearest language. */
export const textIn = (text: LocalizedText, locale: string): string =>
  resolveLocalizedText(text, [locale]).text;

/** The round-1 training-needs campaign: the one with the self-assessments. */
export function roundOneCampaign(workspace: Workspace): Campaign {
  const campaign =
    workspace.campaigns.find((candidate) => candidate.round === 1) ?? workspace.campaigns[0];
  if (campaign === undefined)
    throw new DemoError('The workspace holds no training-needs campaign.');
  return campaign;
}

/**
 * The analysis of the round-1 self-assessments through the engine's one safe entry point: k = 5,
 * the organisation, unit and role tables protected together, 1,000 bootstrap replicates.
 */
export function trainingNeedsAnalysis(workspace: Workspace): TrainingNeedsAnalysis {
  const cached = analyses.get(workspace);
  if (cached !== undefined) return cached;
  const analysis = analyseTrainingNeeds(workspace, {
    campaignId: roundOneCampaign(workspace).id,
    perspective: 'self',
    k: minimumGroup,
    tables: ['organisation', 'units', 'roles'],
    bootstrap: { replicates: 1000, seed: 2026 },
  });
  analyses.set(workspace, analysis);
  return analysis;
}

/** Competency labels by id, in `locale`. */
export function competencyNames(workspace: Workspace, locale: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const framework of workspace.frameworks)
    for (const competency of framework.competencies)
      names.set(competency.id, textIn(competency.label, locale));
  return names;
}

/** The departments: the units directly under the ministry (the unit with no parent). */
export function departmentIds(workspace: Workspace): string[] {
  const root = workspace.units.find((unit) => unit.parentId === undefined);
  return workspace.units.filter((unit) => unit.parentId === root?.id).map((unit) => unit.id);
}

/** Each person's current membership (the latest without an end), by person id. */
export function currentMemberships(workspace: Workspace) {
  const byPerson = new Map<string, Workspace['memberships'][number]>();
  for (const membership of workspace.memberships) {
    if (membership.to !== undefined) continue;
    const known = byPerson.get(membership.personId);
    if (known === undefined || known.from < membership.from)
      byPerson.set(membership.personId, membership);
  }
  return byPerson;
}

/** The unit and each of its ancestors, the unit first. */
export function unitLineage(workspace: Workspace, unitId: string): string[] {
  const parents = new Map(workspace.units.map((unit) => [unit.id, unit.parentId]));
  const lineage: string[] = [];
  let current: string | undefined = unitId;
  while (current !== undefined && !lineage.includes(current)) {
    lineage.push(current);
    current = parents.get(current);
  }
  return lineage;
}

/** The rows of `summary` for `groups` (indices into it), renumbered 0… in that order. */
export function selectGroups(
  summary: GroupSummary,
  groups: readonly number[],
  competencies: number,
): GroupSummary {
  const cells = groups.flatMap((group, index) =>
    summary.cells
      .slice(group * competencies, (group + 1) * competencies)
      .map((cell) => ({ ...cell, group: index })),
  );
  return { ...summary, cells };
}

/** Distinct people with a submitted self-assessment in `campaignId`: whom the analysis counts. */
export function selfAssessed(workspace: Workspace, campaignId: string): Set<string> {
  const people = new Set<string>();
  for (const response of workspace.responses)
    if (
      response.campaignId === campaignId &&
      response.perspective === 'self' &&
      response.status === 'submitted'
    )
      people.add(response.respondentId);
  return people;
}
