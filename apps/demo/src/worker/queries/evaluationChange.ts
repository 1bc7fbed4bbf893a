import type { Workspace } from '@capkit/model';
import {
  pairedChange,
  pairedChangeByGroup,
  pairedRoundsFromModel,
  treatedVsUntreated,
  type PairedChangeByGroupResult,
  type PairedChangeResult,
  type ScorePair,
  type TreatedVsUntreatedResult,
} from '@capkit/scoring/evaluation';
import type { RunContext } from '../contract.js';
import { deliveredInterventions, expectedGains, roundCampaigns } from './evaluationRounds.js';

/** Every figure about people is withheld below this many (the engine's rule). */
export const disclosureK = 5;

/** The two arms of the comparison, as the group ids of `pairedChangeByGroup`. */
export const arms = { trained: 'trained', notTrained: 'notTrained' } as const;

/** Round 1 against round 2 of the self-assessments, worked out by the engine; ids, no labels. */
export interface RoundChange {
  /** People with a self-assessment in both rounds. */
  readonly paired: number;
  readonly unpaired: { readonly onlyRound1: number; readonly onlyRound2: number };
  readonly competencies: readonly {
    readonly competencyId: string;
    /** Everyone seen in both rounds. */
    readonly everyone: PairedChangeResult;
    /** Trained on this competency (by a delivered intervention) against everyone else. */
    readonly byArm: PairedChangeByGroupResult;
  }[];
  /**
   * Mean level on the competencies each person was trained in (the trained) against the mean on
   * every competency the plan trains (those trained in none of them).
   */
  readonly overall: TreatedVsUntreatedResult;
  /** Per delivered intervention: its participants against people trained in none of its targets. */
  readonly interventions: readonly {
    readonly interventionId: string;
    readonly result: TreatedVsUntreatedResult;
  }[];
}

// The workspace is replaced on every change, so a result kept per workspace object is never stale;
// the summary and the comparison pages share one computation.
const cache = new WeakMap<Workspace, RoundChange>();

/** One person's score in one competency, each round. */
interface PersonScore {
  readonly round1: number | null;
  readonly round2: number | null;
}

/** Mean of the competencies' scores that are there in both rounds; `null` rounds without any. */
function meanPair(
  personId: string,
  scores: ReadonlyMap<string, PersonScore>,
  competencyIds: Iterable<string>,
): ScorePair {
  let sum1 = 0;
  let sum2 = 0;
  let n = 0;
  for (const id of competencyIds) {
    const score = scores.get(id);
    if (score?.round1 == null || score.round2 == null) continue;
    sum1 += score.round1;
    sum2 += score.round2;
    n += 1;
  }
  return n === 0
    ? { personId, round1: null, round2: null }
    : { personId, round1: sum1 / n, round2: sum2 / n };
}

/** The change between rounds 1 and 2, or `null` before round 2 has any self-assessment. */
export function roundChange(workspace: Workspace, { progress }: RunContext): RoundChange | null {
  const cached = cache.get(workspace);
  if (cached !== undefined) return cached;
  const { round1, round2 } = roundCampaigns(workspace);
  if (round1 === undefined || round2 === undefined) return null;
  if (
    !workspace.responses.some(
      (r) => r.campaignId === round2.id && r.perspective === 'self' && r.status === 'submitted',
    )
  )
    return null;
  progress(0, 4);
  const rounds = pairedRoundsFromModel(workspace, {
    round1CampaignId: round1.id,
    round2CampaignId: round2.id,
    perspective: 'self',
  });
  progress(2, 4);
  const gains = expectedGains(workspace);
  const trainedOn = (personId: string, competencyId: string) =>
    (gains.get(personId)?.get(competencyId) ?? 0) > 0;
  // Per person, their scores per competency, for the means over several competencies.
  const scores = new Map<string, Map<string, PersonScore>>();
  const none: ReadonlyMap<string, PersonScore> = new Map();
  for (const { competencyId, pairs } of rounds.competencies)
    for (const pair of pairs) {
      const mine = scores.get(pair.personId) ?? new Map<string, PersonScore>();
      mine.set(competencyId, { round1: pair.round1, round2: pair.round2 });
      scores.set(pair.personId, mine);
    }
  const people = [...scores.keys()];
  const measured = new Set(rounds.competencies.map((c) => c.competencyId));
  const options = { k: disclosureK };

  const competencies = rounds.competencies.map(({ competencyId, pairs }) => ({
    competencyId,
    everyone: pairedChange(pairs, options),
    byArm: pairedChangeByGroup(
      pairs.map((pair) => ({
        ...pair,
        groupId: trainedOn(pair.personId, competencyId) ? arms.trained : arms.notTrained,
      })),
      options,
    ),
  }));
  progress(3, 4);

  const delivered = deliveredInterventions(workspace);
  const planTargets = new Set(
    delivered.flatMap((i) => i.targets.map((t) => t.competencyId)).filter((id) => measured.has(id)),
  );
  const treated: ScorePair[] = [];
  const untreated: ScorePair[] = [];
  for (const personId of people) {
    const mine = [...(gains.get(personId)?.keys() ?? [])].filter((id) => planTargets.has(id));
    const personScores = scores.get(personId) ?? none;
    if (mine.length > 0) treated.push(meanPair(personId, personScores, mine));
    else untreated.push(meanPair(personId, personScores, planTargets));
  }
  const overall = treatedVsUntreated({ treated, untreated }, options);

  const interventions = delivered.map((intervention) => {
    const targets = intervention.targets
      .map((t) => t.competencyId)
      .filter((id) => measured.has(id));
    const participants = new Set(intervention.participantIds ?? []);
    const arm: ScorePair[] = [];
    const comparison: ScorePair[] = [];
    for (const personId of people) {
      const personScores = scores.get(personId) ?? none;
      if (participants.has(personId)) arm.push(meanPair(personId, personScores, targets));
      else if (!targets.some((id) => trainedOn(personId, id)))
        comparison.push(meanPair(personId, personScores, targets));
    }
    return {
      interventionId: intervention.id,
      result: treatedVsUntreated({ treated: arm, untreated: comparison }, options),
    };
  });
  progress(4, 4);
  const result: RoundChange = {
    paired: people.length,
    unpaired: rounds.unpaired,
    competencies,
    overall,
    interventions,
  };
  cache.set(workspace, result);
  return result;
}
