import { resolveLocalizedText } from '@capkit/model';
import { generateSampleWorkspace } from '@capkit/model/sample';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './KnowledgeCycleBoard.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicItems,
  arabicMessages,
  asOf,
  competencyNames,
  knowledgeCommunities,
  largeItems,
  ministryItems,
} from '../../test/fixtures/KnowledgeCycleBoard.fixtures.js';
import { KnowledgeCycleBoard } from './KnowledgeCycleBoard.js';

// The sample ministry's knowledge items, communities and competency names: deterministic.
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
  title: 'Knowledge/KnowledgeCycleBoard',
  component: KnowledgeCycleBoard,
  tags: ['autodocs'],
  args: {
    title: 'Knowledge of the digital skills programme',
    description: 'Lessons, guides and cases moving through the knowledge cycle.',
    defaultItems: ministryItems,
    competencyNames,
    communities: knowledgeCommunities,
    asOf,
    locale: 'en-GB',
  },
} satisfies Meta<typeof KnowledgeCycleBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

const summaryText = '12 knowledge items; 4 are stuck at ‘created’ and have not been shared yet.';

/** The sample ministry's six items, one or more at every stage. */
export const Default: Story = {
  args: {
    defaultItems: sample.knowledgeItems,
    communities: sample.communities,
    competencyNames: sampleCompetencyNames,
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      /^6 knowledge items; /,
    );
    await expect(canvas.getAllByRole('region')).toHaveLength(5);
    await expect(canvas.getAllByRole('article')).toHaveLength(6);
  },
};

/** The hand-made board: four items stuck at 'created'. Columns run along the reading direction. */
export const Board: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(summaryText);
    const identified = canvas.getByRole('region', { name: /^Identified/ });
    const utilised = canvas.getByRole('region', { name: /^Utilised/ });
    await expect(identified.getBoundingClientRect().right).toBeLessThanOrEqual(
      utilised.getBoundingClientRect().left + 1,
    );
  },
};

/** Focus a card, move it with the arrow keys, hear where it landed; then by button. */
export const KeyboardMove: Story = {
  play: async ({ canvas, userEvent }) => {
    const consent = canvas.getByRole('article', { name: 'Consent patterns' });
    consent.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Consent patterns moved to shared, stage 3 of 5.',
    );
    const shared = canvas.getByRole('region', { name: /^Shared \(4 items\)/ });
    await waitFor(() =>
      expect(within(shared).getByRole('article', { name: 'Consent patterns' })).toHaveFocus(),
    );
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Consent patterns moved to created, stage 2 of 5.',
    );
    const card = within(canvas.getByRole('region', { name: /^Created/ })).getByRole('article', {
      name: 'Consent patterns',
    });
    await userEvent.click(within(card).getByRole('button', { name: 'Move to shared' }));
    await expect(within(shared).getByText('Consent patterns')).toBeVisible();
  },
};

/** Filter with the keyboard: the board and the count follow. */
export const Filtered: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Community' }),
      'Service design network',
    );
    await expect(canvas.getAllByRole('article')).toHaveLength(4);
    await expect(canvas.getByText('Showing 4 of 12 items.')).toBeVisible();
  },
};

export const Table: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /knowledge items by stage/ });
    await expect(within(table).getAllByRole('row')).toHaveLength(13);
  },
};

export const Empty: Story = {
  args: { defaultItems: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No knowledge items yet.')).toBeVisible();
    await expect(canvas.queryByRole('article')).toBeNull();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the knowledge items…');
    await expect(canvasElement.querySelector('figure')).toHaveAttribute('data-state', 'loading');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The knowledge library could not be reached.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/could not be reached/);
  },
};

export const Large: Story = {
  args: { title: '300 knowledge items', defaultItems: largeItems },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(300);
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      '300 knowledge items; 60 are stuck at ‘created’ and have not been shared yet.',
    );
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'المعرفة في برنامج المهارات الرقمية',
    description: undefined,
    locale: 'ar',
    defaultItems: arabicItems,
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
    // The first stage is on the right, right to left.
    const identified = canvas.getByRole('region', { name: /^حُدّد/ });
    const utilised = canvas.getByRole('region', { name: /^استُخدم/ });
    await expect(utilised.getBoundingClientRect().right).toBeLessThanOrEqual(
      identified.getBoundingClientRect().left + 1,
    );
  },
};

export const Narrow: Story = {
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    // Stacked: each column below the one before.
    const identified = canvas.getByRole('region', { name: /^Identified/ });
    const created = canvas.getByRole('region', { name: /^Created/ });
    await expect(identified.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      created.getBoundingClientRect().top + 1,
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
      await expect(canvas.getByRole('article', { name: 'Consent patterns' })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
