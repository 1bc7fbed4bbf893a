import { render, screen, within } from '@testing-library/react';
import { undpRollUp } from '@capkit/scoring/undp';
import userEvent from '@testing-library/user-event';
import { ar, fr } from 'date-fns/locale';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  arabicAssessment,
  arabicMessages,
  arabicRollUp,
  emptyAssessment,
  emptyRollUp,
  largeAssessment,
  largeRollUp,
  ministryAssessment,
  ministryRollUp,
  ministrySummary,
  sampleAssessment,
  sampleRollUp,
} from '../../test/fixtures/CapacityAssessmentView.fixtures.js';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  CapacityAssessmentView,
  type CapacityAssessmentViewProps,
} from './CapacityAssessmentView.js';
import { defaultCapacityAssessmentViewMessages } from './messages.js';

const title = 'Ministry capacity: desired against existing';

function view(props: Partial<CapacityAssessmentViewProps> = {}) {
  return (
    <CapacityAssessmentView
      title={title}
      assessment={ministryAssessment}
      rollUp={ministryRollUp}
      locale="en-GB"
      {...props}
    />
  );
}

/** Tab past the Matrix/Table switch to the grid's one tab stop. */
async function tabToGrid(user: ReturnType<typeof userEvent.setup>) {
  await user.tab();
  await user.tab();
  await user.tab();
}

function cell(name: RegExp) {
  return screen.getByRole('gridcell', { name });
}

