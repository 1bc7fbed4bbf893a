import { resolveLocalizedText, type Workspace } from '@capkit/model';
import type { GroupSummary } from '@capkit/scoring/publication';
import {
  analyseTrainingNeeds,
  type BootstrapResult,
  type ImportancePerformanceResult,
} from '@capkit/scoring/tna';

/** Everything the results page shows, computed from the sample's self-assessments. */
export interface TrainingNeeds {
  /** People whose self-assessments were counted; `null` when fewer than k. */
  readonly people: number | null;
  /** Smallest group any figure rests on. */
  readonly k: number;
  /** Competency names for `priorities`, in the order of its competency indices. */
  readonly priorityLabels: readonly string[];
  /** Competency names for `units` and `roles`, in the order of their competency indices. */
  readonly competencyLabels: readonly string[];
  /** Item prompts, in the order of the engine's item indices. */
  readonly itemLabels: readonly string[];
  /** Unit names, in the order of the engine's group indices. */
  readonly unitLabels: readonly string[];
  /** Role titles, in the order of the engine's role indices. */
  readonly roleLabels: readonly string[];
  /** Borich priorities per competency with 95% bootstrap intervals. */
  readonly priorities: BootstrapResult;
  /** Importance–performance quadrants per item. */
  readonly matrix: ImportancePerformanceResult;
  /** Scores and gaps per unit (each covering its sub-units) and competency. */
  readonly units: GroupSummary;
  /** Scores and gaps per role, protected together with the unit table. */
  readonly roles: GroupSummary;
}

/**
 * Runs the demo's training-needs analysis through the engine's one safe entry point: the
 * round-1 campaign, self-assessments, k = 5, with the unit and role tables protected together.
 */
export function trainingNeeds(workspace: Workspace, locale: string): TrainingNeeds {
  const campaign = workspace.campaigns[0];
  if (campaign === undefined) throw new Error('The sample workspace has no campaign');
  const analysis = analyseTrainingNeeds(workspace, {
    campaignId: campaign.id,
    perspective: 'self',
    k: 5,
    tables: ['organisation', 'units', 'roles'],
    bootstrap: { replicates: 1000, seed: 2026 },
  });
  const { units, roles } = analysis.groups;
  if (units === undefined || roles === undefined)
    throw new Error('The unit and role tables were asked for');
  const text = (value: Parameters<typeof resolveLocalizedText>[0]) =>
    resolveLocalizedText(value, [locale]).text;
  const framework = workspace.frameworks[0];
  const label = (competencyId: string) => {
    const competency = framework?.competencies.find((candidate) => candidate.id === competencyId);
    return competency === undefined ? competencyId : text(competency.label);
  };
  const instrument = workspace.instruments.find((i) => i.id === campaign.instrumentId);
  const itemPrompt = new Map(instrument?.items.map((item) => [item.id, text(item.prompt)]));
  return {
    people: analysis.selection.people,
    k: analysis.disclosure.k,
    priorityLabels: analysis.needCompetencyIds.map(label),
    competencyLabels: analysis.groups.competencyIds.map(label),
    itemLabels: analysis.itemIds.map((id) => itemPrompt.get(id) ?? id),
    unitLabels: analysis.groups.unitIds.map((id) => {
      const unit = workspace.units.find((candidate) => candidate.id === id);
      return unit === undefined ? id : text(unit.name);
    }),
    roleLabels: analysis.groups.roleIds.map((id) => {
      const role = workspace.roles.find((candidate) => candidate.id === id);
      return role === undefined ? id : text(role.title);
    }),
    priorities: analysis.priorities,
    matrix: analysis.importancePerformance.items,
    units,
    roles,
  };
}
