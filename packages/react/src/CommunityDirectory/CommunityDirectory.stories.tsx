import { generateSampleWorkspace } from '@capkit/model/sample';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fr } from 'date-fns/locale';
import { expect, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './CommunityDirectory.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicCommunities,
  arabicMessages,
  asOf,
  directoryAssets,
  directoryCommunities,
  directoryPersonalData,
  largeAssets,
  largeCommunities,
  neededCompetencyIds,
} from '../../test/fixtures/CommunityDirectory.fixtures.js';
import { CommunityDirectory } from './CommunityDirectory.js';

// The sample ministry: two communities, one centre of excellence with six capability centres.
const sample = generateSampleWorkspace({ people: 200, responses: false });

const meta = {
  title: 'Knowledge/CommunityDirectory',
  component: CommunityDirectory,
  tags: ['autodocs'],
  args: {
    title: 'Communities and centres of the ministry',
    description: 'Where staff learn from each other, and what each place builds.',
    communities: directoryCommunities,
    assets: directoryAssets,
    frameworks: sample.frameworks,
    neededCompetencyIds,
    asOf,
    locale: 'en-GB',
  },
} satisfies Meta<typeof CommunityDirectory>;

export default meta;
type Story = StoryObj<typeof meta>;

const summaryText = '4 communities and 2 centres of excellence; none builds Digital procurement.';

/** The sample ministry's communities and its centre of excellence, on 15 June 2026. */
export const Default: Story = {
  args: {
    communities: sample.communities,
    assets: sample.assets,
    neededCompetencyIds: ['dg-digital-procurement', 'dg-cybersecurity'],
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      '2 communities and 1 centre of excellence; none builds Digital procurement.',
    );
    await expect(canvas.getAllByRole('article')).toHaveLength(3);
    const centre = canvas.getByRole('article', {
      name: 'Centre of Excellence for ICT and Smart Systems',
    });
    await expect(within(centre).getByText('Capability centres')).toBeVisible();
  },
};

/** Members by name: only because the app passes personal data. A native disclosure opens them. */
export const WithPersonalData: Story = {
  args: { personalData: directoryPersonalData },
  play: async ({ canvas, userEvent }) => {
    const a11y = canvas.getByRole('article', { name: 'Accessibility community' });
    const disclosure = within(a11y).getByText('Who they are');
    await expect(within(a11y).getByText('Amina Diallo')).not.toBeVisible();
    await userEvent.click(disclosure);
    await expect(within(a11y).getByText('Amina Diallo')).toBeVisible();
    await expect(within(a11y).getByText('p-0000a003')).toBeVisible();
  },
};

/** Filter by keyboard: Tab to a select, pick a value; the count is announced politely. */
export const Filtered: Story = {
  play: async ({ canvas, userEvent }) => {
    canvas.getByRole('searchbox', { name: 'Search' }).focus();
    await userEvent.tab();
    await userEvent.tab();
    const region = canvas.getByRole('combobox', { name: 'Region' });
    await expect(region).toHaveFocus();
    await userEvent.selectOptions(region, 'Northern region');
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing 1 of 6.');
    await userEvent.selectOptions(region, 'All regions');
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Capability area' }),
      'DG-1 Digital public infrastructure',
    );
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
    await expect(
      canvas.getByRole('article', { name: 'Digital Public Infrastructure Centre' }),
    ).toBeVisible();
  },
};

/** One search, accents and capitals ignored; Escape clears it. */
export const Search: Story = {
  play: async ({ canvas, userEvent }) => {
    const search = canvas.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(search, 'region sud');
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
    await expect(canvas.getByText('Réseau numérique de la région Sud')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getAllByRole('article')).toHaveLength(6);
  },
};

/** French activity dates through date-fns. */
export const FrenchDates: Story = {
  args: { dateLocale: fr },
  play: async ({ canvas }) => {
    const a11y = canvas.getByRole('article', { name: 'Accessibility community' });
    await expect(within(a11y).getByText('9 juil. 2026')).toBeVisible();
  },
};

export const Table: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /communities and centres/ });
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
  },
};

export const Empty: Story = {
  args: { communities: [], assets: [] },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText('No communities of practice or centres of excellence yet.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('article')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the directory…');
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('data-state', 'loading');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The directory service could not be reached.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/could not be reached/);
  },
};

export const Large: Story = {
  args: {
    title: '200 communities and 20 centres',
    communities: largeCommunities,
    assets: largeAssets,
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(220);
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^200 communities and 20 centres of excellence; /,
    );
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Topic' }), 'Cloud');
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing 30 of 220.');
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'دليل المجتمعات ومراكز التميّز',
    description: undefined,
    locale: 'ar',
    communities: arabicCommunities,
    assets: [],
    messages: arabicMessages,
  },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('dir', 'rtl');
    const entry = canvas.getByRole('article', { name: 'مجتمع تصميم الخدمات' });
    // The thick edge is on the start side: the right, right to left.
    const style = getComputedStyle(entry);
    await expect(parseFloat(style.borderRightWidth)).toBeGreaterThan(
      parseFloat(style.borderLeftWidth),
    );
  },
};

export const Narrow: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    const [first, second] = canvas.getAllByRole('article');
    await expect(first?.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      (second?.getBoundingClientRect().top ?? 0) + 1,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Table' }));
    await expectNoSidewaysScroll(canvasElement);
  },
};

function look(className: string | undefined, font: RegExp | undefined): Story {
  return {
    decorators: inLook(className),
    play: async ({ canvas, canvasElement }) => {
      await expectLookFont(canvasElement, 'figure', font);
      await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(summaryText);
      await expect(canvas.getByRole('article', { name: 'Accessibility community' })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
