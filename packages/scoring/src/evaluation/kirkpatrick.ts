import { z } from 'zod';
import { provenanceOf, type Provenance } from '../provenance.js';
import { CapkitScoringError } from '../scoringError.js';
import { indicatorProgress, type IndicatorProgress } from './indicatorProgress.js';
import { meanAndSd } from './meanTests.js';
import {
  changeSettings,
  pairedResult,
  type ChangeOptions,
  type ChangeSettings,
  type PairedChangeResult,
  type WithheldReason,
} from './pairedChange.js';
import { parseInput } from './parseInput.js';
import { protectRemainderOfSets } from './protectRemainder.js';

/** Most observations and indicators in one roll-up. */
export const kirkpatrickLimits = { observations: 1_000_000, indicators: 10_000 } as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const levelOf = {
  reaction: 1,
  preTest: 2,
  postTest: 2,
  followUp: 3,
  supervisorRating: 3,
} as const;

const observationSchema = z.strictObject({
  id: z.string().min(1),
  personId: z.string().min(1),
  interventionId: z.string().min(1),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  instrument: z.enum(['reaction', 'preTest', 'postTest', 'followUp', 'supervisorRating']),
  value: z.number(),
  scaleMin: z.number(),
  scaleMax: z.number(),
  on: date,
});
const datedValue = z.strictObject({ value: z.number(), on: date });
const indicatorSchema = z.strictObject({
  id: z.string().min(1),
  baseline: datedValue,
  target: datedValue,
  actuals: z.array(datedValue).max(kirkpatrickLimits.observations),
});

/**
 * Input of {@link kirkpatrickRollUp}: the per-person observations (levels 1–3) and the
 * indicators (level 4) of one evaluation, as in `@capkit/model`'s `Evaluation`.
 */
export const kirkpatrickInputSchema = z.strictObject({
  observations: z.array(observationSchema).max(kirkpatrickLimits.observations),
  indicators: z.array(indicatorSchema).max(kirkpatrickLimits.indicators),
  /** Day the indicators are read on; default the latest actual of any indicator. */
  asOf: date.optional(),
});

/** Input of {@link kirkpatrickRollUp}; see {@link kirkpatrickInputSchema}. */
export type KirkpatrickInput = z.input<typeof kirkpatrickInputSchema>;
type Observation = z.output<typeof observationSchema>;

/** Mean of one instrument's scores over people, as shares of the scale (0 = min, 1 = max). */
export interface ShareSummary {
  readonly kind: 'meanShare';
  /** People with a score (each person's latest); `missing`: people of the group without one. */
  readonly restsOn: {
    readonly n: number | null;
    readonly missing: number | null;
    readonly method: string;
  };
  readonly withheld: WithheldReason | null;
  readonly n: number | null;
  /** Mean of (value − scaleMin) / (scaleMax − scaleMin); `null` when withheld or nobody. */
  readonly meanShare: number | null;
  readonly sdShare: number | null;
}

/** Levels 1–3 for one intervention, or for everyone. */
export interface KirkpatrickLevels {
  /** Level 1, reaction. */
  readonly reaction: ShareSummary;
  /** Level 2, learning: post-test − pre-test of the same people, as shares of the scale. */
  readonly learning: PairedChangeResult;
  /** Level 3, behaviour, by instrument. */
  readonly behaviour: { readonly followUp: ShareSummary; readonly supervisorRating: ShareSummary };
}

/** Kirkpatrick's four levels for one evaluation. */
export interface KirkpatrickRollUp {
  readonly kind: 'kirkpatrick';
  /** Per intervention, in order of first appearance. */
  readonly interventions: readonly ({ readonly interventionId: string } & KirkpatrickLevels)[];
  /** Everyone: each person once (the mean of their shares over interventions). */
  readonly overall: KirkpatrickLevels;
  /** Level 4, results: not about people, so not under the disclosure rule. */
  readonly results: readonly IndicatorProgress[];
  readonly asOf: string | null;
  readonly provenance: Provenance;
}

const shareMethod =
  "mean of each person's latest score as a share of its scale, (value − min) / (max − min)";

function share(observation: Observation): number {
  return (observation.value - observation.scaleMin) / (observation.scaleMax - observation.scaleMin);
}

// Person → their latest observation of one instrument (by date, then input order).
type Latest = Map<string, number>;

