import type { Membership } from '@capkit/model';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import '../themes/govuk.css';
import '../themes/uswds.css';
import './DataImport.css';
import { expectLookFont, inLook } from '../../test/stories/looks.js';
import { expectNoSidewaysScroll, narrowColumn } from '../../test/stories/reflow.js';
import {
  arabicMessages,
  arabicTargets,
  importCleanMemberships,
  importManyProblems,
  importMemberships,
  membershipFile,
  membershipTargets,
  readEmptyFile,
  type MembershipMapping,
  readMembershipFile,
  readSlowly,
  readUnreadableFile,
  suggestMembershipMapping,
  validateMembershipMapping,
} from '../../test/fixtures/DataImport.fixtures.js';
import { DataImport } from './DataImport.js';
import type { ImportPreview } from './importTypes.js';

// The widget is generic over what the importer returns; Storybook types its args from one instance.
const MembershipImport = DataImport<Membership[], MembershipMapping, ImportPreview>;

const meta = {
  title: 'Data/DataImport',
  component: MembershipImport,
  tags: ['autodocs'],
  args: {
    title: 'Import memberships',
    description: 'Who holds which role in which unit, from the HR system’s CSV export.',
    targets: membershipTargets,
    readFile: readMembershipFile,
    suggestMapping: suggestMembershipMapping,
    validateMapping: validateMembershipMapping,
    importWith: importMemberships,
    onConfirm: fn(),
    locale: 'en-GB',
  },
} satisfies Meta<typeof MembershipImport>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];
type User = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** Chooses the memberships file and continues to the mapping step. */
async function toMapping(canvas: Canvas, userEvent: User, name = 'memberships.csv') {
  await userEvent.upload(canvas.getByLabelText('CSV file'), membershipFile(name));
  await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
  await waitFor(() =>
    expect(canvas.getByRole('heading', { name: 'Check the columns' })).toHaveFocus(),
  );
}

/** Picks the column the suggestion could not name, and runs the importer. */
async function toProblems(canvas: Canvas, userEvent: User) {
  await toMapping(canvas, userEvent);
  await userEvent.selectOptions(
    canvas.getByRole('combobox', { name: 'Role (required)' }),
    'role_code',
  );
  await userEvent.click(canvas.getByRole('button', { name: 'Check the rows' }));
}

/** The first step: a labelled file input inside a drop zone; nothing imported yet. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.ck-summary')).toHaveTextContent(
      'Nothing is imported until you have checked the import and confirmed it.',
    );
    const input = canvas.getByLabelText('CSV file');
    await expect(input).toBeVisible();
    await expect(input.closest('.ck-data-import__drop')).toHaveTextContent(
      'You can also drop the file here.',
    );
  },
};

/** Continue with no file: the GOV.UK error summary takes focus and links to the input. */
export const NoFileChosen: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const alert = canvas.getByRole('alert');
    await expect(alert.parentElement).toHaveFocus();
    await userEvent.click(within(alert).getByRole('link', { name: 'Choose a CSV file' }));
    await expect(canvas.getByLabelText('CSV file')).toHaveFocus();
  },
};

/** The suggested mapping: one select per field; the role column is the user's to pick. */
export const Mapping: Story = {
  play: async ({ canvas, userEvent }) => {
    await toMapping(canvas, userEvent);
    await expect(canvas.getByRole('combobox', { name: 'Staff ID (required)' })).toHaveValue(
      'staff_id',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Check the rows' }));
    const summary = canvas.getByRole('alert');
    await expect(summary.parentElement).toHaveFocus();
    await userEvent.click(
      within(summary).getByRole('link', { name: 'Select the column that holds Role' }),
    );
    await expect(canvas.getByRole('combobox', { name: 'Role (required)' })).toHaveFocus();
  },
};

/** All or nothing: the importer's problems, by row and column, and nothing to continue with. */
export const RowErrors: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await toProblems(canvas, userEvent);
    const table = await canvas.findByRole('table', { name: '3 problems, by row' });
    await expect(within(table).getAllByRole('row')).toHaveLength(4);
    await expect(canvas.getByRole('alert').parentElement).toHaveFocus();
    await expect(canvas.queryByRole('button', { name: 'Continue' })).toBeNull();
    await expect(args.onConfirm).not.toHaveBeenCalled();
  },
};

/** Good rows only, checked, then confirmed: `onConfirm` is called once, at the very end. */
export const GoodRowsConfirmed: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await toProblems(canvas, userEvent);
    await userEvent.click(await canvas.findByRole('button', { name: 'Import only the good rows' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('heading', { name: 'Check your import' })).toHaveFocus();
    await expect(args.onConfirm).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm import' }));
    await expect(await canvas.findByRole('heading', { name: 'Import complete' })).toHaveFocus();
    await expect(args.onConfirm).toHaveBeenCalledTimes(1);
  },
};

