import type { CapacityDevelopmentPlan } from '../capacityDevelopmentPlan.js';
import type { EvaluationObservation } from '../evaluation.js';
import { shiftDate } from './sampleDates.js';
import type { SeededRandom } from './seededRandom.js';

// Enough people per intervention for group results above the disclosure threshold, few enough
// that a large ministry's sample stays small.
const maxObservedParticipants = 80;
// The evaluation's date: follow-ups due later are not in yet.
const evaluatedOn = '2026-12-01';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Per-person observations of the plan's interventions that have started, for up to 80
 * participants each: a pre-test (0–100) on the first day; for those completed, a post-test on the
 * last day that is higher by about the expected gain, a reaction rating (1–5) and, 90 days on, a
 * follow-up rating (1–5) of the behaviour back at work. About one person in ten misses the post-test
 * and one in five the follow-up, as in real evaluations.
 */
export function sampleObservations(
  plan: CapacityDevelopmentPlan,
  random: SeededRandom,
): EvaluationObservation[] {
  const observations: EvaluationObservation[] = [];
  for (const intervention of plan.interventions) {
    if (intervention.status === 'planned' || intervention.status === 'cancelled') continue;
    const gain = intervention.targets.reduce((sum, target) => sum + target.expectedLevelGain, 0);
    const participants = (intervention.participantIds ?? []).slice(0, maxObservedParticipants);
    participants.forEach((personId, p) => {
      const id = (instrument: string) => `obs-${intervention.id}-${p}-${instrument}`;
      const common = { personId, interventionId: intervention.id };
      const pre = Math.round(clamp(48 + random.normal() * 12, 0, 100));
      observations.push({
        id: id('pre'),
        ...common,
        level: 2,
        instrument: 'preTest',
        value: pre,
        scaleMin: 0,
        scaleMax: 100,
        on: intervention.startsOn,
      });
      if (intervention.status !== 'completed') return;
      const missesPostTest = random.chance(0.1);
      const post = Math.round(clamp(pre + gain * 14 + random.normal() * 8, 0, 100));
      if (!missesPostTest) {
        observations.push({
          id: id('post'),
          ...common,
          level: 2,
          instrument: 'postTest',
          value: post,
          scaleMin: 0,
          scaleMax: 100,
          on: intervention.endsOn,
        });
      }
      observations.push({
        id: id('reaction'),
        ...common,
        level: 1,
        instrument: 'reaction',
        value: Math.round(clamp(4.1 + random.normal() * 0.6, 1, 5)),
        scaleMin: 1,
        scaleMax: 5,
        on: intervention.endsOn,
      });
      const followUpOn = shiftDate(intervention.endsOn, 90);
      if (followUpOn <= evaluatedOn && !random.chance(0.2)) {
        observations.push({
          id: id('follow-up'),
          ...common,
          level: 3,
          instrument: 'followUp',
          value: Math.round(clamp(3 + gain * 0.5 + random.normal() * 0.7, 1, 5)),
          scaleMin: 1,
          scaleMax: 5,
          on: followUpOn,
        });
      }
    });
  }
  return observations;
}
