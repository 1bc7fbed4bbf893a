import { answerSchema, type Answer, type Instrument, type InstrumentItem } from '@capkit/model';
import type { FormAnswers } from './formRules.js';

/** A respondent's work in progress, as the form saves it through a {@link DraftStorage}. */
export interface FormDraft {
  /** Shape version of the draft, so later versions can migrate or ignore old drafts. */
  readonly version: 1;
  /** Instrument the answers belong to; a draft of another instrument is ignored. */
  readonly instrumentId: string;
  /** The answers given so far. */
  readonly answers: FormAnswers;
  /** Page the respondent was on, so the form resumes there. */
  readonly pageId: string;
  /** When the respondent first answered or changed page (ISO 8601), for the response's `startedAt`. */
  readonly startedAt: string;
  /** When the draft was saved (ISO 8601). */
  readonly savedAt: string;
}

function fitsItem(answer: Answer, item: InstrumentItem, instrument: Instrument): boolean {
  const { min, max, allowNotApplicable } = instrument.ratingScale;
  const inRange = (value: number | null) =>
    value === null || (Number.isInteger(value) && value >= min && value <= max);
  switch (answer.kind) {
    case 'rating':
      return item.format === 'rating' && inRange(answer.value);
    case 'importancePerformance':
      return (
        item.format === 'importancePerformance' &&
        inRange(answer.importance) &&
        inRange(answer.performance)
      );
    case 'notApplicable':
      return allowNotApplicable;
    default:
      return answer satisfies never;
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads back a stored draft for `instrument`: `undefined` when it is not a draft, or belongs to
 * another instrument. Answers that no longer fit (unknown item, wrong kind, out of range) are
 * dropped rather than failing the whole draft, so an edited instrument still resumes.
 */
export function parseFormDraft(value: unknown, instrument: Instrument): FormDraft | undefined {
  if (!isRecord(value) || value['version'] !== 1) return undefined;
  if (value['instrumentId'] !== instrument.id) return undefined;
  const { pageId, startedAt, savedAt, answers } = value;
  if (typeof pageId !== 'string' || typeof startedAt !== 'string') return undefined;
  if (typeof savedAt !== 'string' || !isRecord(answers)) return undefined;
  const items = new Map(instrument.items.map((item) => [item.id, item]));
  const kept: Record<string, Answer> = {};
  for (const [itemId, candidate] of Object.entries(answers)) {
    const parsed = answerSchema.safeParse(candidate);
    const item = items.get(itemId);
    if (!parsed.success || item === undefined || parsed.data.itemId !== itemId) continue;
    if (fitsItem(parsed.data, item, instrument)) kept[itemId] = parsed.data;
  }
  return { version: 1, instrumentId: instrument.id, answers: kept, pageId, startedAt, savedAt };
}
