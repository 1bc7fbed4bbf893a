import type {} from '@capkit/scoring';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroupSummaryTable, groupSummaryCsv } from './GroupSummaryTable.js';
import {
  digitalCompetencies,
  ministrySummaryWithMedians,
  ministryUnitNames,
  roleNames,
  roleSummary,
} from '../../test/fixtures/GroupSummaryTable.fixtures.js';

const title = 'Ministry of Digital Government: results by unit';
const dataLiteracy = 1;

function cellOf(unit: number, competency: number) {
  const cell = ministrySummaryWithMedians.cells[unit * digitalCompetencies.length + competency];
  if (cell === undefined) throw new Error('fixture changed');
  return cell;
}

/** Group names of the body rows, top to bottom. */
function groupOrder(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('th')?.textContent ?? '');
}

function DataLiteracy(props: { readonly locale?: string }) {
  return (
    <GroupSummaryTable
      title={title}
      summary={ministrySummaryWithMedians}
      groups={ministryUnitNames}
      competencies={digitalCompetencies}
      competency={dataLiteracy}
      groupHeading="Unit"
      {...props}
    />
  );
}

/** Catches the download: the Blob handed to URL.createObjectURL and the link's file name. */
function catchDownloads() {
  const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:capkit-test');
  const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const links: HTMLAnchorElement[] = [];
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    expect(this.href).toBe('blob:capkit-test');
    links.push(this);
  });
  return {
    created,
    revoked,
    clicked,
    /** The downloaded bytes, as text with its byte order mark kept. */
    async text() {
      const blob = created.mock.calls.at(-1)?.[0];
      if (!(blob instanceof Blob)) throw new Error('no Blob was downloaded');
      expect(blob.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    },
    fileName() {
      return links.at(-1)?.download;
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GroupSummaryTable: CSV', () => {
  it('downloads the rows as shown through a Blob URL made and revoked in the click', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup();
    const download = catchDownloads();
    render(<DataLiteracy />);
    expect(download.created).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /Mean score/ }));
    await user.click(screen.getByRole('button', { name: 'Download as CSV' }));
    expect(download.clicked).toHaveBeenCalledTimes(1);
    expect(download.fileName()).toBe('group-summary.csv');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.runAllTimers();
    expect(download.revoked).toHaveBeenCalledWith('blob:capkit-test');
    vi.useRealTimers();

    const csv = await download.text();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = csv.slice(1).split('\r\n');
    expect(records[0]).toBe(
      'Unit,Competency,Status,Respondents,Mean score,Standard deviation,Median score,Mean gap,Below required level (%)',
    );
    expect(records).toHaveLength(1 + 9 + 1);
    expect(records.at(-1)).toBe('');
    // In the order on screen: by mean, largest first, withheld last with blank values.
    const shown = groupOrder(screen.getByRole('table'));
    expect(records.slice(1, -1).map((record) => record.split(',')[0])).toEqual(shown);
    expect(records[9]).toBe('Payments team,Data literacy,Withheld: fewer than 5 respondents,,,,,,');
    expect(records[8]).toBe(
      'Identity team,Data literacy,Withheld so that a smaller group’s results cannot be worked out,,,,,,',
    );
  });

  it('writes plain numbers: counts, scores to four decimals, shares as percentages', () => {
    const csv = groupSummaryCsv({
      summary: ministrySummaryWithMedians,
      groups: ministryUnitNames,
      competencies: digitalCompetencies,
      competency: dataLiteracy,
      measures: ['count', 'mean', 'shareBelowRequired'],
    });
    const source = cellOf(1, dataLiteracy);
    if (source.status !== 'published' || source.shareBelowRequired === null)
      throw new Error('fixture changed');
    const platform = csv.split('\r\n').find((record) => record.startsWith('Platform team'));
    expect(platform).toBe(
      `Platform team,Data literacy,Published,${source.count},${Math.round(source.mean * 1e4) / 1e4},${Math.round(source.shareBelowRequired * 1e4) / 1e2}`,
    );
  });

  it('keeps formula-like names from running in a spreadsheet', () => {
    const csv = groupSummaryCsv({
      summary: { ...roleSummary, cells: roleSummary.cells.slice(0, 6) },
      groups: ['=HYPERLINK("https://evil.test","Open")'],
      competencies: [
        '+Data literacy',
        '-Agile',
        '@Cyber',
        '\tService design',
        'Procurement, digital',
      ].concat(['User research']),
      groupHeading: '=Unit',
      measures: ['count'],
    });
    const records = csv.slice(1).split('\r\n');
    expect(records[0]).toBe("'=Unit,Competency,Status,Respondents");
    expect(
      records[1]?.startsWith('"\'=HYPERLINK(""https://evil.test"",""Open"")",\'+Data literacy,'),
    ).toBe(true);
    expect(records[3]).toContain(",'@Cyber,");
    expect(records[4]).toContain(",'\tService design,");
    expect(records[5]).toContain(',"Procurement, digital",');
  });

  it('writes the headers and statuses in the reader’s language', () => {
    const csv = groupSummaryCsv({
      summary: roleSummary,
      groups: roleNames,
      competencies: digitalCompetencies,
      competency: 0,
      measures: ['count'],
      messages: { status: 'Statut', published: 'Publié', count: 'Répondants' },
    });
    expect(csv.split('\r\n')[0]).toBe('\uFEFFGroup,Competency,Statut,Répondants');
    expect(csv).toContain('Developers,User research,Publié,');
  });
});
