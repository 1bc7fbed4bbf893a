import type { GroupSummary } from '@capkit/scoring/publication';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroupSummaryTable } from './GroupSummaryTable.js';
import {
  arabicMessages,
  digitalCompetencies,
  digitalCompetenciesArabic,
  ministrySummaryWithMedians,
  ministryUnitNames,
  ministryUnitsArabic,
} from '../../test/fixtures/GroupSummaryTable.fixtures.js';

const title = 'Ministry of Digital Government: results by unit';
const dataLiteracy = 1;

function DataLiteracy(props: { readonly locale?: string }) {
  return (
    <GroupSummaryTable
      title={title}
      summary={ministrySummaryWithMedians}
      groups={ministryUnitNames}
      competencies={digitalCompetencies}
      competency={dataLiteracy}
      groupHeading="Unit"
      {...props}
    />
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GroupSummaryTable: plain words first', () => {
  it('opens with the published group furthest below the required level, and counts the withheld', () => {
    const { container } = render(<DataLiteracy />);
    const summary = container.querySelector('.ck-summary');
    expect(container.firstElementChild?.firstElementChild).toBe(summary);
    expect(summary).toHaveTextContent(
      'Regional office is furthest below the required level in Data literacy: a mean gap of 1.79 levels, with 100% of its people below it. ' +
        '1 group is withheld because it has fewer than 5 respondents, and 1 more to protect them.',
    );
    // Withheld groups are counted, never named.
    expect(summary).not.toHaveTextContent('Payments');
    expect(summary).not.toHaveTextContent('Identity');
  });

  it('counts groups, not rows, when all competencies are shown', () => {
    const { container } = render(
      <GroupSummaryTable
        title={title}
        summary={ministrySummaryWithMedians}
        groups={ministryUnitNames}
        competencies={digitalCompetencies}
      />,
    );
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'Policy unit is furthest below the required level in Service design: a mean gap of 2.54 levels, with 100% of its people below it. ' +
        '2 groups are withheld because they have fewer than 5 respondents, and 2 more to protect them.',
    );
  });

  it('says when no published group is below the required level, and when nothing is withheld', () => {
    const atLevel: GroupSummary = {
      ...ministrySummaryWithMedians,
      cells: ministrySummaryWithMedians.cells.map((cell) =>
        cell.status === 'published' && cell.meanGap !== null
          ? { ...cell, meanGap: 0, shareBelowRequired: 0 }
          : cell.status === 'suppressed'
            ? { status: 'empty', group: cell.group, competency: cell.competency }
            : cell,
      ),
    };
    const { container } = render(
      <GroupSummaryTable
        title={title}
        summary={atLevel}
        groups={ministryUnitNames}
        competencies={digitalCompetencies}
        competency={dataLiteracy}
      />,
    );
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      /^No published group is below the required level\.$/,
    );
  });

  it('puts it in Arabic with Arabic plural forms', () => {
    const withheldCount = (primary: number) => {
      // The first `primary` published groups withheld as too small; nothing else withheld.
      let left = primary;
      const cells = ministrySummaryWithMedians.cells.map((cell, index) => {
        if (cell.status === 'suppressed') {
          return { status: 'empty', group: cell.group, competency: cell.competency } as const;
        }
        if (
          index % digitalCompetencies.length === dataLiteracy &&
          cell.status === 'published' &&
          left > 0
        ) {
          left -= 1;
          return {
            status: 'suppressed',
            group: cell.group,
            competency: cell.competency,
            reason: 'primary',
          } as const;
        }
        return cell;
      });
      const { container, unmount } = render(
        <GroupSummaryTable
          title={title}
          summary={{ ...ministrySummaryWithMedians, cells }}
          groups={ministryUnitsArabic}
          competencies={digitalCompetenciesArabic}
          competency={dataLiteracy}
          locale="ar"
          messages={arabicMessages}
        />,
      );
      const text = container.querySelector('.ck-summary')?.textContent ?? '';
      unmount();
      return text;
    };
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(withheldCount(1)).toContain(`حُجبت مجموعة واحدة لأنها تضم أقل من ${n(5)} مستجيبين.`);
    expect(withheldCount(2)).toContain(`حُجبت مجموعتان لأنهما تضمان أقل من ${n(5)} مستجيبين.`);
    expect(withheldCount(3)).toContain(`حُجبت ${n(3)} مجموعات لأنها تضم أقل من ${n(5)} مستجيبين.`);
    expect(withheldCount(3)).toMatch(/هي الأبعد عن المستوى المطلوب في /);
  });
});
