import type { CsvValue } from '@capkit/model/csv';
import type {
  GroupComparison,
  PairedChangeByGroupResult,
  PairedChangeResult,
  TreatedVsUntreatedResult,
} from '@capkit/scoring/evaluation';
import { blankCells, csvTable, type CsvExportOptions } from './csvTable.js';

const changeHeader = [
  'group',
  'status',
  'withheldReason',
  'n',
  'meanRound1',
  'meanRound2',
  'meanChange',
  'sdChange',
  'ciLevel',
  'ciLower',
  'ciUpper',
  't',
  'df',
  'p',
  'hedgesGz',
  'hedgesGav',
  'effectSize',
  'conclusion',
];

/**
 * Change between two rounds for the whole population (group blank) and per group: means, the
 * mean change with its confidence interval and t-test, effect sizes and the conclusion. A
 * withheld group is `status` `withheld` with its reason and blank figures.
 */
export function pairedChangeByGroupToCsv(
  result: PairedChangeByGroupResult,
  options: CsvExportOptions = {},
): string {
  return csvTable(
    changeHeader,
    [
      changeRecord('', result.whole),
      ...result.groups.map(({ groupId, change }) => changeRecord(groupId, change)),
    ],
    options,
  );
}

/** One group's change between rounds, as {@link pairedChangeByGroupToCsv} writes it. */
export function pairedChangeToCsv(
  result: PairedChangeResult,
  options: CsvExportOptions = {},
): string {
  return csvTable(changeHeader, [changeRecord('', result)], options);
}

function changeRecord(group: string, change: PairedChangeResult): CsvValue[] {
  const s = change.statistics;
  if (change.withheld !== null || s === null)
    return [
      group,
      change.withheld === null ? 'tooFewPeople' : 'withheld',
      change.withheld,
      ...blankCells(14),
      change.conclusion,
    ];
  return [
    group,
    'published',
    '',
    s.n,
    s.meanRound1,
    s.meanRound2,
    s.meanChange,
    s.sdChange,
    s.test.ci.level,
    s.test.ci.lower,
    s.test.ci.upper,
    s.test.t,
    s.test.df,
    s.test.p,
    s.hedgesGz,
    s.hedgesGav,
    change.effectSize,
    change.conclusion,
  ];
}

/**
 * Treated against untreated: each group's change, the baseline difference, and the
 * difference in differences, one record each with its estimate, interval, test and conclusion.
 */
export function treatedVsUntreatedToCsv(
  result: TreatedVsUntreatedResult,
  options: CsvExportOptions = {},
): string {
  const paired = (comparison: string, change: PairedChangeResult): CsvValue[] => {
    const s = change.statistics;
    if (change.withheld !== null || s === null)
      return [
        comparison,
        change.withheld === null ? 'tooFewPeople' : 'withheld',
        change.withheld,
        ...blankCells(10),
        change.conclusion,
      ];
    // A paired change rests on one group: its people are nA, nB stays blank.
    return [
      comparison,
      'published',
      '',
      s.n,
      '',
      s.test.estimate,
      s.test.ci.level,
      s.test.ci.lower,
      s.test.ci.upper,
      s.test.t,
      s.test.df,
      s.test.p,
      change.effectSize,
      change.conclusion,
    ];
  };
  const welch = (comparison: string, group: GroupComparison): CsvValue[] => {
    const s = group.statistics;
    if (group.withheld !== null || s === null)
      return [
        comparison,
        group.withheld === null ? 'tooFewPeople' : 'withheld',
        group.withheld,
        ...blankCells(10),
        group.conclusion,
      ];
    return [
      comparison,
      'published',
      '',
      s.nA,
      s.nB,
      s.test.estimate,
      s.test.ci.level,
      s.test.ci.lower,
      s.test.ci.upper,
      s.test.t,
      s.test.df,
      s.test.p,
      group.effectSize,
      group.conclusion,
    ];
  };
  return csvTable(
    [
      'comparison',
      'status',
      'withheldReason',
      'nA',
      'nB',
      'estimate',
      'ciLevel',
      'ciLower',
      'ciUpper',
      't',
      'df',
      'p',
      'effectSize',
      'conclusion',
    ],
    [
      paired('treated', result.treated),
      paired('untreated', result.untreated),
      welch('baseline', result.baseline),
      welch('differenceInDifferences', result.differenceInDifferences),
    ],
    options,
  );
}
