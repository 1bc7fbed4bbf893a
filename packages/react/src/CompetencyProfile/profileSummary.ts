import { localizedCount, numberFormats } from '../shared/localeFormat.js';
import type { CompetencyProfileMessages } from './messages.js';
import { shortfalls, shownGap, type ProfileRow } from './profileRows.js';

const listFormats = new Map<string, Intl.ListFormat>();

/** A short list ("A, B and C") in the reader's locale. */
export function formatList(locale: string, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/** A row's gap as text, "—" when there is nothing to compare. */
export function gapText(row: ProfileRow, locale: string): string {
  const gap = shownGap(row);
  return gap === undefined ? '—' : numberFormats(locale).oneDecimal.format(gap);
}

/** A score as text in the reader's locale. */
export function scoreText(score: number, locale: string): string {
  return numberFormats(locale).oneDecimal.format(score);
}

/** "No score" with the reason the datum gives, else the default reason. */
export function noScoreText(row: ProfileRow, messages: CompetencyProfileMessages): string {
  return messages.noScoreWithReason(row.datum.missingReason ?? messages.missingReason);
}

/**
 * The profile in plain words, first in both views: the shortfalls, largest first with their
 * gaps (what to train first), else how many meet their level; then the competencies without a
 * score and those without a required level, so that nothing missing passes unsaid. Every number
 * goes through the locale's formats, every plural through the messages.
 */
export function profileSummary(
  rows: readonly ProfileRow[],
  messages: CompetencyProfileMessages,
  locale: string,
): string {
  const count = (value: number) => localizedCount(locale, value);
  const total = count(rows.length);
  const below = shortfalls(rows);
  const meets = rows.filter((row) => row.comparison === 'meets');
  const noScore = rows.filter((row) => row.datum.score === null);
  const noRequired = rows.filter(
    (row) => row.datum.score !== null && row.datum.requiredLevel === undefined,
  );
  const sentences: string[] = [];
  if (below.length > 0) {
    const list = formatList(
      locale,
      below.map((row) => messages.gapItem(row.datum.label, gapText(row, locale))),
    );
    sentences.push(messages.summaryBelow(count(below.length), total, list));
  } else if (meets.length > 0) {
    sentences.push(messages.summaryNoneBelow(count(meets.length), total));
  }
  if (noScore.length > 0) {
    const list = formatList(
      locale,
      noScore.map((row) =>
        messages.noScoreItem(row.datum.label, row.datum.missingReason ?? messages.missingReason),
      ),
    );
    sentences.push(messages.summaryNoScore(count(noScore.length), list));
  }
  if (noRequired.length > 0) {
    const list = formatList(
      locale,
      noRequired.map((row) => row.datum.label),
    );
    sentences.push(messages.summaryNoRequired(count(noRequired.length), list));
  }
  return sentences.join(' ');
}
