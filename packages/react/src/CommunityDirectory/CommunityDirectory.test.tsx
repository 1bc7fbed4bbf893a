import { digitalGovernmentFramework } from '@capkit/model/reference';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fr } from 'date-fns/locale';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicCommunities,
  arabicMessages,
  asOf,
  directoryAssets,
  directoryCommunities,
  directoryPersonalData,
  neededCompetencyIds,
} from '../../test/fixtures/CommunityDirectory.fixtures.js';
import { CommunityDirectory, type CommunityDirectoryProps } from './CommunityDirectory.js';

const title = 'Communities and centres of the ministry';
const summaryText = '4 communities and 2 centres of excellence; none builds Digital procurement.';

function directory(props: Partial<CommunityDirectoryProps> = {}) {
  return (
    <CommunityDirectory
      title={title}
      communities={directoryCommunities}
      assets={directoryAssets}
      frameworks={[digitalGovernmentFramework]}
      neededCompetencyIds={neededCompetencyIds}
      asOf={asOf}
      locale="en-GB"
      {...props}
    />
  );
}

function entryNames() {
  return screen.getAllByRole('article').map((article) => article.querySelector('h2')?.textContent);
}

describe('CommunityDirectory', () => {
  it('opens with the summary, then every community and centre by name', () => {
    const { container } = render(directory());
    expect(container.querySelector('.ck-summary')).toHaveTextContent(summaryText);
    expect(entryNames()).toEqual([
      'Accessibility community',
      'Centre of Excellence for ICT and Smart Systems',
      'Data and analytics network',
      'Digital Public Infrastructure Centre',
      'Northern region digital network',
      'Réseau numérique de la région Sud',
    ]);
    expect(screen.getByText('Réseau numérique de la région Sud')).toHaveAttribute('lang', 'fr');
    // The learning material among the assets is not a directory entry.
    expect(screen.queryByText('User research toolkit')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 6.');
  });

  it('shows a community’s members, competencies and activities split at asOf', () => {
    render(directory());
    const a11y = screen.getByRole('article', { name: 'Accessibility community' });
    expect(a11y).toHaveTextContent('Community of practice · Topic: Accessibility');
    expect(a11y).toHaveTextContent('Members5 members');
    expect(a11y).toHaveTextContent(
      'Competencies it buildsAccessibility and inclusion, Content design',
    );
    // The workshop on asOf itself is still upcoming; the May meetup is past.
    expect(a11y).toHaveTextContent(
      'Upcoming activities (2)Jun 15, 2026 Workshop: Accessible formsJul 9, 2026 Show and tell: Audit results',
    );
    expect(a11y).toHaveTextContent('Past activities (1)May 12, 2026 Meetup: Screen reader basics');
    expect(within(a11y).getByText('Jun 15, 2026')).toHaveAttribute('datetime', '2026-06-15');
    const data = screen.getByRole('article', { name: 'Data and analytics network' });
    expect(data).toHaveTextContent('Upcoming activities (0)None planned.');
  });

  it('lists members by pseudonymous id, and by name only when the app passes personal data', async () => {
    const user = userEvent.setup();
    const { unmount } = render(directory());
    const a11y = screen.getByRole('article', { name: 'Accessibility community' });
    await user.click(within(a11y).getByText('Who they are'));
    expect(within(a11y).getByText('By pseudonymous id.')).toBeVisible();
    expect(within(a11y).getByText('p-0000a001')).toBeVisible();
    expect(screen.queryByText('Amina Diallo')).not.toBeInTheDocument();
    unmount();
    render(directory({ personalData: directoryPersonalData }));
    const named = screen.getByRole('article', { name: 'Accessibility community' });
    await user.click(within(named).getByText('Who they are'));
    expect(within(named).getByText('Amina Diallo')).toBeVisible();
    expect(within(named).queryByText('By pseudonymous id.')).not.toBeInTheDocument();
    // Someone the personal data does not name keeps their pseudonymous id.
    expect(within(named).getByText('p-0000a003')).toBeVisible();
  });

  it('shows a centre’s capability centres and no members or activities', () => {
    render(directory());
    const centex = screen.getByRole('article', {
      name: 'Centre of Excellence for ICT and Smart Systems',
    });
    expect(centex).toHaveTextContent(
      'Centre of excellenceCompetencies it buildsCybersecurity, Geospatial information' +
        'Capability centresCybersecurity: CybersecurityGeospatial: Geospatial information',
    );
    expect(within(centex).queryByText('Members')).not.toBeInTheDocument();
  });

  it('filters by topic, region and capability area with the keyboard, announcing the count', async () => {
    const user = userEvent.setup();
    const onFilterChange = vi.fn();
    render(directory({ onFilterChange }));
    const topic = screen.getByRole('combobox', { name: 'Topic' });
    expect(
      within(topic)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All topics', 'Accessibility', 'Data']);
    // Native selects: the platform makes them keyboard operable; Tab reaches them in order.
    screen.getByRole('searchbox', { name: 'Search' }).focus();
    await user.tab();
    expect(topic).toHaveFocus();
    await user.selectOptions(topic, 'Data');
    expect(entryNames()).toEqual(['Data and analytics network']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 6.');
    // The summary keeps telling the whole story.
    expect(document.querySelector('.ck-summary')).toHaveTextContent(summaryText);
    await user.selectOptions(topic, 'All topics');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Région Sud');
    expect(entryNames()).toEqual(['Réseau numérique de la région Sud']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'All regions');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Capability area' }),
      'DG-4 Technology and engineering',
    );
    expect(entryNames()).toEqual(['Centre of Excellence for ICT and Smart Systems']);
    expect(onFilterChange).toHaveBeenLastCalledWith({
      topic: null,
      region: null,
      areaId: 'dg-area-technology',
      query: '',
    });
  });

  it('searches ignoring accents and case; Escape and the clear button undo it', async () => {
    const user = userEvent.setup();
    render(directory());
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'region SUD');
    expect(entryNames()).toEqual(['Réseau numérique de la région Sud']);
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    expect(entryNames()).toHaveLength(6);
    await user.type(search, 'nobody builds this');
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.getByText('Nothing matches these filters.')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 6.');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(entryNames()).toHaveLength(6);
    expect(search).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('gives a table of the same entries, filters kept', async () => {
    const user = userEvent.setup();
    render(directory({ defaultFilter: { query: 'network' } }));
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('table', { name: `${title}: communities and centres` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Name',
      'Kind',
      'Topic or region',
      'Members',
      'Next activity',
      'Last activity',
      'Competencies it builds',
    ]);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'Data and analytics networkCommunity of practiceData3None planned.Mar 3, 2026Data analysis, Data management',
      'Northern region digital networkCommunity of practiceNorthern region2Sep 1, 2026Not recordedUser research, Service design',
    ]);
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'infrastructure centre');
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent(
      'Digital Public Infrastructure CentreCentre of excellenceNot recordedNot recordedNot recordedNot recordedDigital identity, Digital payments',
    );
  });

  it('says what the communities build when the app names no needed competency', () => {
    const { container } = render(directory({ neededCompetencyIds: undefined }));
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '4 communities and 2 centres of excellence; together they build 11 competencies.',
    );
  });

  it('says so when every needed competency is built', () => {
    const { container } = render(directory({ neededCompetencyIds: ['dg-cybersecurity'] }));
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      '4 communities and 2 centres of excellence; together they build every competency you need (1).',
    );
  });

  it('formats dates with the date-fns locale the app passes and a Date asOf in UTC', () => {
    render(directory({ dateLocale: fr, asOf: new Date('2026-06-16T01:00:00Z') }));
    const a11y = screen.getByRole('article', { name: 'Accessibility community' });
    expect(a11y).toHaveTextContent('Upcoming activities (1)9 juil. 2026 Show and tell');
    expect(a11y).toHaveTextContent('Past activities (2)15 juin 2026 Workshop');
  });

  it('shows the load states and the empty directory', () => {
    const { rerender, unmount } = render(directory({ status: 'loading' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the directory…');
    rerender(directory({ status: 'error', errorMessage: 'The directory service is down.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The directory service is down.');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    unmount();
    render(directory({ communities: [], assets: directoryAssets.slice(2) }));
    expect(
      screen.getByText('No communities of practice or centres of excellence yet.'),
    ).toBeVisible();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('reads right to left with Arabic names and strings', () => {
    const { container } = render(
      directory({
        locale: 'ar',
        communities: arabicCommunities,
        assets: [],
        messages: arabicMessages,
      }),
    );
    expect(container.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('.ck-summary')).toHaveTextContent('مجتمعان ولا مراكز تميّز.');
    expect(screen.getByText('مجتمع تصميم الخدمات')).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('article', { name: 'شبكة المنطقة الشمالية' })).toHaveTextContent(
      'الأعضاءعضو واحد',
    );
    expect(screen.getByRole('combobox', { name: 'المنطقة' })).toBeVisible();
  });

  it('uses its headingLevel for the entries', () => {
    render(directory({ headingLevel: 4 }));
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(6);
  });

  it('has no axe violations in the list, filtered, with members open, and in the table', async () => {
    const user = userEvent.setup();
    const { container } = render(directory({ personalData: directoryPersonalData }));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getAllByText('Who they are')[0] as HTMLElement);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'Accessibility');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(directory({ dateLocale: fr }));
    expect(result.html).toContain('none builds Digital procurement');
    expect(result.html).toContain('9 juil. 2026');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    result.unmount();
  });
});
