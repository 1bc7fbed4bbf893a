import type {
  Answer,
  AssessmentResponse,
  Campaign,
  EvaluationObservation,
  Intervention,
  Workspace,
} from '@capkit/model';

// Round 2 of the sample, simulated for the demo: the sample generator (and its exported
// `sampleResponseChunks`) writes round 1 only, and `@capkit/model/sample` exports no way to
// generate answers for another campaign. So round 2 is drawn here with the sample's own response
// model (sampleResponses.ts): a person's performance rating of an item is
// rating(1 + ability + 0.15 self-rating bias + N(0, 0.5)). Each person's round-1 ability per
// competency is read back from their round-1 answers; those who took part in an intervention of
// the plan that has run (completed or in progress) gain about the level the intervention expects
// on the competencies it targets; everyone else drifts little. Seeded by person, so every visitor
// and every test sees the same round 2.

/** How the simulated round 2 is drawn; the constants of the sample's response model. */
export const round2Model = {
  /** Share of round-1 self-assessors who answer again. */
  responseRate: 0.9,
  /** Self-ratings run this far above the latent ability (sampleResponses.ts). */
  selfBias: 0.15,
  /** Item noise of a performance rating (sampleResponses.ts). */
  itemNoise: 0.5,
  /** Share of an intervention's expected gain a participant realises: uniform in this range. */
  realised: [0.5, 1.1],
  /** Drift of a competency nobody trained the person in: N(mean, sd) levels. */
  drift: { mean: 0.05, sd: 0.12 },
  /** Most a person gains on one competency from several interventions together. */
  maxGain: 1.5,
} as const;

