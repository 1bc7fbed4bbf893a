import type { RecommendedPlan } from '@capkit/scoring/plan';
import { csvList, csvTable, type CsvExportOptions } from './csvTable.js';

/** A recommended plan's interventions: runs, seats, participants, cost and the gap they close. */
export function planInterventionsToCsv(
  plan: RecommendedPlan,
  options: CsvExportOptions = {},
): string {
  return csvTable(
    [
      'interventionId',
      'runs',
      'maxRuns',
      'seats',
      'participants',
      'prerequisiteParticipants',
      'currency',
      'cost',
      'fixedCost',
      'perParticipantCost',
      'gapPointsClosed',
      'competencyIds',
      'pathway',
      'unavailable',
    ],
    plan.interventions.map((row) => [
      row.interventionId,
      row.runs,
      row.maxRuns,
      row.seats,
      row.participants,
      row.prerequisiteParticipants,
      plan.currency,
      row.cost,
      row.fixedCost,
      row.perParticipantCost,
      row.gapPointsClosed,
      csvList(row.competencyIds),
      csvList(row.pathway),
      row.unavailable,
    ]),
    options,
  );
}

/** A recommended plan's needs: who needs what, how much is served and what gap remains. */
export function planNeedsToCsv(plan: RecommendedPlan, options: CsvExportOptions = {}): string {
  return csvTable(
    [
      'needId',
      'unitId',
      'competencyId',
      'people',
      'weight',
      'gapPoints',
      'served',
      'gapPointsClosed',
      'remainingGapPoints',
      'eligibleInterventionIds',
    ],
    plan.needs.map((need) => [
      need.needId,
      need.unitId,
      need.competencyId,
      need.people,
      need.weight,
      need.gapPoints,
      need.served,
      need.gapPointsClosed,
      need.remainingGapPoints,
      csvList(need.eligibleInterventionIds),
    ]),
    options,
  );
}
