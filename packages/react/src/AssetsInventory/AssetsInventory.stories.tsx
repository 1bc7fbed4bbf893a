import { resolveLocalizedText } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './AssetsInventory.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
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
  manyAssets,
  ministryAssets,
} from '../../test/fixtures/AssetsInventory.fixtures.js';
import { AssetsInventory } from './AssetsInventory.js';

// The sample ministry's assets (one of every kind), its plan and communities: deterministic.
const sample = generateSampleWorkspace({ people: 60, responses: false, personalData: false });
const sampleCompetencyNames = Object.fromEntries(
  sample.frameworks.flatMap((framework) =>
    framework.competencies.map((competency) => [
      competency.id,
      resolveLocalizedText(competency.label, ['en']).text,
    ]),
  ),
);

const meta = {
  title: 'Assets/AssetsInventory',
  component: AssetsInventory,
  tags: ['autodocs'],
  args: {
    title: 'Capacity assets of the ministry',
    description: 'What the ministry can already build on, and what each can serve in the plan.',
    assets: ministryAssets,
    plan: assetPlan,
    competencyNames: assetCompetencyNames,
    communities: assetCommunities,
    locale: 'en-GB',
  },
} satisfies Meta<typeof AssetsInventory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample ministry: six assets, every competency of its plan covered by one at least. */
export const Default: Story = {
  args: {
    assets: sample.assets,
    plan: sample.plans[0],
    communities: sample.communities,
    competencyNames: sampleCompetencyNames,
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      '6 of 6 capacity assets build competencies the plan needs. ' +
        'Every needed competency has at least one asset.',
    );
    await expect(canvas.getAllByRole('article')).toHaveLength(6);
    const centre = canvas.getByRole('article', {
      name: 'Centre of Excellence for ICT and Smart Systems',
    });
    await expect(centre).toHaveTextContent(
      'Secondments to the centre of excellence: the plan builds on it and shares Cybersecurity',
    );
  },
};

/** The hand-made inventory: one need (change management) has no asset; cards side by side. */
export const Inventory: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(inventorySummary);
    const [first, second] = canvas.getAllByRole('article');
    await expect(first?.getBoundingClientRect().right).toBeLessThanOrEqual(
      (second?.getBoundingClientRect().left ?? 0) + 1,
    );
  },
};

/** Tab to the filters and choose: the cards and the count (a polite status) follow. */
export const Filtered: Story = {
  play: async ({ canvas, userEvent }) => {
    canvas.getByRole('button', { name: 'Table' }).focus();
    await userEvent.tab();
    const competency = canvas.getByRole('combobox', { name: 'Competency' });
    await expect(competency).toHaveFocus();
    await userEvent.selectOptions(competency, 'Accessibility');
    await userEvent.tab();
    const kind = canvas.getByRole('combobox', { name: 'Kind' });
    await expect(kind).toHaveFocus();
    await userEvent.selectOptions(kind, 'Learning material');
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing 1 of 6 assets.');
    await userEvent.selectOptions(competency, 'Change management');
    await expect(canvas.getByText('No asset matches these filters.')).toBeVisible();
  },
};

/** Trained people by pseudonymous id: the list opens from its count with Enter. */
export const TrainedPeople: Story = {
  play: async ({ canvas, userEvent }) => {
    const mentors = canvas.getByRole('article', { name: 'Data mentors' });
    const toggle = within(mentors).getByRole('button', { name: '3 people' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(within(mentors).getByText('p-108')).not.toBeVisible();
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(within(mentors).getByText('p-108')).toBeVisible();
    await expect(canvas.queryByText(/Amina Diallo/)).toBeNull();
  },
};

/** Names beside the ids, because the app passed personal data. */
export const WithPersonalData: Story = {
  args: { personalData: assetPersonalData },
  play: async ({ canvas, userEvent }) => {
    const mentors = canvas.getByRole('article', { name: 'Data mentors' });
    await userEvent.click(within(mentors).getByRole('button', { name: '3 people' }));
    await expect(within(mentors).getByText(/Amina Diallo/)).toBeVisible();
  },
};

export const Table: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /assets and what they serve/ });
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
  },
};

export const Empty: Story = {
  args: { assets: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No capacity assets recorded yet.')).toBeVisible();
    await expect(canvas.queryByRole('article')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the capacity assets…');
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('data-state', 'loading');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The asset register could not be reached.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/could not be reached/);
  },
};

export const Large: Story = {
  args: { title: '240 capacity assets', assets: manyAssets(240) },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(240);
    // Ten competencies cycle over the assets; six of them are needed and all are built.
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      '144 of 240 capacity assets build competencies the plan needs.',
    );
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Kind' }), 'Trained people');
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing 48 of 240 assets.');
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'أصول بناء القدرات',
    description: undefined,
    locale: 'ar',
    assets: arabicAssets,
    plan: undefined,
    neededCompetencyIds: arabicNeeded,
    competencyNames: arabicCompetencyNames,
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
    // The first card is on the right, right to left.
    const [first, second] = canvas.getAllByRole('article');
    await expect(second?.getBoundingClientRect().right).toBeLessThanOrEqual(
      (first?.getBoundingClientRect().left ?? 0) + 1,
    );
  },
};

export const Narrow: Story = {
  args: { personalData: assetPersonalData },
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    // Stacked: each card below the one before.
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
      await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(inventorySummary);
      await expect(canvas.getByRole('article', { name: 'Civil Service College' })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
