import type { KnowledgeItem } from '@capkit/model';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fr } from 'date-fns/locale';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicItems,
  arabicMessages,
  asOf,
  competencyNames,
  knowledgeCommunities,
  ministryItems,
} from '../../test/fixtures/KnowledgeCycleBoard.fixtures.js';
import { KnowledgeCycleBoard, type KnowledgeCycleBoardProps } from './KnowledgeCycleBoard.js';

const title = 'Knowledge of the digital skills programme';
const summaryText = '12 knowledge items; 4 are stuck at ‘created’ and have not been shared yet.';

function board(props: Partial<KnowledgeCycleBoardProps> = {}) {
  return (
    <KnowledgeCycleBoard
      title={title}
      defaultItems={ministryItems}
      asOf={asOf}
      competencyNames={competencyNames}
      communities={knowledgeCommunities}
      locale="en-GB"
      {...props}
    />
  );
}

function column(name: RegExp) {
  return screen.getByRole('region', { name });
}

function cardTitles(region: HTMLElement) {
  return within(region)
    .queryAllByRole('article')
    .map((card) => card.querySelector('h3')?.textContent);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('KnowledgeCycleBoard', () => {
  it('opens with the summary, then one column per stage with its cards', () => {
    const { container } = render(board());
    expect(container.querySelector('.ck-summary')).toHaveTextContent(summaryText);
    const regions = screen.getAllByRole('region');
    expect(regions.map((region) => region.querySelector('h2')?.textContent)).toEqual([
      'Identified (2 items)',
      'Created (4 items)',
      'Shared (3 items)',
      'Stored (1 item)',
      'Utilised (2 items)',
    ]);
    expect(cardTitles(column(/^Created/))).toEqual([
      'Cleaning the payroll extract',
      'Consent patterns',
      'Buying cloud services',
      'Alt text for charts',
    ]);
    const consent = screen.getByRole('article', { name: 'Consent patterns' });
    expect(consent).toHaveTextContent(
      'Consent patternsCompetenciesUser research, AccessibilityCommunityService design network' +
        'Reached Feb 15, 2026← Move back to identifiedMove to shared →',
    );
    expect(screen.getByRole('article', { name: 'Buying cloud services' })).toHaveTextContent(
      'CommunityNo community',
    );
    // No button past either end of the cycle.
    const first = screen.getByRole('article', { name: 'Dashboard style guide' });
    expect(
      within(first)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Move to created →']);
  });

  it('moves a card by buttons, appends the stamped history entry and reports it', async () => {
    const user = userEvent.setup();
    const onItemChange = vi.fn();
    render(board({ onItemChange }));
    const consent = screen.getByRole('article', { name: 'Consent patterns' });
    await user.click(within(consent).getByRole('button', { name: 'Move to shared' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Consent patterns moved to shared, stage 3 of 5.',
    );
    const [moved, items] = onItemChange.mock.calls[0] as [KnowledgeItem, KnowledgeItem[]];
    expect(moved.stage).toBe('shared');
    expect(moved.history.at(-1)).toEqual({ stage: 'shared', at: asOf });
    expect(items.map((item) => item.id)).toEqual(ministryItems.map((item) => item.id));
    expect(cardTitles(column(/^Shared \(4 items\)/))).toContain('Consent patterns');
    expect(document.querySelector('.ck-summary')).toHaveTextContent(
      '12 knowledge items; 3 are stuck at ‘created’ and have not been shared yet.',
    );
    // Focus followed the card to its new column.
    const again = within(column(/^Shared/)).getByRole('article', { name: 'Consent patterns' });
    expect(again).toHaveFocus();
    expect(again).toHaveTextContent('Reached Dec 2, 2026');
    await user.click(within(again).getByRole('button', { name: 'Move back to created' }));
    expect(cardTitles(column(/^Created \(4 items\)/))).toContain('Consent patterns');
  });

  it('moves a focused card with the arrow keys and announces each move and the edge', async () => {
    const user = userEvent.setup();
    const onItemChange = vi.fn();
    render(board({ onItemChange }));
    screen.getByRole('article', { name: 'Accessibility checklist' }).focus();
    await user.keyboard('{ArrowRight}');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Accessibility checklist moved to utilised, stage 5 of 5.');
    const moved = within(column(/^Utilised/)).getByRole('article', {
      name: 'Accessibility checklist',
    });
    expect(moved).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(status).toHaveTextContent(
      'Accessibility checklist is already at utilised; it cannot move further.',
    );
    expect(onItemChange).toHaveBeenCalledTimes(1);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(status).toHaveTextContent('Accessibility checklist moved to shared, stage 3 of 5.');
    expect(
      within(column(/^Shared/)).getByRole('article', { name: 'Accessibility checklist' }),
    ).toHaveFocus();
    // Arrow keys on a card's buttons do not move it.
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(onItemChange).toHaveBeenCalledTimes(3);
  });

  it('mirrors the arrow keys right to left', async () => {
    const user = userEvent.setup();
    const onItemChange = vi.fn();
    render(board({ dir: 'rtl', onItemChange }));
    screen.getByRole('article', { name: 'Consent patterns' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect((onItemChange.mock.calls[0]?.[0] as KnowledgeItem).stage).toBe('shared');
  });

  it('shows what the app passes when controlled, stamping the asOf it is given', async () => {
    const user = userEvent.setup();
    const stamps: string[] = [];
    function Controlled() {
      const [items, setItems] = useState(ministryItems);
      return board({
        items,
        defaultItems: undefined,
        asOf: new Date('2027-01-05T10:00:00Z'),
        onItemChange: (moved, next) => {
          stamps.push(`${moved.id} ${moved.stage} ${moved.history.at(-1)?.at.slice(0, 10) ?? ''}`);
          setItems(next);
        },
      });
    }
    render(<Controlled />);
    screen.getByRole('article', { name: 'Interviewing users at the counter' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(stamps).toEqual(['k2 created 2027-01-05', 'k2 shared 2027-01-05']);
    expect(cardTitles(column(/^Shared/))).toContain('Interviewing users at the counter');
  });

  it('filters by competency and by community with the keyboard', async () => {
    const user = userEvent.setup();
    render(board());
    const competency = screen.getByRole('combobox', { name: 'Competency' });
    await user.selectOptions(competency, 'Accessibility');
    expect(screen.getAllByRole('article').map((card) => card.getAttribute('data-id'))).toEqual([
      'k4',
      'k6',
      'k10',
    ]);
    expect(screen.getByText('Showing 3 of 12 items.')).toBeVisible();
    // The summary keeps telling the whole story.
    expect(document.querySelector('.ck-summary')).toHaveTextContent(summaryText);
    const community = screen.getByRole('combobox', { name: 'Community' });
    community.focus();
    await user.selectOptions(community, 'No community');
    expect(screen.queryAllByRole('article')).toEqual([]);
    await user.selectOptions(competency, 'All competencies');
    expect(screen.getAllByRole('article').map((card) => card.getAttribute('data-id'))).toEqual([
      'k2',
      'k5',
      'k9',
      'k12',
    ]);
    expect(
      within(community)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'All communities',
      'Data community of practice',
      'No community',
      'Service design network',
    ]);
  });

  it('gives a table of the same items as the board’s alternative, filters kept', async () => {
    const user = userEvent.setup();
    render(board());
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Community' }),
      'Data community of practice',
    );
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: `${title}: knowledge items by stage` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Knowledge item', 'Stage', 'Reached stage', 'Competencies', 'Community']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'Dashboard style guideIdentifiedSep 15, 2026Data literacyData community of practice',
      'Cleaning the payroll extractCreatedFeb 15, 2026Data literacyData community of practice',
      'Running a data clinicSharedMar 15, 2026Data literacyData community of practice',
      'Data quality rulesUtilisedMay 15, 2026Data literacyData community of practice',
    ]);
  });

  it('formats dates with the date-fns locale the app passes', () => {
    render(board({ dateLocale: fr }));
    expect(screen.getByRole('article', { name: 'Consent patterns' })).toHaveTextContent(
      'Reached 15 févr. 2026',
    );
  });

  it('shows the load states and the empty board', () => {
    const { rerender, unmount } = render(board({ status: 'loading' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the knowledge items…');
    rerender(board({ status: 'error', errorMessage: 'The library is offline.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The library is offline.');
    expect(screen.queryByRole('region')).toBeNull();
    unmount();
    render(board({ defaultItems: [] }));
    expect(screen.getByText('No knowledge items yet.')).toBeVisible();
  });

  it('reads right to left with Arabic titles and strings', () => {
    const { container } = render(
      board({ locale: 'ar', defaultItems: arabicItems, messages: arabicMessages }),
    );
    expect(container.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '5 عناصر معرفية؛ 2 منها متوقفة عند «أُنشئ» ولم تُشارك بعد.',
    );
    expect(screen.getByText('أنماط طلب الموافقة')).toHaveAttribute('lang', 'ar');
    const consent = screen.getByRole('article', { name: 'أنماط طلب الموافقة' });
    expect(within(consent).getByRole('button', { name: 'نقل إلى «شورك»' })).toHaveTextContent(
      'نقل إلى «شورك» ←',
    );
  });

  it('has no axe violations on the board, filtered, and in the table', async () => {
    const user = userEvent.setup();
    const { container } = render(board());
    expect(await axeViolations(container)).toEqual([]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Competency' }), 'Data literacy');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(board());
    expect(result.html).toContain('4 are stuck at ‘created’');
    expect(result.html).toContain('Move to shared');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    result.unmount();
  });
});
