import type { GroupSummary } from '../summariseGroups.js';
import type { CheckedCell } from './disclosureChecker.js';

/** The published cells of some tables, as the disclosure checker reads them. */
export function publishedCells(
  tables: Readonly<Record<string, GroupSummary | undefined>>,
): CheckedCell[] {
  return Object.entries(tables).flatMap(([table, summary]) =>
    (summary?.cells ?? []).flatMap((cell): CheckedCell[] =>
      cell.status === 'published'
        ? [
            {
              table,
              group: cell.group,
              competency: cell.competency,
              count: cell.count,
              ...(cell.gapStatus === 'published' && cell.gapCount !== null
                ? { gapCount: cell.gapCount }
                : {}),
            },
          ]
        : [],
    ),
  );
}
