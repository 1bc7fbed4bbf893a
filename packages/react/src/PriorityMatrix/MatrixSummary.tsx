import { localizedCount } from '../shared/localeFormat.js';
import { matrixFindings, namedItems, type FindingItem } from './matrixFindings.js';
import type { PriorityMatrixMessages } from './messages.js';

/**
 * The matrix's plain words, first in both views: the items to concentrate on (widest distance
 * between importance and performance first), then how many items are withheld, never which.
 */
export function MatrixSummary({
  items,
  withheld,
  minimum,
  locale,
  messages,
}: {
  readonly items: readonly FindingItem[];
  readonly withheld: number;
  readonly minimum: string;
  readonly locale: string;
  readonly messages: PriorityMatrixMessages;
}) {
  const { concentrate } = matrixFindings(items, withheld);
  let first = messages.summaryNoConcentrate;
  if (concentrate.length > 0) {
    const named = concentrate.slice(0, namedItems).map((item) => item.label);
    const more = concentrate.length - named.length;
    if (more > 0) named.push(messages.summaryMore(localizedCount(locale, more)));
    first = messages.summaryConcentrate({
      count: localizedCount(locale, concentrate.length),
      items: new Intl.ListFormat(locale, { type: 'conjunction' }).format(named),
    });
  }
  return (
    <p className="ck-priority-matrix__plain-words">
      {first}
      {withheld > 0 && ` ${messages.summaryWithheld(localizedCount(locale, withheld), minimum)}`}
    </p>
  );
}
