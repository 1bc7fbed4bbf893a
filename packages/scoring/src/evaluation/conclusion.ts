import type { MinimumRespondentsRule } from '../disclosure.js';
import { effectSizeLabel, type EffectSizeLabel } from './effectSize.js';
import type { TTest } from './meanTests.js';

/**
 * What a change says, in four words: `tooFewPeople` (withheld under the disclosure rule, or
 * fewer than 2 people: nothing can be concluded), `noClearChange` (the two-sided p is at least
 * 1 − confidence, i.e. the interval holds 0), `improved` or `declined` (it does not, and the
 * estimate is above or below 0).
 */
export type ChangeConclusion = 'tooFewPeople' | 'noClearChange' | 'improved' | 'declined';

/** The conclusion of a t-test at the interval's level; see {@link ChangeConclusion}. */
export function concludeFrom(test: TTest | null): ChangeConclusion {
  if (test === null) return 'tooFewPeople';
  const clear = test.p === null ? test.estimate !== 0 : test.p < 1 - test.ci.level;
  if (!clear) return 'noClearChange';
  return test.estimate > 0 ? 'improved' : 'declined';
}

/** Cohen's label of the first effect size given, or `null` when there is none. */
export function labelOf(...ds: readonly (number | null)[]): EffectSizeLabel | null {
  const d = ds.find((value): value is number => value !== null);
  return d === undefined ? null : effectSizeLabel(d);
}

function number(value: number): string {
  return value.toFixed(2).replace(/^-/, '−');
}

function pValue(p: number | null): string {
  if (p === null) return 'no spread, so no p-value';
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** What a sentence about a change needs: the shape shared by paired and treated/untreated results. */
export interface DescribableChange {
  readonly conclusion: ChangeConclusion;
  readonly disclosure: MinimumRespondentsRule;
  readonly test: TTest | null;
  readonly effectSize: EffectSizeLabel | null;
  /** People the figure rests on; `null` when withheld. */
  readonly n: number | null;
}

/** Words of {@link describeChange}. */
export interface DescribeChangeOptions {
  /** What was measured, e.g. "data literacy". @default 'the score' */
  readonly measure?: string;
  /** What is compared, e.g. "round 2 than in round 1". @default 'round 2 than in round 1' */
  readonly comparison?: string;
}

/**
 * One plain-English sentence for a change: the estimate, its interval and p, what it means, and
 * Cohen's word for its size, e.g. "Data literacy was 0.45 points higher in round 2 than in round 1
 * (95% CI 0.21 to 0.69, p = 0.002, 12 people): an improvement, a medium effect." Withheld and
 * too-small results say so instead of giving numbers.
 */
export function describeChange(
  change: DescribableChange,
  options: DescribeChangeOptions = {},
): string {
  const { measure = 'the score', comparison = 'round 2 than in round 1' } = options;
  const subject = measure.charAt(0).toUpperCase() + measure.slice(1);
  const { test, n } = change;
  if (test === null || n === null) {
    return `Too few people to conclude about ${measure}: a result resting on fewer than ${change.disclosure.k} people is not published.`;
  }
  const direction = test.estimate >= 0 ? 'higher' : 'lower';
  const interval = `${Math.round(test.ci.level * 100)}% CI ${number(test.ci.lower)} to ${number(test.ci.upper)}`;
  const figures = `${subject} was ${number(Math.abs(test.estimate))} points ${direction} in ${comparison} (${interval}, ${pValue(test.p)}, ${n} people)`;
  const size = change.effectSize === null ? '' : `, a ${change.effectSize} effect`;
  switch (change.conclusion) {
    case 'improved':
      return `${figures}: an improvement${size}.`;
    case 'declined':
      return `${figures}: a decline${size}.`;
    case 'noClearChange':
      return `${figures}: no clear change — the interval holds no change at all.`;
    case 'tooFewPeople':
      return `${figures}: too few people to conclude.`;
    default:
      return change.conclusion satisfies never;
  }
}