describe('CapacityAssessmentView', () => {
  it('opens with where the largest gaps are, then the matrix of cross-sections', () => {
    const { container } = render(view());
    expect(container.querySelector('.ck-summary')).toHaveTextContent(ministrySummary);
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'Assessed on January 20th, 2026, round 1.',
    );
    const grid = screen.getByRole('grid', { name: title });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Core issue',
      'Enabling environmentGap 0.0',
      'OrganisationGap 2.0',
      'IndividualGap 1.7',
    ]);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Institutional arrangementsGap 0.0',
      'Leadership',
      'KnowledgeGap 1.4',
      'AccountabilityGap 4.0',
    ]);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(12);
    // The engine's cross-section means, in words and figures: 4.25 − 2.5 over cells, gap 1.75.
    const knowledge = within(grid).getAllByRole('row')[3]?.querySelectorAll('[role="gridcell"]');
    expect(knowledge?.[1]).toHaveTextContent(
      'OrganisationModerate gapGap 1.8Desired 4.3, existing 2.53 questions',
    );
    expect(knowledge?.[1]).toHaveAttribute('data-severity', 'moderate');
    expect(knowledge?.[2]).toHaveTextContent('Small gapGap 0.5Desired 3.5, existing 3.0');
    expect(cell(/Large gap/)).toHaveTextContent('Gap 4.0Desired 5.0, existing 1.0');
    expect(cell(/No gap/)).toHaveTextContent('Desired 4.0, existing 4.0');
    expect(cell(/Not rated/)).toHaveTextContent('Desired 4.0, existing not rated1 question');
    expect(screen.getAllByRole('gridcell', { name: /Not assessed/ })).toHaveLength(7);
  });

  it('moves by the arrow keys, drills down with Enter and comes back to the same cell', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    render(view({ onSelectionChange }));
    const cells = screen.getAllByRole('gridcell');
    expect(cells.filter((c) => c.tabIndex === 0)).toEqual([cells[0]]);
    await tabToGrid(user);
    expect(cells[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    const knowledge = screen.getAllByRole('gridcell')[7];
    expect(knowledge).toHaveFocus();
    expect(knowledge).toHaveAttribute('data-capacity-key', 'organisation/knowledge');
    await user.keyboard('{Enter}');
    expect(onSelectionChange).toHaveBeenLastCalledWith('organisation/knowledge');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const heading = screen.getByRole('heading', { name: 'Knowledge in the organisation' });
    expect(heading).toHaveFocus();
    expect(heading.tagName).toBe('H2');
    expect(screen.getByText(/^Moderate gap: Gap 1\.8/)).toHaveTextContent(
      'Moderate gap: Gap 1.8 · Desired 4.3, existing 2.5 (2 functional capacities, 3 questions).',
    );
    const capacities = screen.getAllByRole('heading', { level: 3 });
    expect(capacities.map((h) => h.textContent)).toEqual([
      'Budget, manage and implement',
      'Monitor and evaluate',
    ]);
    const questions = screen.getByRole('list', { name: 'Questions on Monitor and evaluate' });
    expect(
      within(questions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Are lessons from evaluations fed back into new projects?' +
        'Desired 5.0, existing 2.0: large gap (3.0)Evidence: Document review',
      'Does the ministry keep its monitoring data where teams can find it?' +
        'Desired 4.0, existing 2.0: large gap (2.0)',
    ]);
    expect(
      screen.getByText(
        'Not assessed here: Engage stakeholders, Assess a situation and create a vision, Formulate policies and strategies.',
      ),
    ).toBeVisible();
    await user.keyboard('{Escape}');
    expect(onSelectionChange).toHaveBeenLastCalledWith(null);
    expect(screen.getAllByRole('gridcell')[7]).toHaveFocus();
    // And by the back button, after a click on a cell.
    await user.click(cell(/Large gap/));
    await user.click(screen.getByRole('button', { name: /Back to all cross-sections/ }));
    expect(cell(/Large gap/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(screen.getAllByRole('gridcell')[7]).toHaveFocus();
  });

  it('opens with Space, and keeps the tab stop at the edges', async () => {
    const user = userEvent.setup();
    render(view());
    await tabToGrid(user);
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(screen.getAllByRole('gridcell')[0]).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(screen.getAllByRole('gridcell')[11]).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { name: 'Accountability of individuals' })).toHaveFocus();
  });

  it('mirrors the arrow keys right to left', async () => {
    const user = userEvent.setup();
    render(view({ dir: 'rtl' }));
    await tabToGrid(user);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getAllByRole('gridcell')[1]).toHaveFocus();
  });

  it('shows the drilled cross-section the app controls, and says when none was asked about', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [selected, setSelected] = useState<string | null>('organisation/accountability');
      return view({ selectedId: selected, onSelectionChange: setSelected });
    }
    render(<Controlled />);
    expect(
      screen.getByRole('heading', { name: 'Accountability in the organisation' }),
    ).toBeVisible();
    expect(screen.getByText('No question has been asked about this cross-section.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('grid')).toBeVisible();
  });

  it('has a table with the same figures, whose buttons drill down too', async () => {
    const user = userEvent.setup();
    render(view({ defaultView: 'table' }));
    const table = screen.getByRole('table', { name: `${title}: cross-sections` });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(rows[8]).toHaveTextContent('KnowledgeOrganisation4.32.51.8Moderate gap3 questions');
    expect(rows[2]).toHaveTextContent('Institutional arrangementsOrganisationNot assessed0');
    // The roll-up's margins, the functional capacities too (monitor and evaluate: gap 3).
    const margins = screen.getByRole('table', { name: /^Over all questions/ });
    expect(within(margins).getByRole('row', { name: /^Monitor and evaluate/ })).toHaveTextContent(
      'Monitor and evaluate4.71.73.0Large gap',
    );
    expect(within(margins).getByRole('row', { name: /^Organisation/ })).toHaveTextContent(
      'Organisation4.32.32.0Large gap',
    );
    const open = within(table).getByRole('button', {
      name: '3 questions of Knowledge in the organisation',
    });
    await user.click(open);
    expect(screen.getByRole('heading', { name: 'Knowledge in the organisation' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(
      screen.getByRole('button', { name: '3 questions of Knowledge in the organisation' }),
    ).toHaveFocus();
  });

  it('has no axe violations in the matrix, the table and the drill-down', async () => {
    const user = userEvent.setup();
    const { container } = render(view());
    expect(await axeViolations(container)).toEqual([]);
    await user.click(cell(/Moderate gap/));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Back/ }));
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(
      view({ assessment: sampleAssessment, rollUp: sampleRollUp }),
    );
    // Four cross-sections tie at 3 points in the seeded sample: all four are named.
    expect(result.container.querySelector('.ck-summary > p')).toHaveTextContent(
      'Close the largest gaps first, 3.0 points each: Institutional arrangements in the enabling ' +
        'environment, Knowledge in the enabling environment, Knowledge in the organisation and ' +
        'Accountability in the organisation.',
    );
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    expect(result.container.querySelectorAll('[role="gridcell"]')).toHaveLength(12);
    result.unmount();
  });

  it('reads right to left in Arabic, its questions in their language', async () => {
    const user = userEvent.setup();
    const { container } = render(
      view({
        assessment: arabicAssessment,
        rollUp: arabicRollUp,
        locale: 'ar',
        messages: arabicMessages,
        title: 'قدرات الوزارة',
        dateLocale: ar,
      }),
    );
    // Numbers as the reader's locale writes them, whatever digits its CLDR data chooses.
    const four = new Intl.NumberFormat('ar', { minimumFractionDigits: 1 }).format(4);
    expect(container.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      `أكبر الفجوات في: المساءلة — الأفراد (${four})`,
    );
    expect(container.querySelector('.ck-capacity__conducted')).toHaveTextContent('يناير');
    expect(cell(/فجوة كبيرة/)).toHaveTextContent(`الفجوة ${four}`);
    await user.click(cell(/فجوة متوسطة/));
    expect(screen.getByRole('heading', { name: 'المعرفة — المؤسسة' })).toHaveFocus();
    expect(screen.getByText(/^السؤال 1/)).toHaveAttribute('lang', 'ar');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('formats the date with the app’s date-fns locale', () => {
    const { container } = render(view({ dateLocale: fr }));
    expect(container.querySelector('.ck-capacity__conducted')).toHaveTextContent(
      'Assessed on 20 janvier 2026, round 1.',
    );
  });

  it('says so when existing capacity meets the desired everywhere', () => {
    const met = {
      ...ministryAssessment,
      questions: ministryAssessment.questions.filter((q) => q.id === 'q5'),
    };
    const { container } = render(view({ assessment: met, rollUp: undpRollUp(met) }));
    expect(container.querySelector('.ck-summary > p')).toHaveTextContent(
      /^Existing capacity meets the desired capacity in the one rated cross-section\.$/,
    );
    // Without the engine's roll-up there is nothing to show: the widget does not compute one.
    render(view({ assessment: met, rollUp: undefined }));
    expect(screen.getByText('No capacity assessment to show yet.')).toBeVisible();
  });

  it('gives the number, not a list, when more than four cross-sections tie for the largest gap', () => {
    const count = (value: number) => ({ value, text: String(value), plural: 'other' as const });
    const tied = Array.from({ length: 5 }, (_, index) => ({
      name: `S${String(index)}`,
      gap: '2.0',
    }));
    const summary = defaultCapacityAssessmentViewMessages.summary({
      assessed: count(5),
      rated: count(5),
      large: count(5),
      largest: tied,
      largestCount: count(5),
      widestFunction: null,
    });
    expect(summary).toBe(
      '5 cross-sections share the largest gap, 2.0 points each: see the matrix. ' +
        '5 of 5 rated cross-sections have a large gap.',
    );
    expect(
      defaultCapacityAssessmentViewMessages.summary({
        assessed: count(4),
        rated: count(4),
        large: count(0),
        largest: tied.slice(0, 2),
        largestCount: count(2),
        widestFunction: null,
      }),
    ).toBe('Close the largest gaps first, 2.0 points each: S0 and S1. None of the gaps is large.');
  });

  it('shows loading, error and empty states', () => {
    const { rerender, container } = render(view({ status: 'loading' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the capacity assessment…');
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'loading');
    rerender(view({ status: 'error', errorMessage: 'The survey service did not answer.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The survey service did not answer.');
    rerender(view({ assessment: emptyAssessment, rollUp: emptyRollUp }));
    expect(screen.getByText('No capacity assessment to show yet.')).toBeVisible();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'empty');
  });

  it('reads a whole cube of 240 questions', () => {
    const { container } = render(view({ assessment: largeAssessment, rollUp: largeRollUp }));
    expect(screen.getAllByRole('gridcell', { name: /gap/i })).toHaveLength(12);
    // Gaps 5 − (1.5 + p + c): 3.5 at the first cross-section, then 2.5 twice (tied, both named).
    expect(container.querySelector('.ck-summary > p')).toHaveTextContent(
      /^Close the largest gaps first: Institutional arrangements in the enabling environment \(3\.5 points\), Institutional arrangements in the organisation \(2\.5 points\) and Leadership in the enabling environment \(2\.5 points\)\./,
    );
  });
});
