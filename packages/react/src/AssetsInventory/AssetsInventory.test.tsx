import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicAssets,
  arabicCompetencyNames,
  arabicMessages,
  arabicNeeded,
  assetCommunities,
  assetCompetencyNames,
  assetPersonalData,
  assetPlan,
  inventorySummary,
  ministryAssets,
} from '../../test/fixtures/AssetsInventory.fixtures.js';
import { AssetsInventory, type AssetsInventoryProps } from './AssetsInventory.js';

const title = 'Capacity assets of the ministry';

function inventory(props: Partial<AssetsInventoryProps> = {}) {
  return (
    <AssetsInventory
      title={title}
      assets={ministryAssets}
      plan={assetPlan}
      competencyNames={assetCompetencyNames}
      communities={assetCommunities}
      locale="en-GB"
      {...props}
    />
  );
}

function card(name: string) {
  return screen.getByRole('article', { name });
}

function shownIds() {
  return screen.queryAllByRole('article').map((article) => article.getAttribute('data-id'));
}

describe('AssetsInventory', () => {
  it('opens with the summary, then one card per asset with what it serves', () => {
    const { container } = render(inventory());
    expect(container.querySelector('.ck-summary')).toHaveTextContent(inventorySummary);
    expect(shownIds()).toEqual([
      'a-mentors',
      'a-academy',
      'a-cop',
      'a-centre',
      'a-guide',
      'a-video',
    ]);
    expect(card('Civil Service College')).toHaveTextContent(
      'Civil Service College' +
        'Training institution' +
        'BuildsUser research, Digital procurement and Digital leadership' +
        'Details240 places a year' +
        'Serves in the plan' +
        'User research workshops: shares User research' +
        'Leadership coaching: the plan builds on it and shares Digital leadership' +
        'Needed competencies coveredUser research and Digital leadership',
    );
    expect(card('Digital Centre of Excellence')).toHaveTextContent(
      'BuildsCybersecurity and Geospatial' +
        'DetailsCapability centresCybersecurity centre (Cybersecurity)Geospatial centre (Geospatial)',
    );
    expect(card('Data community')).toHaveTextContent(
      'DetailsData community of practice, 4 members',
    );
    const guide = card('Accessible documents guide');
    expect(guide).toHaveTextContent('DetailsGuide in English and French');
    expect(
      within(guide).getByRole('link', { name: 'Open Accessible documents guide' }),
    ).toHaveAttribute('href', 'https://learning.example/guides/accessible-documents');
    // Only the cancelled workshop names the video: it serves nothing in the plan.
    expect(card('Records retention in ten minutes')).toHaveTextContent(
      'Serves in the planNoneNeeded competencies coveredNone',
    );
    expect(within(card('Data mentors')).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Data mentors',
    );
  });

  it('shows trained people by pseudonymous id only, unless the app passes personal data', async () => {
    const user = userEvent.setup();
    const { unmount } = render(inventory());
    const mentors = card('Data mentors');
    const toggle = within(mentors).getByRole('button', { name: '3 people' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const people = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(people).not.toBeVisible();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(people).toBeVisible();
    expect([...mentors.querySelectorAll('[data-person-id]')].map((li) => li.textContent)).toEqual([
      'p-017',
      'p-042',
      'p-108',
    ]);
    expect(screen.queryByText(/Amina Diallo/)).not.toBeInTheDocument();
    unmount();
    render(inventory({ personalData: assetPersonalData }));
    expect(
      [...card('Data mentors').querySelectorAll('[data-person-id]')].map((li) => li.textContent),
    ).toEqual(['Amina Diallo p-017', 'Jonas Berg p-042', 'p-108']);
  });

  it('filters by competency and by kind with the keyboard, announcing the count politely', async () => {
    const user = userEvent.setup();
    render(inventory());
    const count = screen.getByRole('status');
    expect(count).toHaveTextContent('Showing all 6 assets.');
    const competency = screen.getByRole('combobox', { name: 'Competency' });
    // Tab from the view switch reaches the filters: native selects, keyboard operable.
    screen.getByRole('button', { name: 'Table' }).focus();
    await user.tab();
    expect(competency).toHaveFocus();
    await user.selectOptions(competency, 'Accessibility');
    expect(shownIds()).toEqual(['a-cop', 'a-guide']);
    expect(count).toHaveTextContent('Showing 2 of 6 assets.');
    await user.tab();
    const kind = screen.getByRole('combobox', { name: 'Kind' });
    expect(kind).toHaveFocus();
    await user.selectOptions(kind, 'Learning material');
    expect(shownIds()).toEqual(['a-guide']);
    expect(count).toHaveTextContent('Showing 1 of 6 assets.');
    // The summary keeps telling the whole story.
    expect(document.querySelector('.ck-summary')).toHaveTextContent(inventorySummary);
    await user.selectOptions(competency, 'Change management');
    expect(shownIds()).toEqual([]);
    expect(screen.getByText('No asset matches these filters.')).toBeVisible();
    expect(count).toHaveTextContent('Showing 0 of 6 assets.');
    expect(
      within(kind)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'All kinds',
      'Trained people',
      'Training institution',
      'Community of practice',
      'Centre of excellence',
      'Learning material',
    ]);
  });

  it('gives a table of the same assets as the cards’ alternative, filters kept', async () => {
    const user = userEvent.setup();
    render(inventory());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Competency' }), 'Data literacy');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: `${title}: assets and what they serve` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Asset',
      'Kind',
      'Builds',
      'Details',
      'Serves in the plan',
      'Needed competencies covered',
    ]);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'Data mentorsTrained peopleData literacy3 peoplep-017p-042p-108' +
        'Data literacy course: the plan builds on it and shares Data literacyData literacy',
      'Data communityCommunity of practiceData literacy and AccessibilityData community of practice, 4 members' +
        'Data literacy course: shares Data literacyUser research workshops: shares Accessibility' +
        'Data literacy and Accessibility',
    ]);
  });

  it('matches what the app says is needed instead of the plan’s targets', () => {
    const { container, rerender } = render(
      inventory({ neededCompetencyIds: ['geospatial', 'records', 'cloud-ops', 'procurement'] }),
    );
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '3 of 6 capacity assets build competencies the plan needs. ' +
        'No asset builds Cloud operations yet.',
    );
    rerender(inventory({ neededCompetencyIds: ['geospatial'] }));
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '1 of 6 capacity assets builds the competency the plan needs. ' +
        'Every needed competency has at least one asset.',
    );
    rerender(inventory({ plan: undefined }));
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '6 capacity assets; no needed competencies to match them against.',
    );
    expect(card('Data mentors')).toHaveTextContent('Serves in the planNone');
  });

  it('starts its card headings at the level the page asks for', () => {
    render(inventory({ headingLevel: 4 }));
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(6);
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  it('shows the load states and the empty inventory', () => {
    const { rerender, unmount } = render(inventory({ status: 'loading' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the capacity assets…');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    rerender(inventory({ status: 'error', errorMessage: 'The asset register is offline.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The asset register is offline.');
    unmount();
    const { container } = render(inventory({ assets: [] }));
    expect(screen.getByText('No capacity assets recorded yet.')).toBeVisible();
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'empty');
  });

  it('reads right to left with Arabic names and strings', () => {
    const { container } = render(
      inventory({
        locale: 'ar',
        assets: arabicAssets,
        plan: undefined,
        neededCompetencyIds: arabicNeeded,
        competencyNames: arabicCompetencyNames,
        messages: arabicMessages,
      }),
    );
    expect(container.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '3 من 3 أصول تبني كفاءات تحتاجها الخطة. لا يبني أي أصل بعدُ: إمكانية الوصول.',
    );
    expect(screen.getByText('مرشدو البيانات')).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('combobox', { name: 'النوع' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'بطاقات' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('has no axe violations on the cards, filtered to none, and in the table', async () => {
    const user = userEvent.setup();
    const { container } = render(inventory({ personalData: assetPersonalData }));
    expect(await axeViolations(container)).toEqual([]);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Competency' }),
      'Change management',
    );
    expect(await axeViolations(container)).toEqual([]);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Competency' }),
      'All competencies',
    );
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(inventory({ personalData: assetPersonalData }));
    expect(result.html).toContain('No asset builds Change management yet.');
    expect(result.html).toContain('Amina Diallo');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    result.unmount();
  });
});
