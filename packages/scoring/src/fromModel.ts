import type { AssessmentResponse, Instrument } from '@capkit/model';
import { MISSING, type ResponseMatrix } from './responseMatrix.js';
import type { ScoringConfig } from './scoringConfig.js';
import { CapkitScoringError } from './scoringError.js';

/** Options of {@link scoringInputFromModel}. */
export interface FromModelOptions {
  /**
   * Which responses to score: only `submitted` ones (drafts are work in progress), or `all`.
   * @default 'submitted'
   */
  readonly include?: 'submitted' | 'all';
  /**
   * For importance–performance items, which rating measures the competency.
   * @default 'performance'
   */
  readonly pairedRating?: 'performance' | 'importance';
  /** Missing-value rule passed on to the scoring config. @default 0.5 */
  readonly minAnsweredShare?: number;
}

/** Columnar scoring input built from model documents. */
export interface ModelScoringInput {
  readonly config: ScoringConfig;
  readonly matrix: ResponseMatrix;
  /** Id of the response in each matrix row. */
  readonly responseIds: readonly string[];
  /** Person rated in each row: the subject, or the respondent rating themself. */
  readonly subjectIds: readonly string[];
}

/**
 * Adapts an instrument and its responses (from `@capkit/model`) to the engine's columnar input:
 * one matrix row per response, one column per item that targets a competency, in instrument
 * order. Skipped (`null`), "not applicable" and unanswered items become {@link MISSING}.
 *
 * @throws {CapkitScoringError} naming the response and answer, for an answer to an unknown item,
 *   an answer of the wrong kind, or a rating off the instrument's scale.
 */
export function scoringInputFromModel(
  instrument: Instrument,
  responses: readonly AssessmentResponse[],
  options: FromModelOptions = {},
): ModelScoringInput {
  const { include = 'submitted', pairedRating = 'performance', minAnsweredShare = 0.5 } = options;
  const scored = instrument.items.flatMap((item) =>
    item.target.kind === 'competency' ? [{ item, competency: item.target.competencyId }] : [],
  );
  const column = new Map(scored.map(({ item }, j) => [item.id, j]));
  const allItems = new Set(instrument.items.map((item) => item.id));
  const formatOf = new Map(instrument.items.map((item) => [item.id, item.format]));
  const { min, max } = instrument.ratingScale;
  const rows = responses.flatMap((response, index) =>
    include === 'all' || response.status === 'submitted' ? [{ response, index }] : [],
  );
  const items = scored.length;
  const ratings = new Uint8Array(rows.length * items).fill(MISSING);

  rows.forEach(({ response, index }, r) => {
    response.answers.forEach((answer, a) => {
      const path = `responses[${index}].answers[${a}]`;
      if (!allItems.has(answer.itemId)) {
        throw new CapkitScoringError(
          `${path}.itemId`,
          `instrument "${instrument.id}" has no item "${answer.itemId}"`,
        );
      }
      const j = column.get(answer.itemId);
      if (j === undefined || answer.kind === 'notApplicable') return;
      const format = formatOf.get(answer.itemId);
      if (answer.kind !== format) {
        throw new CapkitScoringError(
          `${path}.kind`,
          `item "${answer.itemId}" takes a ${format ?? '?'} answer, not ${answer.kind}`,
        );
      }
      const [field, value] =
        answer.kind === 'rating'
          ? (['value', answer.value] as const)
          : ([pairedRating, answer[pairedRating]] as const);
      if (value === null) return;
      if (!(Number.isInteger(value) && value >= min && value <= max)) {
        throw new CapkitScoringError(
          `${path}.${field}`,
          `${value} is not a whole number on the scale ${min}–${max}`,
        );
      }
      ratings[r * items + j] = value;
    });
  });

  return {
    config: {
      scale: { min, max },
      competencies: [...new Set(scored.map(({ competency }) => competency))],
      items: scored.map(({ item, competency }) => ({
        id: item.id,
        competency,
        ...(item.reverseCoded === true ? { reverseCoded: true } : {}),
        ...(item.weight === undefined ? {} : { weight: item.weight }),
      })),
      minAnsweredShare,
    },
    matrix: { respondents: rows.length, items, ratings },
    responseIds: rows.map(({ response }) => response.id),
    subjectIds: rows.map(({ response }) => response.subjectId ?? response.respondentId),
  };
}
