import type {
  CapacityAssessment,
  CapacityQuestion,
  CoreIssue,
  FunctionalCapacity,
  PointOfEntry,
} from '@capkit/model';
import { coreIssues, functionalCapacities, pointsOfEntry } from '@capkit/model/vocabulary';
import { undpKey, type CapacityLevels, type UndpRollUp } from '@capkit/scoring/undp';

/**
 * The pure part of CapacityAssessmentView: it reads the engine's UNDP roll-up (`undpRollUp` of
 * `@capkit/scoring/undp`) into the matrix, the drill-down and the summary, and words each gap.
 * It never averages anything itself: every mean shown is the engine's.
 */

/**
 * How large a gap (desired − existing) is: `large`, `moderate`, `small`, `none` (existing meets
 * or passes desired), `unrated` (no question rated for both) or `unassessed` (no question).
 */
export type CapacityGapSeverity =
  'large' | 'moderate' | 'small' | 'none' | 'unrated' | 'unassessed';

/**
 * Where the severities start, as shares of the rating range (max − min): on a 1–5 range the
 * defaults make a gap of 2 points or more large and of 1 point or more moderate.
 */
export interface CapacityGapBands {
  /** A gap of at least this share of the range is moderate. @default 0.25 */
  readonly moderate: number;
  /** A gap of at least this share of the range is large. @default 0.5 */
  readonly large: number;
}

/** The default {@link CapacityGapBands}: a quarter and a half of the rating range. */
export const defaultCapacityGapBands: CapacityGapBands = { moderate: 0.25, large: 0.5 };

// Means of means carry rounding error: 4.1 − 2.1 is 1.9999999999999996. A gap this close to a
// band's edge counts as on it, so that "2 points" never reads as moderate.
const tolerance = 1e-9;

/** The severity of `gap` on a rating range of `span` (max − min) points. */
export function capacityGapSeverity(
  gap: number | null | undefined,
  span: number,
  bands: CapacityGapBands = defaultCapacityGapBands,
): CapacityGapSeverity {
  if (gap === undefined) return 'unassessed';
  if (gap === null || !Number.isFinite(gap)) return 'unrated';
  if (gap <= tolerance) return 'none';
  if (gap + tolerance >= bands.large * span) return 'large';
  if (gap + tolerance >= bands.moderate * span) return 'moderate';
  return 'small';
}

/** One cross-section (point of entry × core issue), as the matrix and the table show it. */
export interface CrossSectionView {
  /** `undpKey(pointOfEntry, coreIssue)`, e.g. `organisation/knowledge`: the drill-down's id. */
  readonly key: string;
  readonly pointOfEntry: PointOfEntry;
  readonly coreIssue: CoreIssue;
  /** The engine's levels, or `undefined` when no question is in this cross-section. */
  readonly levels: CapacityLevels | undefined;
  readonly severity: CapacityGapSeverity;
  /** Questions placed in the cross-section. */
  readonly questions: number;
}

