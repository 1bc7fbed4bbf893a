import type {
  GroupComparison,
  PairedChangeResult,
  WithheldReason,
} from '@capkit/scoring/evaluation';

/**
 * Cohen's benchmarks for a standardised mean difference (J. Cohen, *Statistical Power Analysis
 * for the Behavioral Sciences*, 2nd ed., 1988, §2.2.3): |d| of 0.2 is small, 0.5 medium, 0.8
 * large; below 0.2 negligible. The same thresholds as `effectSizeLabel` of
 * `@capkit/scoring/evaluation`, stated here so that the widget can say where its words come from.
 */
export const cohen1988 = { small: 0.2, medium: 0.5, large: 0.8 } as const;

/** Cohen's word for the size of a change. */
export type ChangeSize = 'negligible' | 'small' | 'medium' | 'large';

/** What a change says: the four readings the widget words. */
export type ChangeReading = 'tooFewPeople' | 'noClearChange' | 'improvement' | 'decline';

/** The numbers of a published change: estimate, interval and effect size. */
export interface ChangeFigures {
  /** Mean change (or difference), in the measure's units. */
  readonly estimate: number;
  /** Lower end of the confidence interval. */
  readonly lower: number;
  /** Upper end of the confidence interval. */
  readonly upper: number;
  /** Level of the interval, e.g. 0.95. */
  readonly level: number;
  /** Standardised effect size (Cohen's d), `null` without spread. */
  readonly d: number | null;
  /** People the figure rests on. */
  readonly n: number;
}

/** A change ready to be worded: its reading, Cohen's word, and its figures unless withheld. */
export type ChangeWords =
  | {
      readonly reading: 'tooFewPeople';
      /** Why no figure: withheld under the disclosure rule, or fewer than 2 people. */
      readonly reason: WithheldReason | 'fewerThanTwo';
      /** The smallest number of people a figure may rest on. */
      readonly k: number;
      readonly figures: null;
      readonly size: null;
    }
  | {
      readonly reading: 'noClearChange' | 'improvement' | 'decline';
      readonly figures: ChangeFigures;
      /** Cohen's word for |d|; `null` when there is no d (no spread) or no clear change. */
      readonly size: ChangeSize | null;
    };

/** Cohen's (1988) word for |d|, by {@link cohen1988}. */
export function changeSize(d: number): ChangeSize {
  const size = Math.abs(d);
  if (size < cohen1988.small) return 'negligible';
  if (size < cohen1988.medium) return 'small';
  if (size < cohen1988.large) return 'medium';
  return 'large';
}

/** Whether the interval [lower, upper] holds 0: then the data are consistent with no change. */
export function intervalHoldsZero(lower: number, upper: number): boolean {
  return lower <= 0 && upper >= 0;
}

/**
 * The reading of a change from its figures: "no clear change" exactly when the interval holds 0
 * (a two-sided test at the interval's level is then not significant), else an improvement or a
 * decline by the sign of the estimate, with Cohen's word for its size. A size is never given for
 * "no clear change": a size is only worth saying for a change the data show.
 */
export function readFigures(figures: ChangeFigures): ChangeWords {
  if (intervalHoldsZero(figures.lower, figures.upper)) {
    return { reading: 'noClearChange', figures, size: null };
  }
  return {
    reading: figures.estimate > 0 ? 'improvement' : 'decline',
    figures,
    size: figures.d === null ? null : changeSize(figures.d),
  };
}

/**
 * The words of an engine result: a paired change (d_av, else d_z, as the engine labels it) or a
 * treated-vs-untreated comparison (Cohen's d_s). A withheld result, or one resting on fewer than
 * 2 people, gives no figure at all: only "too few people to conclude".
 */
export function changeWords(result: PairedChangeResult | GroupComparison): ChangeWords {
  const { test, n } = result;
  if (result.withheld !== null || test === null || n === null || result.statistics === null) {
    return {
      reading: 'tooFewPeople',
      reason: result.withheld ?? 'fewerThanTwo',
      k: result.disclosure.k,
      figures: null,
      size: null,
    };
  }
  const d =
    result.kind === 'welch'
      ? result.statistics.cohenD
      : (result.statistics.cohenDav ?? result.statistics.cohenDz);
  return readFigures({
    estimate: test.estimate,
    lower: test.ci.lower,
    upper: test.ci.upper,
    level: test.ci.level,
    d,
    n,
  });
}
