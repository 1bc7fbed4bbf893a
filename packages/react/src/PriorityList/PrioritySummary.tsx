import { localizedCount, type LocalizedCount } from '../shared/localeFormat.js';
import type {
  PriorityListGroupText,
  PriorityListMessages,
  PriorityListUnitKind,
} from './messages.js';
import type { PriorityFindings, PriorityGroup } from './priorityFindings.js';

/** Props of {@link PrioritySummary}. */
export interface PrioritySummaryProps {
  /** What the ranking found. */
  readonly findings: PriorityFindings;
  /** What is ranked. */
  readonly by: PriorityListUnitKind;
  /** k of "in the top k". */
  readonly topK: LocalizedCount;
  /** The reader's locale, for the list of names and the counts. */
  readonly locale: string;
  /** A share of resamples, formatted (rounded down). */
  readonly share: (value: number) => string;
  /** The widget's strings. */
  readonly messages: PriorityListMessages;
}

/** The names of the leading units as one phrase: "A, B and C" in the reader's language. */
export function namesList(locale: string, names: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

/**
 * The plain-words summary: what to train first and how sure the resamples are of it, then, when
 * some units are withheld, how many (never which).
 */
export function PrioritySummary({
  findings,
  by,
  topK,
  locale,
  share,
  messages,
}: PrioritySummaryProps) {
  const groupText = (group: PriorityGroup | undefined): PriorityListGroupText | null =>
    group === undefined
      ? null
      : {
          names: namesList(
            locale,
            group.rows.map((row) => row.label),
          ),
          count: localizedCount(locale, group.rows.length),
          share: share(group.leastTopKShare),
          everyResample: group.leastTopKShare >= 1,
        };
  const sentences = [
    messages.summary({
      firm: groupText(findings.firm),
      unsure: groupText(findings.unsure),
      k: topK,
      by,
    }),
  ];
  if (findings.withheldCount > 0) {
    sentences.push(messages.summaryWithheld(localizedCount(locale, findings.withheldCount), by));
  }
  return <p>{sentences.join(' ')}</p>;
}
