import type { ResponseMatrix } from './responseMatrix.js';
import { OFF_SCALE, type CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/**
 * Scores one respondent at a time into a reusable buffer, so that the engine's loops allocate
 * nothing per respondent. After `score(r)`, `scores[c]` holds respondent r's score on
 * competency c: the weighted mean of their answered items of c, or `NaN` when they answered
 * fewer than the config's minimum share.
 */
export class RowScorer {
  /** Scores of the last respondent scored, one per competency. */
  readonly scores: Float64Array;
  readonly #matrix: ResponseMatrix;
  readonly #config: CompiledScoringConfig;
  readonly #weightedSum: Float64Array;
  readonly #weightTotal: Float64Array;
  readonly #answered: Uint16Array;

  constructor(matrix: ResponseMatrix, config: CompiledScoringConfig) {
    this.#matrix = matrix;
    this.#config = config;
    this.scores = new Float64Array(config.competencies);
    this.#weightedSum = new Float64Array(config.competencies);
    this.#weightTotal = new Float64Array(config.competencies);
    this.#answered = new Uint16Array(config.competencies);
  }

  /**
   * Scores respondent `r`.
   * @throws {CapkitScoringError} for a rating byte that is off the scale, naming row and item.
   */
  score(r: number): void {
    const { items, ratings } = this.#matrix;
    const { valueTable, weightOfItem, competencyOfItem, minAnswered, competencies } = this.#config;
    const weightedSum = this.#weightedSum;
    const weightTotal = this.#weightTotal;
    const answered = this.#answered;
    weightedSum.fill(0);
    weightTotal.fill(0);
    answered.fill(0);
    const base = r * items;
    for (let j = 0; j < items; j += 1) {
      const value = valueTable[(j << 8) | (ratings[base + j] as number)] as number;
      // NaN marks a missing rating: NaN !== NaN.
      if (value !== value) continue;
      if (value === OFF_SCALE) throw this.#offScale(r, j);
      const c = competencyOfItem[j] as number;
      const weight = weightOfItem[j] as number;
      weightedSum[c] = (weightedSum[c] as number) + weight * value;
      weightTotal[c] = (weightTotal[c] as number) + weight;
      answered[c] = (answered[c] as number) + 1;
    }
    const scores = this.scores;
    for (let c = 0; c < competencies; c += 1) {
      scores[c] =
        (answered[c] as number) < (minAnswered[c] as number)
          ? Number.NaN
          : (weightedSum[c] as number) / (weightTotal[c] as number);
    }
  }

  #offScale(r: number, j: number): CapkitScoringError {
    const { min, max } = this.#config.config.scale;
    const item = this.#config.config.items[j]?.id ?? String(j);
    const value = this.#matrix.ratings[r * this.#matrix.items + j] ?? Number.NaN;
    return new CapkitScoringError(
      `ratings[row ${r}][item "${item}"]`,
      `value ${value} is outside the scale ${min}–${max} and is not the missing marker 255`,
    );
  }
}
