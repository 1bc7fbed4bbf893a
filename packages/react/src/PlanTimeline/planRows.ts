import type { Intervention, Milestone, ResolvedText } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import {
  interventionState,
  milestoneState,
  type InterventionState,
  type MilestoneState,
} from './planStates.js';

/** A milestone ready to show. */
export interface MilestoneRow {
  readonly id: string;
  readonly title: ResolvedText;
  readonly due: string;
  readonly status: Milestone['status'];
  readonly state: MilestoneState;
}

/** An intervention ready to show: its title in the reader's language, dates and state. */
export interface InterventionRow {
  readonly id: string;
  readonly title: ResolvedText;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: Intervention['status'];
  readonly state: InterventionState;
  readonly milestones: readonly MilestoneRow[];
}

/**
 * The rows of the timeline, in start order (then end, then id), states on `asOf`. Dates stay ISO
 * here: only the list view formats them, so the chart of 500 rows formats none.
 */
export function planRows(
  interventions: readonly Intervention[],
  asOf: string,
  riskDays: number,
  languages: readonly string[],
): InterventionRow[] {
  return [...interventions]
    .sort(
      (a, b) =>
        a.startsOn.localeCompare(b.startsOn) ||
        a.endsOn.localeCompare(b.endsOn) ||
        a.id.localeCompare(b.id),
    )
    .map((intervention) => ({
      id: intervention.id,
      title: resolveLocalizedText(intervention.title, languages),
      startsOn: intervention.startsOn,
      endsOn: intervention.endsOn,
      status: intervention.status,
      state: interventionState(intervention, asOf, riskDays),
      milestones: [...intervention.milestones]
        .sort((a, b) => a.due.localeCompare(b.due))
        .map((milestone) => ({
          id: milestone.id,
          title: resolveLocalizedText(milestone.title, languages),
          due: milestone.due,
          status: milestone.status,
          state: milestoneState(milestone, asOf),
        })),
    }));
}
