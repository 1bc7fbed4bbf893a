import { provenanceOf, type Provenance } from '../provenance.js';
import { CapkitScoringError } from '../scoringError.js';
import { protectRemainder } from './protectRemainder.js';
import {
  changeSettings,
  completePairs,
  pairedResult,
  type ChangeOptions,
  type CompletePairs,
  type PairedChangeResult,
  type ScorePair,
} from './pairedChange.js';

/** Most groups in one call. */
export const maxGroups = 10_000;

/** Change per group (unit) and for everyone, published together. */
export interface PairedChangeByGroupResult {
  readonly kind: 'pairedChangeByGroup';
  /** Everyone with a group, as one result. */
  readonly whole: PairedChangeResult;
  /** Per group, in order of first appearance. */
  readonly groups: readonly { readonly groupId: string; readonly change: PairedChangeResult }[];
  /**
   * How the set was protected against differencing: the whole less the published groups is
   * 0 or at least k people, so no withheld group can be read as whole − the rest.
   */
  readonly differencing: 'remainderAtLeastK';
  readonly provenance: Provenance;
}

function subset(complete: CompletePairs, rows: readonly number[], missing: number): CompletePairs {
  return {
    personIds: rows.map((r) => complete.personIds[r] ?? ''),
    round1: Float64Array.from(rows, (r) => complete.round1[r] as number),
    round2: Float64Array.from(rows, (r) => complete.round2[r] as number),
    missing,
  };
}

/**
 * Change between rounds per group (say, per unit: `groupId` of each pair) and for the whole, as
 * one protected set: each group's result on its own people, withheld for 0 < n < k, and, so
 * that whole − published groups never isolates fewer than k people, further groups withheld by
 * {@link protectRemainder} (`withheld: 'complementary'`). Counts are of people with both scores,
 * the one denominator of every figure.
 *
 * @throws {CapkitScoringError} for a pair without `groupId`, more than {@link maxGroups} groups,
 *   a bad pair or option, or a person given twice.
 */
export function pairedChangeByGroup(
  pairs: readonly ScorePair[],
  options: ChangeOptions = {},
): PairedChangeByGroupResult {
  const settings = changeSettings(options);
  const { pairs: parsed, complete } = completePairs(pairs, 'pairs');
  const groupIds: string[] = [];
  const index = new Map<string, number>();
  const rowsOf: number[][] = [];
  const missingOf: number[] = [];
  let row = 0;
  parsed.forEach((pair, i) => {
    if (pair.groupId === undefined)
      throw new CapkitScoringError(`pairs[${i}].groupId`, 'is needed to report per group');
    let g = index.get(pair.groupId);
    if (g === undefined) {
      g = groupIds.length;
      if (g >= maxGroups)
        throw new CapkitScoringError(`pairs[${i}].groupId`, `more than ${maxGroups} groups`);
      index.set(pair.groupId, g);
      groupIds.push(pair.groupId);
      rowsOf.push([]);
      missingOf.push(0);
    }
    if (pair.round1 === null || pair.round2 === null) missingOf[g] = (missingOf[g] ?? 0) + 1;
    else {
      rowsOf[g]?.push(row);
      row += 1;
    }
  });
  const reasons = protectRemainder(
    rowsOf.map((rows) => rows.length),
    settings.rule.k,
  );
  const provenance = provenanceOf({
    method: 'pairedChangeByGroup',
    k: settings.rule.k,
    confidence: settings.level,
  });
  return {
    kind: 'pairedChangeByGroup',
    whole: pairedResult(complete, settings, provenance),
    groups: groupIds.map((groupId, g) => ({
      groupId,
      change: pairedResult(
        subset(complete, rowsOf[g] ?? [], missingOf[g] ?? 0),
        settings,
        provenance,
        reasons[g] ?? null,
      ),
    })),
    differencing: 'remainderAtLeastK',
    provenance,
  };
}
