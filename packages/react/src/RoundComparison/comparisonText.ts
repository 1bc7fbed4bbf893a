import { localizedCount, numberFormats, type LocalizedCount } from '../shared/localeFormat.js';
import type { RoundComparisonMessages } from './messages.js';
import {
  allUnitsId,
  groupFindings,
  type ComparisonGrid,
  type ComparisonItem,
} from './roundGrid.js';

/** How many groups the summary names before it says "n more". */
const namedGroups = 3;

/** The widget's numbers and sentences in the reader's locale, shared by every part. */
export interface ComparisonText {
  readonly messages: RoundComparisonMessages;
  /** A mean level, two decimals. */
  readonly score: (value: number) => string;
  /** A change with its sign, two decimals: "+0.75". */
  readonly signed: (value: number) => string;
  readonly tick: (value: number) => string;
  readonly count: (value: number) => LocalizedCount;
  /** The level of the intervals, e.g. "95%". */
  readonly level: (level: number) => string;
  /** A cell in words (the chart's detail); a withheld one says why and shows no number. */
  readonly cell: (cell: ComparisonItem) => string;
  /**
   * The plain-words sentences that open the figure, for the grid as shown: what changed first,
   * then the notes on what the figures cannot say (withheld results, many tests at once).
   */
  readonly summary: (grid: ComparisonGrid) => { findings: string[]; notes: string[] };
}

/** Builds {@link ComparisonText} for a locale. */
export function comparisonText(locale: string, messages: RoundComparisonMessages): ComparisonText {
  const formats = numberFormats(locale);
  const signedFormat = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const levelFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const score = (value: number) => formats.twoDecimals.format(value);
  const count = (value: number) => localizedCount(locale, value);
  const level = (value: number) => levelFormat.format(value);
  const names = (cells: readonly ComparisonItem[]) => list.format(cells.map((cell) => cell.label));

  return {
    messages,
    score,
    signed: (value) => signedFormat.format(value),
    tick: (value) => formats.tick.format(value),
    count,
    level,
    cell: ({ words, round1, round2 }) => {
      if (words.figures === null)
        return messages.tooFewPeople(formats.count.format(words.k), words.reason);
      const { figures } = words;
      // changeWords gives figures only with the engine's statistics, so both means are there.
      return messages.cell({
        reading: words.reading,
        round1: score(round1 ?? Number.NaN),
        round2: score(round2 ?? Number.NaN),
        change: signedFormat.format(figures.estimate),
        lower: score(figures.lower),
        upper: score(figures.upper),
        level: level(figures.level),
      });
    },
    summary: (grid) => {
      const findings = groupFindings(grid);
      const cells = grid.groups.flatMap((group) =>
        group.items.filter((cell): cell is ComparisonItem => cell !== null),
      );
      const sentences: string[] = [];
      let named = 0;
      let more = 0;
      for (const finding of findings) {
        const sentence = messages.groupSummary({
          by: grid.view,
          name: finding.group.label,
          all: grid.view === 'unit' && finding.group.id === allUnitsId,
          rose: count(finding.rose.length),
          fell: count(finding.fell.length),
          total: count(finding.total),
          roseNames: names(finding.rose),
          fellNames: names(finding.fell),
          whole: finding.whole?.words.reading ?? null,
        });
        if (sentence === '') continue;
        if (named < namedGroups) {
          sentences.push(sentence);
          named += 1;
        } else more += 1;
      }
      if (more > 0) sentences.push(messages.moreGroups(grid.view, count(more)));
      if (named === 0) sentences.push(messages.noChange(grid.view, count(grid.groups.length)));
      const notes: string[] = [];
      const tooFew = cells.filter((cell) => cell.words.figures === null).length;
      if (tooFew > 0) notes.push(messages.tooFewSummary(count(tooFew), count(cells.length)));
      const published = cells.find((cell) => cell.words.figures !== null)?.words.figures;
      if (published && cells.length - tooFew > 1) {
        const chance = formats.count.format(1 / (1 - published.level));
        notes.push(messages.multipleComparisons(count(cells.length - tooFew), chance));
      }
      return { findings: sentences, notes };
    },
  };
}
