import type { CycleRound } from '@capkit/model';

/**
 * The five steps of the capacity-development cycle, in order (GovStack's capacity-building
 * page): 1 training needs assessment, 2 stakeholder engagement, 3 capacity needs and assets
 * assessment, 4 the capacity-development response (the plan, formulated and run), 5 evaluation.
 */
export type CycleStep =
  'trainingNeeds' | 'stakeholders' | 'capacityAndAssets' | 'plan' | 'evaluation';

/** Every {@link CycleStep}, in the cycle's order. */
export const cycleSteps: readonly CycleStep[] = [
  'trainingNeeds',
  'stakeholders',
  'capacityAndAssets',
  'plan',
  'evaluation',
];

/** The moment steps are judged at, as a calendar day (`YYYY-MM-DD`) and as an instant. */
export interface CycleMoment {
  /** The calendar day, compared as text with the model's calendar dates. */
  readonly day: string;
  /** The instant, compared with the campaigns' date-times. */
  readonly at: Date;
}

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The app's `asOf` as a {@link CycleMoment}. A calendar date stands for the start of that day
 * in UTC; a date-time keeps its instant and its own calendar day (its first ten characters);
 * a Date is read in UTC. Never the clock, never the local time zone: a server and a browser in
 * other zones judge alike, so hydration matches. An unreadable `asOf` gives `undefined`.
 */
export function cycleMoment(asOf: string | Date): CycleMoment | undefined {
  const text = typeof asOf === 'string' ? asOf : asOf.toISOString();
  const time = Date.parse(calendarDay.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(time)) return undefined;
  return { day: text.slice(0, 10), at: new Date(time) };
}

/**
 * The round a programme is in on `day`: the latest-starting round that has started (it stays
 * current after its `endsOn` until the next one starts, since its leftovers are still to do);
 * before any round starts, the first one to start. `undefined` only for no rounds.
 */
export function currentRound(rounds: readonly CycleRound[], day: string): CycleRound | undefined {
  let started: CycleRound | undefined;
  let first: CycleRound | undefined;
  for (const round of rounds) {
    if (first === undefined || round.startsOn < first.startsOn) first = round;
    if (round.startsOn <= day && (started === undefined || round.startsOn >= started.startsOn))
      started = round;
  }
  return started ?? first;
}
