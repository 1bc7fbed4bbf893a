import type { ResponseMatrix } from './responseMatrix.js';
import { OFF_SCALE, type CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/**
 * Respondent r's score on competency c: the weighted mean of their answered items of c, or
 * `NaN` when they answered fewer than the config's minimum share. Small enough for the
 * engine's loops to inline; allocates nothing.
 *
 * @throws {CapkitScoringError} for a rating byte that is off the scale, naming row and item.
 */
export function scoreCompetency(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  r: number,
  c: number,
): number {
  const { items, ratings } = matrix;
  const { valueTable, weightOfItem, itemOrder, itemStart, minAnswered } = config;
  const base = r * items;
  let weightedSum = 0;
  let weightTotal = 0;
  let answered = 0;
  const end = itemStart[c + 1] as number;
  for (let t = itemStart[c] as number; t < end; t += 1) {
    const j = itemOrder[t] as number;
    const value = valueTable[(j << 8) | (ratings[base + j] as number)] as number;
    // NaN marks a missing rating: NaN !== NaN.
    if (value !== value) continue;
    if (value === OFF_SCALE) throw offScale(matrix, config, r, j);
    const weight = weightOfItem[j] as number;
    weightedSum += weight * value;
    weightTotal += weight;
    answered += 1;
  }
  return answered < (minAnswered[c] as number) ? Number.NaN : weightedSum / weightTotal;
}

function offScale(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
  r: number,
  j: number,
): CapkitScoringError {
  const { min, max } = config.config.scale;
  const item = config.config.items[j]?.id ?? String(j);
  const value = matrix.ratings[r * matrix.items + j] ?? Number.NaN;
  return new CapkitScoringError(
    `ratings[row ${r}][item "${item}"]`,
    `value ${value} is outside the scale ${min}–${max} and is not the missing marker 255`,
  );
}
