import type { ProficiencyScale, ResolvedText } from '@capkit/model';
import { resolveLocalizedText } from '@capkit/model/text';
import { proficiencyLevelFor } from '@capkit/scoring';

/** One competency of the profile: its score, and optionally the level required of it. */
export interface CompetencyProfileDatum {
  /** Stable key, such as the competency id. */
  readonly id: string;
  /** Competency name, already in the reader's language. */
  readonly label: string;
  /**
   * Score on the scale, or `null` when it is missing (too few answers). `NaN` and ±`Infinity`
   * are missing too: they read "No score" with its reason, never a number or a level.
   */
  readonly score: number | null;
  /**
   * Why the score is missing, in the reader's language (e.g. "fewer than 5 respondents"); shown
   * after "No score" in the summary, the table and the bars. Ignored when there is a score.
   * @default the `missingReason` message: "not enough answers"
   */
  readonly missingReason?: string | undefined;
  /**
   * The level required on the same scale; marked in both forms and compared in the table.
   * A non-finite value counts as not set.
   * @default undefined (not set)
   */
  readonly requiredLevel?: number | undefined;
}

/** Whether a score meets its required level; `not-compared` when either is missing. */
export type Comparison = 'meets' | 'below' | 'not-compared';

/** A datum with everything the views show worked out once. */
export interface ProfileRow {
  /** The datum, with a missing score as `null` and a missing required level left out. */
  readonly datum: CompetencyProfileDatum;
  /** Name of the level the score reaches, in the reader's language. */
  readonly reached: ResolvedText | undefined;
  /** Name of the required level, in the reader's language. */
  readonly required: ResolvedText | undefined;
  /** max(0, required − score); `undefined` when there is nothing to compare. */
  readonly gap: number | undefined;
  readonly comparison: Comparison;
}

// Absorbs floating-point noise, as proficiencyLevelFor does: 2.9999999999999996 meets 3.
const tolerance = 1e-9;

/** The datum with a missing (null, NaN, ±Infinity) score as `null` and a non-finite required level left out. */
export function presentDatum(datum: CompetencyProfileDatum): CompetencyProfileDatum {
  const { score, requiredLevel, ...rest } = datum;
  return {
    ...rest,
    score: score !== null && Number.isFinite(score) ? score : null,
    ...(requiredLevel !== undefined && Number.isFinite(requiredLevel) ? { requiredLevel } : {}),
  };
}

/** Name of the level `value` reaches on `scale`, in `locale`; `undefined` below the lowest level. */
export function levelName(
  value: number,
  scale: ProficiencyScale,
  locale: string,
): ResolvedText | undefined {
  const level = proficiencyLevelFor(value, scale);
  return level === null ? undefined : resolveLocalizedText(level.label, [locale]);
}

/**
 * One row per datum, in the caller's order: levels named, gap and comparison worked out. Missing
 * is never a level: NaN and infinite scores become `null` here, once, for every view.
 */
export function profileRows(
  data: readonly CompetencyProfileDatum[],
  scale: ProficiencyScale,
  locale: string,
): ProfileRow[] {
  return data.map(presentDatum).map((datum) => {
    const { score, requiredLevel } = datum;
    const compared = score !== null && requiredLevel !== undefined;
    return {
      datum,
      reached: score === null ? undefined : levelName(score, scale, locale),
      required: requiredLevel === undefined ? undefined : levelName(requiredLevel, scale, locale),
      gap: compared ? Math.max(0, requiredLevel - score) : undefined,
      comparison: compared
        ? score + tolerance >= requiredLevel
          ? 'meets'
          : 'below'
        : 'not-compared',
    };
  });
}

/**
 * The gap as the number to show at one decimal place. A shortfall never reads as zero: 3 − 2.97
 * shows as 0.1, not 0.0, so the figure never contradicts a "Below required level" beside it.
 */
export function shownGap(row: ProfileRow): number | undefined {
  if (row.gap === undefined) return undefined;
  const smallestShown = 0.05; // rounds up to 0.1 at one decimal place
  return row.comparison === 'below' ? Math.max(row.gap, smallestShown) : row.gap;
}

/** Shortfalls, largest gap first (ties keep the caller's order). */
export function shortfalls(rows: readonly ProfileRow[]): ProfileRow[] {
  return rows
    .filter((row) => row.comparison === 'below')
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0));
}
