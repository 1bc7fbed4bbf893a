import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../test/helpers/axe.js';
import { renderOnServerThenHydrate } from '../../test/helpers/ssr.js';
import {
  arabicMessages,
  arabicTargets,
  importBrokenFile,
  importCleanMemberships,
  importManyProblems,
  importMemberships,
  importSlowly,
  membershipFile,
  membershipTargets,
  readEmptyFile,
  readMembershipFile,
  readSlowly,
  readUnreadableFile,
  suggestMembershipMapping,
  validateMembershipMapping,
} from '../../test/fixtures/DataImport.fixtures.js';
import { DataImport } from './DataImport.js';
import type { DataImportProps } from './dataImportProps.js';
import type { ImportPreview } from './importTypes.js';

type Props = DataImportProps<unknown, ReturnType<typeof suggestMembershipMapping>, ImportPreview>;

function widget(props: Partial<Props> = {}) {
  return (
    <DataImport
      title="Import memberships"
      targets={membershipTargets}
      readFile={readMembershipFile}
      suggestMapping={suggestMembershipMapping}
      validateMapping={validateMembershipMapping}
      importWith={importMemberships}
      onConfirm={() => undefined}
      locale="en-GB"
      {...props}
    />
  );
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('CSV file'), membershipFile());
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { name: 'Check the columns' });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DataImport', () => {
  it('opens with what it promises and a labelled file input inside a drop zone', () => {
    const { container } = render(widget());
    expect(screen.getByRole('region', { name: 'Import memberships' })).toHaveAttribute(
      'data-state',
      'idle',
    );
    expect(container.querySelector('.ck-summary')).toHaveTextContent(
      'Nothing is imported until you have checked the import and confirmed it.',
    );
    const input = screen.getByLabelText('CSV file');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription(
      'A .csv file, with the column names in the first row. You can also drop the file here.',
    );
    expect(input.closest('.ck-data-import__drop')).not.toBeNull();
  });

  it('says so, in an error summary that takes focus, when Continue has no file', async () => {
    const user = userEvent.setup();
    render(widget());
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(alert.parentElement).toHaveFocus();
    const link = within(alert).getByRole('link', { name: 'Choose a CSV file' });
    await user.click(link);
    expect(screen.getByLabelText('CSV file')).toHaveFocus();
    expect(screen.getByLabelText('CSV file')).toHaveAttribute('aria-invalid', 'true');
  });

  it('takes a dropped file as well as a chosen one', async () => {
    const user = userEvent.setup();
    const { container } = render(widget());
    const zone = container.querySelector('.ck-data-import__drop');
    const file = membershipFile('dropped.csv');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    zone?.dispatchEvent(drop);
    expect(await screen.findByText('Chosen: dropped.csv')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/to columns of dropped\.csv/)).toBeVisible();
  });

  it('shows the suggested mapping, one labelled select per field, required ones marked', async () => {
    const user = userEvent.setup();
    render(widget());
    await chooseFile(user);
    expect(screen.getByRole('heading', { name: 'Check the columns' })).toHaveFocus();
    expect(
      screen.getByText(
        'We matched 4 of 5 fields to columns of memberships.csv. Check them and change any that are wrong.',
      ),
    ).toBeVisible();
    const selects = screen.getAllByRole('combobox');
    expect(selects.map((select) => select.getAttribute('aria-required'))).toEqual([
      'true',
      'true',
      'true',
      'true',
      null,
    ]);
    expect(screen.getByRole('combobox', { name: 'Staff ID (required)' })).toHaveValue('staff_id');
    expect(screen.getByRole('combobox', { name: 'Role (required)' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'End date' })).toHaveValue('end_date');
    expect(
      within(screen.getByRole('combobox', { name: 'Unit (required)' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Not in this file',
      'staff_id (e.g. P-0001)',
      'unit (e.g. u-digital)',
      'role_code (e.g. r-analyst)',
      'start_date (e.g. 2025-01-06)',
      'end_date',
      'notes',
    ]);
  });

  it('checks the choices first: a required field left out, linked to its select', async () => {
    const user = userEvent.setup();
    const importWith = vi.fn(importMemberships);
    render(widget({ importWith }));
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const summary = screen.getByRole('alert');
    expect(summary.parentElement).toHaveFocus();
    await user.click(
      within(summary).getByRole('link', { name: 'Select the column that holds Role' }),
    );
    const role = screen.getByRole('combobox', { name: 'Role (required)' });
    expect(role).toHaveFocus();
    expect(role).toHaveAccessibleDescription(
      'There is a problem: Select the column that holds Role',
    );
    expect(importWith).not.toHaveBeenCalled();
  });

  it('shows the importer’s own mapping problems as it wrote them', async () => {
    const user = userEvent.setup();
    render(widget());
    await chooseFile(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role (required)' }), 'notes');
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'column notes: This column holds free text, not role codes',
    );
  });

  it('runs all or nothing, lists each problem with its row and column, and commits nothing', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(widget({ onConfirm }));
    await chooseFile(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role (required)' }),
      'role_code',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await screen.findByRole('heading', { name: 'Problems in the file' });
    const summary = screen.getByRole('alert');
    expect(summary.parentElement).toHaveFocus();
    expect(summary).toHaveTextContent(
      'Nothing can be imported as it is: the importer lists 3 problems.',
    );
    const table = screen.getByRole('table', { name: '3 problems, by row' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'RowColumnProblem',
      '3unitNo unit "u-finance" in the organisation',
      '5start_date"31/02/2026" is not a date',
      '5role_codeNo role "r-zz"',
    ]);
    await user.click(within(summary).getByRole('link', { name: 'See the 3 problems, by row' }));
    expect(table).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('imports the good rows only after the user checks and confirms', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(widget({ onConfirm }));
    await chooseFile(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role (required)' }),
      'role_code',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await user.click(await screen.findByRole('button', { name: 'Import only the good rows' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '2 rows have problems and will be left out; 4 good rows can be imported.',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Check your import' })).toHaveFocus();
    expect(
      screen.getByText(
        '4 rows will be imported and 2 left out. Nothing has changed yet: confirm to import.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Role: role_code')).toBeVisible();
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    const [result, confirmation] = onConfirm.mock.calls[0] as [
      { rowsImported: number; data: { personId: string }[] },
      { mode: string; mapping: { columns: { header: string; to: unknown }[] } },
    ];
    expect(result.data.map((membership) => membership.personId)).toEqual([
      'P-0001',
      'P-0003',
      'P-0005',
      'P-0006',
    ]);
    expect(confirmation.mode).toBe('goodRows');
    expect(confirmation.mapping.columns[2]).toEqual({
      header: 'role_code',
      to: { kind: 'field', field: 'roleId' },
    });
    expect(await screen.findByRole('heading', { name: 'Import complete' })).toHaveFocus();
    expect(screen.getByText('4 rows of memberships.csv imported.')).toBeVisible();
  });

  it('goes straight to the check step when every row is good, by keyboard alone', async () => {
    const user = userEvent.setup();
    render(widget({ importWith: importCleanMemberships, defaultMode: 'goodRows' }));
    await user.tab();
    expect(screen.getByLabelText('CSV file')).toHaveFocus();
    await user.upload(screen.getByLabelText('CSV file'), membershipFile());
    await user.tab();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Check the columns' });
    const role = screen.getByRole('combobox', { name: 'Role (required)' });
    await user.selectOptions(role, 'role_code');
    expect(screen.getByRole('radio', { name: /Import the good rows/ })).toBeChecked();
    // From Role, by Tab: the End date select, the radios, then Check the rows.
    role.focus();
    const check = screen.getByRole('button', { name: 'Check the rows' });
    for (let presses = 0; presses < 4 && document.activeElement !== check; presses += 1)
      await user.tab();
    expect(check).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Check your import' })).toHaveFocus();
    expect(
      screen.getByText('6 rows will be imported. Nothing has changed yet: confirm to import.'),
    ).toBeVisible();
  });

  it('says when a problem stops the whole file, even with good rows only', async () => {
    const user = userEvent.setup();
    render(widget({ importWith: importBrokenFile, defaultMode: 'goodRows' }));
    await chooseFile(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role (required)' }),
      'role_code',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing can be imported: 1 problem stops the whole file.',
    );
    expect(screen.queryByRole('button', { name: 'Import only the good rows' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Change the columns' }));
    expect(screen.getByRole('combobox', { name: 'Role (required)' })).toHaveValue('role_code');
  });

  it('pages thousands of problems with a count', async () => {
    const user = userEvent.setup();
    render(widget({ importWith: importManyProblems }));
    await chooseFile(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role (required)' }),
      'role_code',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    const table = await screen.findByRole('table', { name: '2,400 problems, by row' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('Showing 1 to 50 of 2,400 problems')).toBeVisible();
    const previous = screen.getByRole('button', { name: 'Previous problems' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Next problems' }));
    expect(screen.getByText('Showing 51 to 100 of 2,400 problems')).toBeVisible();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/^52start_date/);
    // Good rows only imports none: there is nothing to continue with.
    await user.click(screen.getByRole('button', { name: 'Import only the good rows' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '2,400 rows have problems and will be left out; 0 good rows can be imported.',
    );
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  });

  it('shows progress while reading, and Cancel stops the read and imports nothing', async () => {
    const user = userEvent.setup();
    render(widget({ readFile: readSlowly }));
    await user.upload(screen.getByLabelText('CSV file'), membershipFile());
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Reading the file' })).toHaveFocus();
    const progress = screen.getByRole('progressbar', { name: 'Progress' });
    expect(progress).toHaveAttribute('value', '0.4');
    expect(progress).toHaveAccessibleDescription('40% read, 12,000 rows so far');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('status')).toHaveTextContent('Cancelled. Nothing was imported.');
    expect(screen.getByRole('heading', { name: 'Choose a file' })).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows progress while checking every row; Cancel goes back to the columns', async () => {
    const user = userEvent.setup();
    render(widget({ importWith: importSlowly }));
    await chooseFile(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role (required)' }),
      'role_code',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(screen.getByText('Checking every row of memberships.csv…')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAccessibleDescription(
      '25% read, 250,000 rows so far',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    // The aborted run's rejection is not a failure: the user is back at the columns.
    expect(await screen.findByRole('heading', { name: 'Check the columns' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Cancelled. Nothing was imported.');
    expect(screen.getByRole('combobox', { name: 'Role (required)' })).toHaveValue('role_code');
    expect(screen.queryByRole('heading', { name: 'The import did not finish' })).toBeNull();
  });

  it('fails plainly, with the reader’s own words, when the file cannot be read', async () => {
    const user = userEvent.setup();
    render(widget({ readFile: readUnreadableFile }));
    await user.upload(screen.getByLabelText('CSV file'), membershipFile());
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'The import did not finish' })).toHaveFocus();
    expect(screen.getByText('Nothing was imported.')).toBeVisible();
    expect(screen.getByText(/it looks like a spreadsheet/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('heading', { name: 'Choose a file' })).toHaveFocus();
  });

  it('fails when the app’s commit fails, and says nothing was imported', async () => {
    const user = userEvent.setup();
    render(
      widget({
        importWith: importCleanMemberships,
        onConfirm: () => Promise.reject(new Error('The server refused the memberships.')),
      }),
    );
    await chooseFile(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role (required)' }),
      'role_code',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm import' }));
    expect(await screen.findByText('The server refused the memberships.')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Import memberships' })).toHaveAttribute(
      'data-state',
      'failed',
    );
  });

  it('says a file with no rows has nothing to import', async () => {
    const user = userEvent.setup();
    render(widget({ readFile: readEmptyFile }));
    await user.upload(screen.getByLabelText('CSV file'), membershipFile('empty.csv'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Nothing to import' })).toHaveFocus();
    expect(
      screen.getByText('empty.csv has column names but no rows: there is nothing to import.'),
    ).toBeVisible();
  });

  it('shows the load states', () => {
    const { rerender } = render(widget({ status: 'loading' }));
    expect(screen.getByRole('status')).toHaveTextContent('Getting the import ready…');
    expect(screen.queryByLabelText('CSV file')).toBeNull();
    rerender(widget({ status: 'error', errorMessage: 'The organisation could not be loaded.' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The organisation could not be loaded.');
  });

  it('reads right to left with Arabic strings', async () => {
    const user = userEvent.setup();
    render(
      widget({
        locale: 'ar',
        title: 'استيراد العضويات',
        messages: arabicMessages,
        targets: arabicTargets,
      }),
    );
    const region = screen.getByRole('region', { name: 'استيراد العضويات' });
    expect(region).toHaveAttribute('dir', 'rtl');
    await user.upload(screen.getByLabelText('ملف CSV'), membershipFile());
    await user.click(screen.getByRole('button', { name: 'متابعة' }));
    await screen.findByRole('heading', { name: 'راجع الأعمدة' });
    expect(screen.getByRole('combobox', { name: 'الدور (مطلوب)' })).toHaveValue('');
    expect(screen.getByText(/^طابقنا 4 من 5 حقول/)).toBeVisible();
  });

  it('has no axe violations on each step', async () => {
    const user = userEvent.setup();
    const { container } = render(widget());
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await axeViolations(container)).toEqual([]);
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(await axeViolations(container)).toEqual([]);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role (required)' }),
      'role_code',
    );
    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    await screen.findByRole('table');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Import only the good rows' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders on the server and hydrates without a mismatch', async () => {
    const result = await renderOnServerThenHydrate(widget());
    expect(result.html).toContain('Choose a file');
    expect(result.html).toContain('type="file"');
    expect(result.recoverableErrors).toEqual([]);
    expect(result.consoleErrors).toEqual([]);
    result.unmount();
  });
});
