import type { Provenance } from './provenance.js';
import { provenanceOf } from './provenance.js';
import type { ResponseMatrix } from './responseMatrix.js';
import { scoreCompetency } from './rowScorer.js';
import type { CompiledScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/** Every respondent's score on every competency. */
export interface RespondentScores {
  readonly respondents: number;
  readonly competencies: number;
  /** Score at `r * competencies + c`; `NaN` where too few items were answered. */
  readonly scores: Float64Array;
  readonly provenance: Provenance;
}

/**
 * Scores every respondent on every competency (see `scoreCompetency` for the rule), for
 * individual reports and role gaps. To summarise groups without holding every score, use
 * `aggregateByGroup`, which never materialises this table.
 *
 * @throws {CapkitScoringError} for a rating byte off the scale, or a matrix that does not fit the config.
 */
export function scoreRespondents(
  matrix: ResponseMatrix,
  config: CompiledScoringConfig,
): RespondentScores {
  if (
    matrix.items !== config.items ||
    matrix.ratings.length !== matrix.respondents * matrix.items
  ) {
    throw new CapkitScoringError('matrix', `must hold ${config.items} items per respondent`);
  }
  const { competencies } = config;
  const scores = new Float64Array(matrix.respondents * competencies);
  for (let r = 0; r < matrix.respondents; r += 1) {
    for (let c = 0; c < competencies; c += 1)
      scores[r * competencies + c] = scoreCompetency(matrix, config, r, c);
  }
  return {
    respondents: matrix.respondents,
    competencies,
    scores,
    provenance: provenanceOf(config.config),
  };
}

/**
 * Role gaps per respondent and competency: gap = max(0, required − score), `NaN` where the
 * score is missing or the role sets no level.
 */
export function roleGaps(
  scores: RespondentScores,
  roleOf: ArrayLike<number>,
  levels: Float64Array,
): Float64Array {
  const { respondents, competencies } = scores;
  if (roleOf.length !== respondents) {
    throw new CapkitScoringError('roleOf', `has ${roleOf.length} entries, expected ${respondents}`);
  }
  const gaps = new Float64Array(respondents * competencies);
  for (let r = 0; r < respondents; r += 1) {
    const roleBase = (roleOf[r] as number) * competencies;
    for (let c = 0; c < competencies; c += 1) {
      const required = levels[roleBase + c];
      if (required === undefined)
        throw new CapkitScoringError(
          `roleOf[${r}]`,
          `is ${roleOf[r] ?? '?'}, beyond the required levels given`,
        );
      gaps[r * competencies + c] = Math.max(
        0,
        required - (scores.scores[r * competencies + c] as number),
      );
    }
  }
  return gaps;
}