/** A clean file goes from the mapping to the check step, by keyboard. */
export const CleanFile: Story = {
  args: { importWith: importCleanMemberships },
  play: async ({ canvas, userEvent }) => {
    await toMapping(canvas, userEvent);
    const role = canvas.getByRole('combobox', { name: 'Role (required)' });
    await userEvent.selectOptions(role, 'role_code');
    canvas.getByRole('button', { name: 'Check the rows' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('heading', { name: 'Check your import' })).toHaveFocus(),
    );
    await expect(canvas.getByText('Rows to import').nextElementSibling).toHaveTextContent('6');
  },
};

/** A long read: the progress bar with its words, and Cancel. */
export const ReadingProgress: Story = {
  args: { readFile: readSlowly },
  play: async ({ canvas, userEvent }) => {
    await userEvent.upload(canvas.getByLabelText('CSV file'), membershipFile());
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const progress = canvas.getByRole('progressbar', { name: 'Progress' });
    await expect(progress).toHaveAccessibleDescription('40% read, 12,000 rows so far');
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Cancelled. Nothing was imported.');
    await expect(canvas.getByRole('heading', { name: 'Choose a file' })).toHaveFocus();
  },
};

/** A file with a header and no rows. */
export const Empty: Story = {
  args: { readFile: readEmptyFile },
  play: async ({ canvas, userEvent }) => {
    await userEvent.upload(canvas.getByLabelText('CSV file'), membershipFile('empty.csv'));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('heading', { name: 'Nothing to import' })).toHaveFocus();
  },
};

export const Loading: Story = {
  args: { status: 'loading' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Getting the import ready…');
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'loading');
  },
};

// Not exported as `Error`, which would shadow the global in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: { readFile: readUnreadableFile },
  play: async ({ canvas, userEvent }) => {
    await userEvent.upload(canvas.getByLabelText('CSV file'), membershipFile('staff.xlsx'));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(
      await canvas.findByRole('heading', { name: 'The import did not finish' }),
    ).toHaveFocus();
    await expect(canvas.getByText(/looks like a spreadsheet/)).toBeVisible();
  },
};

/** 2,400 problems, 50 to a page, with a count. */
export const Large: Story = {
  args: { importWith: importManyProblems },
  play: async ({ canvas, userEvent }) => {
    await toProblems(canvas, userEvent);
    const table = await canvas.findByRole('table', { name: '2,400 problems, by row' });
    await expect(within(table).getAllByRole('row')).toHaveLength(51);
    await userEvent.click(canvas.getByRole('button', { name: 'Next problems' }));
    await expect(canvas.getByText('Showing 51 to 100 of 2,400 problems')).toBeVisible();
  },
};

export const RightToLeft: Story = {
  args: {
    title: 'استيراد العضويات',
    description: undefined,
    locale: 'ar',
    messages: arabicMessages,
    targets: arabicTargets,
  },
  decorators: [
    (Story) => (
      <div lang="ar" dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('section')).toHaveAttribute('dir', 'rtl');
    await userEvent.upload(canvas.getByLabelText('ملف CSV'), membershipFile());
    await userEvent.click(canvas.getByRole('button', { name: 'متابعة' }));
    const select = await canvas.findByRole('combobox', { name: 'الدور (مطلوب)' });
    // Right to left, a field's label starts at the right edge, as its select does.
    const label = canvasElement.querySelector(`label[for="${select.id}"]`);
    await expect(
      Math.abs((label?.getBoundingClientRect().right ?? 0) - select.getBoundingClientRect().right),
    ).toBeLessThan(2);
  },
};

export const Narrow: Story = {
  args: { importWith: importManyProblems },
  decorators: [narrowColumn],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expectNoSidewaysScroll(canvasElement);
    await toMapping(canvas, userEvent, 'memberships-with-a-long-file-name-2026-12-02.csv');
    await expectNoSidewaysScroll(canvasElement);
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Role (required)' }),
      'role_code',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Check the rows' }));
    await canvas.findByRole('table');
    await expectNoSidewaysScroll(canvasElement);
  },
};

function look(className: string | undefined, font: RegExp | undefined): Story {
  return {
    decorators: inLook(className),
    play: async ({ canvas, canvasElement, userEvent }) => {
      await expectLookFont(canvasElement, 'section', font);
      await toProblems(canvas, userEvent);
      await expect(await canvas.findByRole('table', { name: '3 problems, by row' })).toBeVisible();
    },
  };
}

export const DefaultLook: Story = look(undefined, undefined);
export const GovukLook: Story = look('ck-theme-govuk', /GDS Transport/);
export const UswdsLook: Story = look('ck-theme-uswds', /Source Sans Pro/);
