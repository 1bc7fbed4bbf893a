import { resolveLocalizedText, type Workspace } from '@capkit/model';
import {
  aggregateByGroup,
  compileScoringConfig,
  organisationGroups,
  rollUpHierarchy,
  scoringInputFromModel,
  summariseGroups,
  type GroupSummary,
} from '@capkit/scoring';
import {
  bootstrapMeanWeightedDiscrepancy,
  importancePerformance,
  pairedInputFromModel,
  type BootstrapResult,
  type ImportancePerformanceResult,
} from '@capkit/scoring/tna';

/** Everything the results page shows, computed from the sample's self-assessments. */
export interface TrainingNeeds {
  /** Competency names for `priorities`, in the order of its competency indices. */
  readonly priorityLabels: readonly string[];
  /** Competency names for `units`, in the order of its competency indices. */
  readonly competencyLabels: readonly string[];
  /** Item prompts, in the order of the engine's item indices. */
  readonly itemLabels: readonly string[];
  /** Unit names, in the order of the engine's group indices. */
  readonly unitLabels: readonly string[];
  /** Borich priorities per competency with 95% bootstrap intervals. */
  readonly priorities: BootstrapResult;
  /** Importance–performance quadrants per item. */
  readonly matrix: ImportancePerformanceResult;
  /** Scores and gaps per unit (each covering its sub-units) and competency, small groups withheld. */
  readonly units: GroupSummary;
}

/**
 * Runs the training-needs analysis of the demo: self-assessments only, so that each person counts
 * once towards the privacy threshold (k = 5).
 */
export function trainingNeeds(workspace: Workspace, locale: string): TrainingNeeds {
  const instrument = workspace.instruments[0];
  if (instrument === undefined) throw new Error('The sample workspace has no instrument');
  const framework = workspace.frameworks[0];
  const label = (competencyId: string) => {
    const competency = framework?.competencies.find((candidate) => candidate.id === competencyId);
    return competency === undefined
      ? competencyId
      : resolveLocalizedText(competency.label, [locale]).text;
  };
  const paired = pairedInputFromModel(instrument, workspace.responses, { perspective: 'self' });
  const priorities = bootstrapMeanWeightedDiscrepancy(paired.data, paired.scale, {
    by: 'competency',
    competencyOfItem: paired.competencyOfItem,
    competencies: paired.competencies.length,
    replicates: 1000,
    seed: 2026,
  });
  const matrix = importancePerformance(paired.data, paired.scale);
  const input = scoringInputFromModel(instrument, workspace.responses, { perspective: 'self' });
  const { units, roles } = organisationGroups(
    workspace,
    input.subjectIds,
    input.config.competencies,
  );
  const partials = aggregateByGroup(input.matrix, compileScoringConfig(input.config), units, {
    required: roles,
    quantiles: true,
  });
  const unitSummary = summariseGroups(rollUpHierarchy(partials, units.parentOf), {
    parentOf: units.parentOf,
  });
  const itemPrompt = new Map(
    instrument.items.map((item) => [item.id, resolveLocalizedText(item.prompt, [locale]).text]),
  );
  return {
    priorityLabels: paired.competencies.map(label),
    competencyLabels: input.config.competencies.map(label),
    itemLabels: paired.itemIds.map((id) => itemPrompt.get(id) ?? id),
    unitLabels: units.ids.map((id) => {
      const unit = workspace.units.find((candidate) => candidate.id === id);
      return unit === undefined ? id : resolveLocalizedText(unit.name, [locale]).text;
    }),
    priorities,
    matrix,
    units: unitSummary,
  };
}
