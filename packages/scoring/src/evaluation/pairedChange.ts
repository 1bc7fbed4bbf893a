import { z } from 'zod';
import { minimumRespondentsRule, type MinimumRespondentsRule } from '../disclosure.js';
import { provenanceOf, type Provenance } from '../provenance.js';
import { CapkitScoringError } from '../scoringError.js';
import { concludeFrom, labelOf, type ChangeConclusion } from './conclusion.js';
import type { EffectSizeLabel } from './effectSize.js';
import { pairedStatistics, type PairedStatistics, type TTest } from './meanTests.js';
import { parseInput } from './parseInput.js';

/** Most pairs in one call: a whole civil service, with room. */
export const maxPairs = 1_000_000;

const score = z.number().nullable();

/** One person's scores in two rounds; `null` where they have none (counted as missing). */
export const scorePairSchema = z.strictObject({
  /** Pseudonymous id of the person; each person once. */
  personId: z.string().min(1),
  round1: score,
  round2: score,
  /** Group (e.g. unit) of the person, for `pairedChangeByGroup`. */
  groupId: z.string().min(1).optional(),
});

/** One person's two scores; see {@link scorePairSchema}. */
export type ScorePair = z.input<typeof scorePairSchema>;

/** Options shared by the change statistics. */
export const changeOptionsSchema = z.strictObject({
  /** Level of the confidence intervals, in (0, 1); p below 1 − confidence is a clear change. @default 0.95 */
  confidence: z.number().gt(0).lt(1).optional(),
  /** Smallest number of distinct people a published figure rests on (see `DisclosureOptions`). @default 5 */
  k: z.number().optional(),
  /** Must be `true` to set `k` below 2. @default false */
  allowSmallGroups: z.boolean().optional(),
});

/** Options of the change statistics; see {@link changeOptionsSchema}. */
export type ChangeOptions = z.input<typeof changeOptionsSchema>;

/** What a result rests on: distinct people, those left out for a missing score, and the method. */
export interface RestsOn {
  /** People with both scores: the denominator of every figure; `null` when withheld. */
  readonly n: number | null;
  /** People given with a missing score in either round, left out; `null` when withheld. */
  readonly missing: number | null;
  readonly method: string;
}

/** Why a figure is not published: it rests on 0 < n < k people, or it would let one be derived. */
export type WithheldReason = 'fewerThanK' | 'complementary';

/** Change of one group of people between two rounds. */
export interface PairedChangeResult {
  readonly kind: 'pairedChange';
  readonly restsOn: RestsOn;
  /** `null` when published. */
  readonly withheld: WithheldReason | null;
  /** The statistics; `null` when withheld or fewer than 2 people. */
  readonly statistics: PairedStatistics | null;
  /** The paired t-test (same as `statistics.test`), for sentences. */
  readonly test: TTest | null;
  readonly conclusion: ChangeConclusion;
  /** Cohen's word for d_av (comparable with between-group benchmarks; Lakens 2013), else d_z. */
  readonly effectSize: EffectSizeLabel | null;
  /** People behind the figure; `null` when withheld (a withheld figure reveals no size). */
  readonly n: number | null;
  readonly disclosure: MinimumRespondentsRule;
  readonly provenance: Provenance;
}

export const pairedMethod =
  'paired t-test on round 2 − round 1 (df = n − 1), Cohen d_z and d_av, Hedges g with exact J(n − 1)';

/** Validated options: the rule and the level. */
export interface ChangeSettings {
  readonly rule: MinimumRespondentsRule;
  readonly level: number;
}

/** Parses options and sets the disclosure rule. */
export function changeSettings(options: unknown): ChangeSettings {
  const parsed = parseInput(changeOptionsSchema, options, 'options');
  const rule = minimumRespondentsRule({
    ...(parsed.k === undefined ? {} : { k: parsed.k }),
    ...(parsed.allowSmallGroups === undefined ? {} : { allowSmallGroups: parsed.allowSmallGroups }),
  });
  return { rule, level: parsed.confidence ?? 0.95 };
}

/** Complete pairs of distinct people. */
export interface CompletePairs {
  readonly personIds: readonly string[];
  readonly round1: Float64Array;
  readonly round2: Float64Array;
  readonly missing: number;
}

/**
 * Parses pairs and keeps the complete ones.
 *
 * @throws {CapkitScoringError} at `path[i].personId` for a person given twice.
 */
export function completePairs(
  value: unknown,
  path: string,
  seen: Map<string, string> = new Map(),
): { pairs: readonly z.output<typeof scorePairSchema>[]; complete: CompletePairs } {
  const pairs = parseInput(z.array(scorePairSchema).max(maxPairs), value, path);
  const personIds: string[] = [];
  const first: number[] = [];
  const second: number[] = [];
  let missing = 0;
  pairs.forEach((pair, i) => {
    const at = `${path}[${i}]`;
    const earlier = seen.get(pair.personId);
    if (earlier !== undefined) {
      throw new CapkitScoringError(
        `${at}.personId`,
        `person "${pair.personId}" is given already at ${earlier}: each person counts once`,
      );
    }
    seen.set(pair.personId, at);
    if (pair.round1 === null || pair.round2 === null) {
      missing += 1;
      return;
    }
    personIds.push(pair.personId);
    first.push(pair.round1);
    second.push(pair.round2);
  });
  return {
    pairs,
    complete: {
      personIds,
      round1: Float64Array.from(first),
      round2: Float64Array.from(second),
      missing,
    },
  };
}

/** The paired result of complete pairs under a rule; withheld for 0 < n < k. */
export function pairedResult(
  complete: CompletePairs,
  settings: ChangeSettings,
  provenance: Provenance,
  withheld: WithheldReason | null = null,
): PairedChangeResult {
  const n = complete.round1.length;
  const reason = withheld ?? (n > 0 && n < settings.rule.k ? 'fewerThanK' : null);
  const statistics =
    reason === null && n >= 2
      ? pairedStatistics(complete.round1, complete.round2, settings.level)
      : null;
  const test = statistics?.test ?? null;
  return {
    kind: 'pairedChange',
    restsOn: {
      n: reason === null ? n : null,
      missing: reason === null ? complete.missing : null,
      method: pairedMethod,
    },
    withheld: reason,
    statistics,
    test,
    conclusion: concludeFrom(test),
    effectSize: statistics === null ? null : labelOf(statistics.cohenDav, statistics.cohenDz),
    n: reason === null ? n : null,
    disclosure: settings.rule,
    provenance,
  };
}

/**
 * Change of the same people between round 1 and round 2 (see `pairedStatistics` for the
 * formulas): mean change, SD, paired t with two-sided p and confidence interval, Cohen's d_z
 * and d_av, Hedges' g. People with a missing score in either round are counted and left out.
 *
 * Disclosure: a result resting on 0 < n < k distinct people is withheld — no statistics, no n,
 * conclusion `tooFewPeople`.
 *
 * @throws {CapkitScoringError} for a bad pair or option, or a person given twice.
 */
export function pairedChange(
  pairs: readonly ScorePair[],
  options: ChangeOptions = {},
): PairedChangeResult {
  const settings = changeSettings(options);
  const { complete } = completePairs(pairs, 'pairs');
  return pairedResult(
    complete,
    settings,
    provenanceOf({ method: 'pairedChange', k: settings.rule.k, confidence: settings.level }),
  );
}