/** Questions of an assessment per cross-section key. */
function questionCounts(assessment: CapacityAssessment): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { cell } of assessment.questions) {
    const key = undpKey(cell.pointOfEntry, cell.coreIssue);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Every cross-section of the cube, core issue by core issue (the matrix's rows) and point of
 * entry by point of entry (its columns), the unassessed ones too, with the engine's levels.
 */
export function crossSectionViews(
  assessment: CapacityAssessment,
  rollUp: UndpRollUp,
  bands: CapacityGapBands = defaultCapacityGapBands,
): CrossSectionView[] {
  const span = assessment.ratingRange.max - assessment.ratingRange.min;
  const counts = questionCounts(assessment);
  return coreIssues.flatMap((coreIssue) =>
    pointsOfEntry.map((pointOfEntry) => {
      const key = undpKey(pointOfEntry, coreIssue);
      const levels = rollUp.crossSections.get(key);
      return {
        key,
        pointOfEntry,
        coreIssue,
        levels,
        severity: capacityGapSeverity(levels === undefined ? undefined : levels.gap, span, bands),
        questions: counts.get(key) ?? 0,
      };
    }),
  );
}

/** One functional capacity of a cross-section in the drill-down: its cell and its questions. */
export interface FunctionalCapacityView {
  readonly functionalCapacity: FunctionalCapacity;
  /** The engine's levels of the cube cell. */
  readonly levels: CapacityLevels;
  readonly severity: CapacityGapSeverity;
  readonly questions: readonly CapacityQuestion[];
}

/** What the drill-down shows of one cross-section. */
export interface CrossSectionDetailView {
  /** The functional capacities asked about, in the model's order. */
  readonly assessed: readonly FunctionalCapacityView[];
  /** The functional capacities without a question here. */
  readonly unassessed: readonly FunctionalCapacity[];
}

/**
 * The cross-section `key` down to its questions: each functional capacity with a question, its
 * cell's levels from the roll-up and its questions in the assessment's order.
 */
export function crossSectionDetail(
  assessment: CapacityAssessment,
  rollUp: UndpRollUp,
  key: string,
  bands: CapacityGapBands = defaultCapacityGapBands,
): CrossSectionDetailView {
  const span = assessment.ratingRange.max - assessment.ratingRange.min;
  const byCapacity = new Map<FunctionalCapacity, CapacityQuestion[]>();
  for (const question of assessment.questions) {
    const { pointOfEntry, coreIssue, functionalCapacity } = question.cell;
    if (undpKey(pointOfEntry, coreIssue) !== key) continue;
    const list = byCapacity.get(functionalCapacity) ?? [];
    list.push(question);
    byCapacity.set(functionalCapacity, list);
  }
  const assessed: FunctionalCapacityView[] = [];
  const unassessed: FunctionalCapacity[] = [];
  for (const functionalCapacity of functionalCapacities) {
    const questions = byCapacity.get(functionalCapacity);
    const levels = rollUp.cells.get(undpKey(key, functionalCapacity));
    if (questions === undefined || levels === undefined) unassessed.push(functionalCapacity);
    else
      assessed.push({
        functionalCapacity,
        levels,
        severity: capacityGapSeverity(levels.gap, span, bands),
        questions,
      });
  }
  return { assessed, unassessed };
}

/** The gap of one question as rated (desired − existing), `null` unless rated for both. */
export function capacityQuestionGap(question: CapacityQuestion): number | null {
  return question.desired === undefined || question.existing === undefined
    ? null
    : question.desired - question.existing;
}

/** What the opening sentence rests on. */
export interface CapacityFindings {
  /** Cross-sections with at least one question. */
  readonly assessed: number;
  /** Of those, the ones with a gap (a question rated for both). */
  readonly rated: number;
  /** Of those, the ones whose gap is large. */
  readonly large: number;
  /**
   * The cross-sections with the largest positive gaps, largest first: the `top` largest and any
   * tied with the last of them.
   */
  readonly largest: readonly CrossSectionView[];
  /** The functional capacity with the largest positive gap across the assessment, if any. */
  readonly widestFunction: { readonly id: FunctionalCapacity; readonly gap: number } | null;
}

/**
 * The findings the summary words: how many cross-sections were assessed and rated, how many
 * have a large gap, the `top` largest gaps (with any tied with the last; ties in the matrix's
 * order) and the functional
 * capacity with the largest gap, all read from the roll-up.
 */
export function capacityFindings(
  views: readonly CrossSectionView[],
  rollUp: UndpRollUp,
  top = 2,
): CapacityFindings {
  const assessed = views.filter((view) => view.levels !== undefined);
  const rated = assessed.filter((view) => typeof view.levels?.gap === 'number');
  const gapOf = (view: CrossSectionView) => view.levels?.gap ?? 0;
  const positive = rated
    .filter((view) => gapOf(view) > tolerance)
    // A stable sort keeps equal gaps in the matrix's order.
    .sort((a, b) => gapOf(b) - gapOf(a));
  // Ties with the last one named are named too: "the two largest" must not hide a third as large.
  const last = positive[Math.max(0, top) - 1];
  const largest =
    last === undefined
      ? positive
      : positive.filter((view) => gapOf(view) + tolerance >= gapOf(last));
  let widestFunction: CapacityFindings['widestFunction'] = null;
  for (const id of functionalCapacities) {
    const gap = rollUp.byFunctionalCapacity.get(id)?.gap;
    if (typeof gap === 'number' && gap > tolerance && gap > (widestFunction?.gap ?? 0))
      widestFunction = { id, gap };
  }
  return {
    assessed: assessed.length,
    rated: rated.length,
    large: rated.filter((view) => view.severity === 'large').length,
    largest,
    widestFunction,
  };
}

/** Where a rating sits on the range, from 0 (min) to 1 (max), for the small meter in a cell. */
export function shareOfRange(value: number, range: CapacityAssessment['ratingRange']): number {
  const share = (value - range.min) / (range.max - range.min);
  return Math.min(1, Math.max(0, share));
}
