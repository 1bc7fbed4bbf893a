import type { MinimumRespondentsRule } from '../disclosure.js';
import { provenanceOf, type Provenance } from '../provenance.js';
import { concludeFrom, labelOf, type ChangeConclusion } from './conclusion.js';
import type { EffectSizeLabel } from './effectSize.js';
import { welchStatistics, type TTest, type WelchStatistics } from './meanTests.js';
import { z } from 'zod';
import { parseInput } from './parseInput.js';
import {
  changeSettings,
  completePairs,
  pairedResult,
  type ChangeOptions,
  type CompletePairs,
  type PairedChangeResult,
  type RestsOn,
  type ScorePair,
} from './pairedChange.js';

/** A comparison of two independent groups (treated, untreated) by Welch's t. */
export interface GroupComparison {
  readonly kind: 'welch';
  /** Both arms' people; each `null` when the comparison is withheld. */
  readonly restsOn: RestsOn & {
    readonly nTreated: number | null;
    readonly nUntreated: number | null;
  };
  /** `fewerThanK` when either arm rests on 0 < n < k people. */
  readonly withheld: 'fewerThanK' | null;
  /** A = treated, B = untreated; `null` when withheld or either arm has fewer than 2 people. */
  readonly statistics: WelchStatistics | null;
  readonly test: TTest | null;
  /** For the difference in differences: `improved` = treated gained clearly more than untreated. */
  readonly conclusion: ChangeConclusion;
  readonly effectSize: EffectSizeLabel | null;
  /** People in both arms together; `null` when withheld. */
  readonly n: number | null;
  readonly disclosure: MinimumRespondentsRule;
  readonly provenance: Provenance;
}

/** Treated against untreated people, each seen in both rounds. */
export interface TreatedVsUntreatedResult {
  readonly kind: 'treatedVsUntreated';
  /** Change of the treated (participants of the intervention). */
  readonly treated: PairedChangeResult;
  /** Change of the untreated comparison group. */
  readonly untreated: PairedChangeResult;
  /** Round-1 scores, treated − untreated: how similar the starting points (gaps) were. */
  readonly baseline: GroupComparison;
  /**
   * Difference in differences: mean change of the treated − mean change of the untreated, with
   * Welch's interval on the two arms' change scores.
   */
  readonly differenceInDifferences: GroupComparison;
  readonly provenance: Provenance;
}

const armsSchema = z.strictObject({
  treated: z.array(z.unknown()),
  untreated: z.array(z.unknown()),
});

const welchMethod =
  'Welch t-test (Welch–Satterthwaite df), Cohen d_s on the pooled SD, Hedges g_s with exact J';
const didMethod =
  'difference in differences = mean change treated − mean change untreated; variance s²_T/n_T + s²_U/n_U of the change scores, Welch–Satterthwaite df';

function changes(pairs: CompletePairs): Float64Array {
  return pairs.round2.map((after, i) => after - (pairs.round1[i] as number));
}

function comparison(
  treated: CompletePairs,
  untreated: CompletePairs,
  values: (pairs: CompletePairs) => Float64Array,
  method: string,
  rule: MinimumRespondentsRule,
  level: number,
  provenance: Provenance,
): GroupComparison {
  const nT = treated.round1.length;
  const nU = untreated.round1.length;
  // Each arm is a group of people of its own: both must reach k (an arm of 0 says nothing either).
  const withheld = (nT > 0 && nT < rule.k) || (nU > 0 && nU < rule.k) ? 'fewerThanK' : null;
  const statistics =
    withheld === null && nT >= 2 && nU >= 2
      ? welchStatistics(values(treated), values(untreated), level)
      : null;
  const test = statistics?.test ?? null;
  const published = withheld === null;
  return {
    kind: 'welch',
    restsOn: {
      n: published ? nT + nU : null,
      nTreated: published ? nT : null,
      nUntreated: published ? nU : null,
      missing: published ? treated.missing + untreated.missing : null,
      method,
    },
    withheld,
    statistics,
    test,
    conclusion: concludeFrom(test),
    effectSize: statistics === null ? null : labelOf(statistics.cohenD),
    n: published ? nT + nU : null,
    disclosure: rule,
    provenance,
  };
}

/**
 * Did the treated (participants of an intervention) change more than comparable untreated
 * people? Each arm's paired change; Welch's t on their round-1 scores (were the gaps similar?);
 * and the difference in differences, DiD = mean change treated − mean change untreated, whose
 * variance is s²_T/n_T + s²_U/n_U of the change scores (no equal-variance assumption), with
 * Welch–Satterthwaite df for its t, p and interval — Welch's t-test on the change scores, as
 * `scipy.stats.ttest_ind(changeT, changeU, equal_var=False)` computes it. DiD estimates the
 * intervention's effect under the parallel-trends assumption (without it the untreated would
 * have changed as the treated did); a similar baseline makes that more plausible, never proven.
 *
 * Disclosure: every figure is checked on its own denominator — each arm's change on that arm;
 * the baseline comparison and DiD need both arms at k or more.
 *
 * @throws {CapkitScoringError} for a bad pair or option, or a person given twice (in either arm).
 */
export function treatedVsUntreated(
  input: { readonly treated: readonly ScorePair[]; readonly untreated: readonly ScorePair[] },
  options: ChangeOptions = {},
): TreatedVsUntreatedResult {
  const settings = changeSettings(options);
  const arms = parseInput(armsSchema, input, 'input');
  const seen = new Map<string, string>();
  const treated = completePairs(arms.treated, 'input.treated', seen).complete;
  const untreated = completePairs(arms.untreated, 'input.untreated', seen).complete;
  const provenance = provenanceOf({
    method: 'treatedVsUntreated',
    k: settings.rule.k,
    confidence: settings.level,
  });
  const { rule, level } = settings;
  return {
    kind: 'treatedVsUntreated',
    treated: pairedResult(treated, settings, provenance),
    untreated: pairedResult(untreated, settings, provenance),
    baseline: comparison(treated, untreated, (p) => p.round1, welchMethod, rule, level, provenance),
    differenceInDifferences: comparison(
      treated,
      untreated,
      changes,
      didMethod,
      rule,
      level,
      provenance,
    ),
    provenance,
  };
}
