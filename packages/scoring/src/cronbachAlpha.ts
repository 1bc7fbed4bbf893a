import type { ResponseMatrix } from './responseMatrix.js';
import type { CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/** Internal consistency of one competency's items. */
export interface CronbachAlphaResult {
  readonly competency: string;
  /** Items of the competency, in config order. */
  readonly items: readonly string[];
  /** Respondents who answered every item of the competency (listwise deletion). */
  readonly n: number;
  /** α; `null` with fewer than 2 items, fewer than 2 complete respondents, or zero total variance. */
  readonly alpha: number | null;
  /** α of the remaining items with each item left out, keyed by item id; needs at least 3 items. */
  readonly alphaIfItemDeleted: ReadonlyMap<string, number | null>;
}

// α = k/(k−1) × (1 − Σσ²ᵢ / σ²ₓ); undefined without variance in the total.
function alphaOf(k: number, itemVarianceSum: number, totalVariance: number): number | null {
  if (k < 2 || !(totalVariance > 0)) return null;
  return (k / (k - 1)) * (1 - itemVarianceSum / totalVariance);
}

/**
 * Cronbach's α (Cronbach 1951) per competency: α = k/(k−1) × (1 − Σσ²ᵢ / σ²ₓ) over the
 * competency's k items, with sample variances σ²ᵢ of each item and σ²ₓ of the total score,
 * on the respondents who answered every item (listwise deletion). Reverse-coded items are
 * reversed first. α-if-item-deleted drops one item j, using
 * Var(X − Yⱼ) = Var(X) + Var(Yⱼ) − 2·Cov(X, Yⱼ), all accumulated in one pass with Welford's
 * updates for numerical stability.
 *
 * @throws {CapkitScoringError} for a rating off the scale or a matrix that does not fit the config.
 */
export function cronbachAlpha(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
): CronbachAlphaResult[] {
  const { respondents, items, ratings } = matrix;
  if (items !== config.items || ratings.length !== respondents * items) {
    throw new CapkitScoringError('matrix', `must hold ${config.items} items per respondent`);
  }
  const { min, max } = config.config.scale;
  return config.config.competencies.map((competency, c) => {
    const columns = config.config.items.flatMap((item, j) =>
      config.competencyOfItem[j] === c ? [j] : [],
    );
    const k = columns.length;
    const itemMean = new Float64Array(k);
    const itemM2 = new Float64Array(k);
    const coMoment = new Float64Array(k);
    const values = new Float64Array(k);
    let n = 0;
    let totalMean = 0;
    let totalM2 = 0;
    for (let r = 0; r < respondents; r += 1) {
      let complete = true;
      let total = 0;
      for (let i = 0; i < k; i += 1) {
        const j = columns[i] as number;
        const value = config.valueTable[(j << 8) | (ratings[r * items + j] as number)] as number;
        if (value !== value) {
          complete = false;
          break;
        }
        if (value === Number.NEGATIVE_INFINITY) {
          throw new CapkitScoringError(
            `ratings[row ${r}][item "${config.config.items[j]?.id ?? j}"]`,
            `value ${ratings[r * items + j] ?? '?'} is outside the scale ${min}–${max}`,
          );
        }
        values[i] = value;
        total += value;
      }
      if (!complete) continue;
      n += 1;
      const totalDelta = total - totalMean;
      totalMean += totalDelta / n;
      totalM2 += totalDelta * (total - totalMean);
      for (let i = 0; i < k; i += 1) {
        const value = values[i] as number;
        const delta = value - (itemMean[i] as number);
        itemMean[i] = (itemMean[i] as number) + delta / n;
        itemM2[i] = (itemM2[i] as number) + delta * (value - (itemMean[i] as number));
        // Co-moment of item and total: old deviation of one times new deviation of the other.
        coMoment[i] = (coMoment[i] as number) + totalDelta * (value - (itemMean[i] as number));
      }
    }
    const ids = columns.map((j) => config.config.items[j]?.id ?? String(j));
    if (n < 2) {
      return {
        competency,
        items: ids,
        n,
        alpha: null,
        alphaIfItemDeleted: new Map(ids.map((id) => [id, null])),
      };
    }
    const variance = (m2: number) => m2 / (n - 1);
    const itemVariances = Array.from(itemM2, variance);
    const itemVarianceSum = itemVariances.reduce((sum, v) => sum + v, 0);
    const totalVariance = variance(totalM2);
    const alphaIfItemDeleted = new Map(
      ids.map((id, i) => {
        if (k < 3) return [id, null] as const;
        const rest =
          totalVariance + (itemVariances[i] as number) - 2 * variance(coMoment[i] as number);
        return [id, alphaOf(k - 1, itemVarianceSum - (itemVariances[i] as number), rest)] as const;
      }),
    );
    return {
      competency,
      items: ids,
      n,
      alpha: alphaOf(k, itemVarianceSum, totalVariance),
      alphaIfItemDeleted,
    };
  });
}