function summary(
  shares: readonly number[],
  missing: number,
  settings: ChangeSettings,
  reason: WithheldReason | null,
): ShareSummary {
  const n = shares.length;
  const withheld = reason ?? (n > 0 && n < settings.rule.k ? 'fewerThanK' : null);
  const stats = withheld === null && n > 0 ? meanAndSd(shares) : null;
  return {
    kind: 'meanShare',
    restsOn: {
      n: withheld === null ? n : null,
      missing: withheld === null ? missing : null,
      method: shareMethod,
    },
    withheld,
    n: withheld === null ? n : null,
    meanShare: stats?.mean ?? null,
    sdShare: stats === null || n < 2 ? null : stats.sd,
  };
}

interface GroupData {
  readonly people: Set<string>;
  readonly latest: Record<Observation['instrument'], Map<string, number>>;
}

function emptyGroup(): GroupData {
  return {
    people: new Set(),
    latest: {
      reaction: new Map(),
      preTest: new Map(),
      postTest: new Map(),
      followUp: new Map(),
      supervisorRating: new Map(),
    },
  };
}

/** The four people-based measures, each checked on its own people. */
type Measure = 'reaction' | 'learning' | 'followUp' | 'supervisorRating';
const measures: readonly Measure[] = ['reaction', 'learning', 'followUp', 'supervisorRating'];

// People behind each measure of a group: for learning, those with both tests.
function peopleOf(group: GroupData, measure: Measure): Set<string> {
  const { latest } = group;
  if (measure !== 'learning') return new Set(latest[measure].keys());
  return new Set([...latest.preTest.keys()].filter((person) => latest.postTest.has(person)));
}

function levels(
  group: GroupData,
  settings: ChangeSettings,
  provenance: Provenance,
  reasons: Readonly<Record<Measure, WithheldReason | null>>,
): KirkpatrickLevels {
  const pick = (latest: Latest) => [...latest.values()];
  const { reaction, preTest, postTest, followUp, supervisorRating } = group.latest;
  const people = group.people.size;
  const pre: number[] = [];
  const post: number[] = [];
  const ids: string[] = [];
  for (const [person, before] of preTest) {
    const after = postTest.get(person);
    if (after === undefined) continue;
    ids.push(person);
    pre.push(before);
    post.push(after);
  }
  const tested = new Set([...preTest.keys(), ...postTest.keys()]).size;
  return {
    reaction: summary(pick(reaction), people - reaction.size, settings, reasons.reaction),
    learning: pairedResult(
      {
        personIds: ids,
        round1: Float64Array.from(pre),
        round2: Float64Array.from(post),
        missing: tested - ids.length,
      },
      settings,
      provenance,
      reasons.learning,
    ),
    behaviour: {
      followUp: summary(pick(followUp), people - followUp.size, settings, reasons.followUp),
      supervisorRating: summary(
        pick(supervisorRating),
        people - supervisorRating.size,
        settings,
        reasons.supervisorRating,
      ),
    },
  };
}

/**
 * Kirkpatrick's levels (Kirkpatrick & Kirkpatrick, Evaluating Training Programs, 3rd ed., 2006)
 * per intervention and overall: 1 reaction and 3 behaviour (follow-up, supervisor rating) as the
 * mean share of the scale of each person's latest score; 2 learning as the paired change from
 * pre-test to post-test (`pairedChange`'s statistics, on shares of the scale so that tests on
 * different scales compare); 4 results as {@link indicatorProgress} per indicator. Overall, each
 * person counts once: the mean of their shares over the interventions they took.
 *
 * Disclosure: each people-based figure rests on its own denominator and is withheld under k.
 * Overall beside per-intervention figures, measure by measure: if the people with the measure
 * overall but in no published intervention number 1 to k − 1, the smallest published
 * interventions are withheld too (`complementary`) until they number 0 or at least k. Overlapping interventions (a person in
 * two) are not further protected against differencing between them.
 *
 * @throws {CapkitScoringError} for a bad observation (level not matching the instrument, value
 *   off its scale, scaleMin ≥ scaleMax), unknown keys, or bad options.
 */
