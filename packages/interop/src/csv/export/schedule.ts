import type { BudgetBurnDown } from '@capkit/scoring/schedule';
import { csvBoolean, csvTable, type CsvExportOptions } from './csvTable.js';

/**
 * The budget burn-down by period: planned, committed, spent and obligated, each with its running
 * total, and what remains of the budget. Amounts are written as the result holds them.
 */
export function budgetBurnDownToCsv(
  burnDown: BudgetBurnDown,
  options: CsvExportOptions = {},
): string {
  return csvTable(
    [
      'startsOn',
      'endsOn',
      'currency',
      'planned',
      'plannedCumulative',
      'committed',
      'committedCumulative',
      'spent',
      'spentCumulative',
      'obligated',
      'obligatedCumulative',
      'remaining',
      'begun',
    ],
    burnDown.periods.map((period) => [
      period.startsOn,
      period.endsOn,
      burnDown.currency,
      period.planned,
      period.plannedCumulative,
      period.committed,
      period.committedCumulative,
      period.spent,
      period.spentCumulative,
      period.obligated,
      period.obligatedCumulative,
      period.remaining,
      csvBoolean(period.begun),
    ]),
    options,
  );
}