/** FNV-1a of `text`: a stable 32-bit seed for one person. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small seeded generator, enough for a demo's simulated answers. */
class Stream {
  #state: number;
  constructor(seed: string) {
    this.#state = hashSeed(seed);
  }
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  normal(): number {
    const u = Math.max(this.next(), Number.EPSILON);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
}

const rating = (value: number) => Math.min(5, Math.max(1, Math.round(value)));
const daySeconds = 24 * 60 * 60;

/** The campaigns of rounds 1 and 2: each round's first campaign. */
export function roundCampaigns(workspace: Workspace): {
  readonly round1: Campaign | undefined;
  readonly round2: Campaign | undefined;
} {
  const first = (round: number) => workspace.campaigns.find((campaign) => campaign.round === round);
  return { round1: first(1), round2: first(2) };
}

/** Interventions whose participants count as trained: those that have run or are running. */
export function deliveredInterventions(workspace: Workspace): Intervention[] {
  return workspace.plans
    .flatMap((plan) => plan.interventions)
    .filter((i) => i.status === 'completed' || i.status === 'inProgress');
}

/** Per person, the level each delivered intervention they took part in expects them to gain. */
export function expectedGains(
  workspace: Workspace,
): ReadonlyMap<string, ReadonlyMap<string, number>> {
  const gains = new Map<string, Map<string, number>>();
  for (const intervention of deliveredInterventions(workspace)) {
    for (const personId of intervention.participantIds ?? []) {
      const mine = gains.get(personId) ?? new Map<string, number>();
      for (const { competencyId, expectedLevelGain } of intervention.targets)
        mine.set(competencyId, (mine.get(competencyId) ?? 0) + expectedLevelGain);
      gains.set(personId, mine);
    }
  }
  return gains;
}

/** Submitted self-assessments of a campaign. */
export function submittedSelf(workspace: Workspace, campaignId: string): AssessmentResponse[] {
  return workspace.responses.filter(
    (r) => r.campaignId === campaignId && r.perspective === 'self' && r.status === 'submitted',
  );
}

/** When a respondent starts and submits, on a working day of the campaign (as the sample does). */
function sitting(campaign: Campaign, random: Stream): { startedAt: string; submittedAt: string } {
  const opens = Date.parse(campaign.opensAt);
  const closes = Date.parse(campaign.closesAt);
  const weeks = Math.floor((closes - opens) / (7 * daySeconds * 1000));
  const length = random.int(5 * 60, 90 * 60);
  let start: number;
  if (weeks >= 1) {
    const workingDay = random.int(0, weeks * 5 - 1);
    start =
      opens +
      ((Math.floor(workingDay / 5) * 7 + (workingDay % 5)) * daySeconds +
        random.int(0, 9 * 60 * 60)) *
        1000;
  } else {
    start = opens + Math.floor(random.next() * Math.max(0, closes - opens - length * 1000));
  }
  const end = Math.min(closes, start + length * 1000);
  return { startedAt: new Date(start).toISOString(), submittedAt: new Date(end).toISOString() };
}

/**
 * The simulated round-2 self-assessments: one from nine in ten of the people who submitted one in
 * round 1, each item answered as they answered it in round 1 (skipped, "not applicable" or rated),
 * the performance rating drawn again from their round-2 ability. `onPerson` reports progress.
 */
export function simulatedRound2(
  workspace: Workspace,
  round1: Campaign,
  round2: Campaign,
  onPerson: (done: number, total: number) => void = () => undefined,
): AssessmentResponse[] {
  const gains = expectedGains(workspace);
  const instrument = workspace.instruments.find((i) => i.id === round2.instrumentId);
  const competencyOfItem = new Map(
    (instrument?.items ?? []).map((item) => [
      item.id,
      item.target.kind === 'competency' ? item.target.competencyId : '',
    ]),
  );
  const firstRound = submittedSelf(workspace, round1.id);
  const responses: AssessmentResponse[] = [];
  firstRound.forEach((response, index) => {
    if (index % 250 === 0) onPerson(index, firstRound.length);
    const person = response.respondentId;
    const random = new Stream(`${round2.id}:${person}`);
    if (random.next() >= round2Model.responseRate) return;
    // Round-1 ability per competency, read back through the sample's model.
    const ratings = new Map<string, number[]>();
    for (const answer of response.answers) {
      if (answer.kind !== 'importancePerformance' || answer.performance === null) continue;
      const competency = competencyOfItem.get(answer.itemId) ?? '';
      const list = ratings.get(competency) ?? [];
      list.push(answer.performance);
      ratings.set(competency, list);
    }
    const mine = gains.get(person);
    const ability = new Map<string, number>();
    for (const [competency, values] of ratings) {
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const before = mean - 1 - round2Model.selfBias;
      const expected = Math.min(round2Model.maxGain, mine?.get(competency) ?? 0);
      const [low, high] = round2Model.realised;
      const change =
        expected > 0
          ? expected * (low + random.next() * (high - low))
          : round2Model.drift.mean + random.normal() * round2Model.drift.sd;
      ability.set(competency, Math.min(4, Math.max(0, before + change)));
    }
    const answers: Answer[] = response.answers.map((answer) => {
      if (answer.kind !== 'importancePerformance' || answer.performance === null) return answer;
      const level = ability.get(competencyOfItem.get(answer.itemId) ?? '') ?? 0;
      return {
        ...answer,
        performance: rating(
          1 + level + round2Model.selfBias + random.normal() * round2Model.itemNoise,
        ),
      };
    });
    const { startedAt, submittedAt } = sitting(round2, random);
    responses.push({
      id: `${round2.id}.${person}.self`,
      campaignId: round2.id,
      respondentId: person,
      perspective: 'self',
      status: 'submitted',
      startedAt,
      updatedAt: submittedAt,
      submittedAt,
      answers,
    });
  });
  onPerson(firstRound.length, firstRound.length);
  return responses;
}

/** `date` (YYYY-MM-DD) moved by `days` days, in UTC. */
export function shiftCalendarDate(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The 90-day follow-ups (Kirkpatrick level 3, 1–5) that fell due by the time round 2 closed, for
 * the people observed in interventions that have run and have no follow-up recorded yet: drawn as
 * the sample draws them (3 + half the expected gain + N(0, 0.7)), four in five answering.
 */
export function dueFollowUps(
  workspace: Workspace,
  evaluationIndex: number,
  dueBy: string,
): EvaluationObservation[] {
  const evaluation = workspace.evaluations[evaluationIndex];
  if (evaluation === undefined) return [];
  const plan = workspace.plans.find((p) => p.id === evaluation.planId);
  if (plan === undefined) return [];
  const ids = new Set(evaluation.observations.map((o) => o.id));
  const followed = new Set(
    evaluation.observations.filter((o) => o.instrument === 'followUp').map((o) => o.interventionId),
  );
  const added: EvaluationObservation[] = [];
  for (const intervention of plan.interventions) {
    if (intervention.status !== 'completed' && intervention.status !== 'inProgress') continue;
    if (followed.has(intervention.id)) continue;
    const on = shiftCalendarDate(intervention.endsOn, 90);
    if (on > dueBy) continue;
    const gain = intervention.targets.reduce((sum, t) => sum + t.expectedLevelGain, 0);
    const observed = [
      ...new Set(
        evaluation.observations
          .filter((o) => o.interventionId === intervention.id)
          .map((o) => o.personId),
      ),
    ];
    for (const personId of observed) {
      const random = new Stream(`follow-up:${intervention.id}:${personId}`);
      if (random.next() < 0.2) continue;
      let id = `obs-${intervention.id}-${personId}-follow-up`;
      while (ids.has(id)) id = `${id}-2`;
      ids.add(id);
      added.push({
        id,
        personId,
        interventionId: intervention.id,
        level: 3,
        instrument: 'followUp',
        value: rating(3 + gain * 0.5 + random.normal() * 0.7),
        scaleMin: 1,
        scaleMax: 5,
        on,
      });
    }
  }
  return added;
}
