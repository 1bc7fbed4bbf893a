import type { GroupSummary } from '@capkit/scoring/publication';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  digitalCompetencies,
  digitalCompetenciesArabic,
  ministrySummary,
  ministryUnitNames,
  ministryUnitsArabic,
} from '../../test/fixtures/GapHeatmap.fixtures.js';
import { plural } from '../shared/localeFormat.js';
import { GapHeatmap } from './GapHeatmap.js';

const title = 'Ministry of Digital Government: competency gaps';

function Ministry(props: { readonly measure?: 'meanGap' | 'shareBelowRequired' }) {
  return (
    <GapHeatmap
      title={title}
      summary={ministrySummary}
      units={ministryUnitNames}
      competencies={digitalCompetencies}
      {...props}
    />
  );
}

describe('GapHeatmap: plain words first', () => {
  /** The sentence shown above the view switch. */
  function summaryText(): string {
    const summary = screen.getByRole('figure').querySelector('.ck-summary');
    if (summary === null) throw new Error('no summary');
    return summary.textContent;
  }

  it('opens with where the largest gaps are, and how many units have withheld results', async () => {
    const user = userEvent.setup();
    render(<Ministry />);
    expect(summaryText()).toBe(
      'The largest gaps are in Agile delivery, in Policy unit and Regional office. ' +
        'Some results of 4 units are withheld to protect small groups.',
    );
    // First in the figure, before the view switch, and kept in the table view.
    const figure = screen.getByRole('figure');
    const summary = figure.querySelector('.ck-summary');
    const viewSwitch = within(figure).getByRole('group', { name: 'View as' });
    expect(summary?.compareDocumentPosition(viewSwitch)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(summaryText()).toMatch(/^The largest gaps are in Agile delivery/);
  });

  it('never names a withheld unit, whatever competency has the largest need', () => {
    render(<Ministry />);
    const text = summaryText();
    for (const unit of ['Payments team', 'Identity team']) expect(text).not.toContain(unit);
  });

  it('speaks of people below the required level when that is the measure', () => {
    render(<Ministry measure="shareBelowRequired" />);
    expect(summaryText()).toMatch(/^Most people are below the required level in [^,]+, in .+\./);
  });

  it('says so when nothing can be shown, and when no unit has a gap', () => {
    const allWithheld: GroupSummary = {
      ...ministrySummary,
      cells: ministrySummary.cells.map((cell) =>
        cell.status === 'suppressed' ? cell : { ...cell, status: 'empty' as const },
      ),
    };
    const { rerender } = render(
      <GapHeatmap
        title={title}
        summary={allWithheld}
        units={ministryUnitNames}
        competencies={digitalCompetencies}
      />,
    );
    expect(summaryText()).toBe(
      'No results can be shown: each is withheld, missing or has no required level. ' +
        'Some results of 4 units are withheld to protect small groups.',
    );
    const noGaps: GroupSummary = {
      ...ministrySummary,
      cells: ministrySummary.cells
        .slice(6, 12)
        .map((cell) =>
          cell.status === 'published' && cell.gapStatus === 'published'
            ? { ...cell, meanGap: 0, shareBelowRequired: 0 }
            : cell,
        ),
    };
    rerender(
      <GapHeatmap
        title={title}
        summary={noGaps}
        units={ministryUnitNames.slice(1, 2)}
        competencies={digitalCompetencies}
      />,
    );
    expect(summaryText()).toBe('No unit shown has a gap to the required level.');
  });

  it('takes its words and plural forms from the messages, in the locale (Arabic: few)', () => {
    render(
      <GapHeatmap
        title="فجوات الكفاءة"
        summary={ministrySummary}
        units={ministryUnitsArabic}
        competencies={digitalCompetenciesArabic}
        locale="ar"
        messages={{
          summaryLargest: ({ competency, units }) => `أكبر الفجوات في ${competency}، في ${units}.`,
          summaryWithheld: (count) =>
            plural(count, {
              one: 'حُجبت بعض نتائج وحدة واحدة.',
              two: 'حُجبت بعض نتائج وحدتين.',
              few: 'حُجبت بعض نتائج {count} وحدات.',
              other: 'حُجبت بعض نتائج {count} وحدة.',
            }),
        }}
      />,
    );
    const four = new Intl.NumberFormat('ar').format(4);
    expect(summaryText()).toBe(
      `أكبر الفجوات في التسليم المرن، في وحدة السياسات والمكتب الإقليمي. حُجبت بعض نتائج ${four} وحدات.`,
    );
  });
});
