/** Thrown when input to the scoring engine is invalid; says where and why. */
export class CapkitScoringError extends Error {
  override readonly name = 'CapkitScoringError';

  constructor(
    /** Location of the bad value, e.g. `ratings[3].value`. */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}