export function kirkpatrickRollUp(
  input: KirkpatrickInput,
  options: ChangeOptions = {},
): KirkpatrickRollUp {
  const settings = changeSettings(options);
  const parsed = parseInput(kirkpatrickInputSchema, input, 'input');
  const groups = new Map<string, GroupData>();
  // Per group and instrument, the index of each person's latest observation.
  const latestIndex = new Map<string, Map<string, number>>();
  parsed.observations.forEach((observation, i) => {
    const at = `input.observations[${i}]`;
    if (levelOf[observation.instrument] !== observation.level) {
      throw new CapkitScoringError(
        `${at}.level`,
        `a ${observation.instrument} is level ${levelOf[observation.instrument]}, not ${observation.level}`,
      );
    }
    if (!(observation.scaleMin < observation.scaleMax)) {
      throw new CapkitScoringError(`${at}.scaleMax`, 'must be above scaleMin');
    }
    if (observation.value < observation.scaleMin || observation.value > observation.scaleMax) {
      throw new CapkitScoringError(
        `${at}.value`,
        `${observation.value} is off the scale ${observation.scaleMin}–${observation.scaleMax}`,
      );
    }
    const key = `${observation.interventionId}\u0000${observation.instrument}`;
    const seen = latestIndex.get(key) ?? new Map<string, number>();
    latestIndex.set(key, seen);
    const earlier = seen.get(observation.personId);
    const earlierOn = earlier === undefined ? undefined : parsed.observations[earlier]?.on;
    if (earlierOn === undefined || observation.on >= earlierOn) seen.set(observation.personId, i);
    let group = groups.get(observation.interventionId);
    if (group === undefined) {
      group = emptyGroup();
      groups.set(observation.interventionId, group);
    }
    group.people.add(observation.personId);
  });
  for (const [key, seen] of latestIndex) {
    const [interventionId, instrument] = key.split('\u0000') as [string, Observation['instrument']];
    const target = groups.get(interventionId)?.latest[instrument];
    for (const [person, i] of seen) {
      const observation = parsed.observations[i];
      if (observation !== undefined) target?.set(person, share(observation));
    }
  }
  // Overall: each person's mean share per instrument over the interventions they have it for.
  const overall = emptyGroup();
  const sums = new Map<string, { sum: number; count: number }>();
  for (const group of groups.values()) {
    for (const person of group.people) overall.people.add(person);
    for (const [instrument, latest] of Object.entries(group.latest)) {
      const tested = instrument === 'preTest' || instrument === 'postTest';
      for (const [person, value] of latest) {
        // Learning overall pairs means over the interventions where the person took both tests.
        if (tested && !(group.latest.preTest.has(person) && group.latest.postTest.has(person)))
          continue;
        const key = `${instrument}\u0000${person}`;
        const entry = sums.get(key) ?? { sum: 0, count: 0 };
        entry.sum += value;
        entry.count += 1;
        sums.set(key, entry);
      }
    }
  }
  for (const [key, { sum, count }] of sums) {
    const [instrument, person] = key.split('\u0000') as [Observation['instrument'], string];
    overall.latest[instrument].set(person, sum / count);
  }
  const ids = [...groups.keys()];
  const byMeasure = Object.fromEntries(
    measures.map((measure) => [
      measure,
      protectRemainderOfSets(
        ids.map((id) => peopleOf(groups.get(id) ?? emptyGroup(), measure)),
        settings.rule.k,
      ),
    ]),
  ) as Record<Measure, (WithheldReason | null)[]>;
  const reasonsOf = (g: number) =>
    Object.fromEntries(measures.map((m) => [m, byMeasure[m][g] ?? null])) as Record<
      Measure,
      WithheldReason | null
    >;
  const none = { reaction: null, learning: null, followUp: null, supervisorRating: null };
  const provenance = provenanceOf({
    method: 'kirkpatrickRollUp',
    k: settings.rule.k,
    confidence: settings.level,
  });
  const asOf =
    parsed.asOf ??
    parsed.indicators
      .flatMap((indicator) => indicator.actuals.map((actual) => actual.on))
      .reduce<string | null>((latest, on) => (latest === null || on > latest ? on : latest), null);
  return {
    kind: 'kirkpatrick',
    interventions: ids.map((interventionId, g) => ({
      interventionId,
      ...levels(groups.get(interventionId) ?? emptyGroup(), settings, provenance, reasonsOf(g)),
    })),
    overall: levels(overall, settings, provenance, none),
    results: parsed.indicators.map((indicator) =>
      indicatorProgress(indicator, asOf ?? indicator.baseline.on),
    ),
    asOf,
    provenance,
  };
}
