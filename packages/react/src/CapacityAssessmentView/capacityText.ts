import type { CoreIssue, PointOfEntry } from '@capkit/model';
import type { CapacityLevels } from '@capkit/scoring/undp';
import { localizedCount, numberFormats, type LocalizedCount } from '../shared/localeFormat.js';
import type { CapacityAssessmentViewMessages } from './messages.js';

/** The widget's strings and formatters in one object, built once per locale and messages. */
export interface CapacityText {
  readonly messages: CapacityAssessmentViewMessages;
  /** A range end or band edge: up to one decimal ("1", "2.5"). */
  readonly point: (value: number) => string;
  /** A rating or a mean with one decimal, or the "not rated" words for `null`. */
  readonly rating: (value: number | null | undefined) => string;
  readonly count: (value: number) => LocalizedCount;
  /** A cross-section's name in the reader's language. */
  readonly crossSection: (pointOfEntry: PointOfEntry, coreIssue: CoreIssue) => string;
  /** "Desired 4.5, existing 2.0", or `null` for a cross-section without questions. */
  readonly levels: (levels: CapacityLevels | undefined) => string | null;
}

/** The {@link CapacityText} of `locale` and `messages`. */
export function capacityText(
  locale: string,
  messages: CapacityAssessmentViewMessages,
): CapacityText {
  const { oneDecimal, tick } = numberFormats(locale);
  const rating = (value: number | null | undefined) =>
    typeof value === 'number' && Number.isFinite(value)
      ? oneDecimal.format(value)
      : messages.notRated;
  return {
    messages,
    rating,
    point: (value) => tick.format(value),
    count: (value) => localizedCount(locale, value),
    crossSection: (pointOfEntry, coreIssue) =>
      messages.crossSection({
        pointOfEntry,
        coreIssue,
        pointOfEntryName: messages.pointOfEntry[pointOfEntry],
        coreIssueName: messages.coreIssue[coreIssue],
      }),
    levels: (levels) =>
      levels === undefined
        ? null
        : messages.levels(rating(levels.desired), rating(levels.existing)),
  };
}
