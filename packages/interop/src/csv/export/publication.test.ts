import { readFileSync } from 'node:fs';
import type { Provenance } from '@capkit/scoring';
import type { GroupSummaryCell, Publication } from '@capkit/scoring/publication';
import { describe, expect, it } from 'vitest';
import { publicationToCsv } from './publication.js';

// Golden files written by hand from the column rules in each export's documentation.
const golden = (name: string) =>
  readFileSync(new URL(`__fixtures__/${name}`, import.meta.url), 'utf8');
const noBom = { byteOrderMark: false } as const;
// The exports never read provenance; results carry it, so the fixtures hold a stand-in.
const provenance = { engineVersion: 'test' } as unknown as Provenance;

describe('publicationToCsv', () => {
  const cell = (group: number): GroupSummaryCell => ({
    status: 'published',
    group,
    competency: 0,
    count: 12,
    mean: 2.75,
    sd: 0.5,
    quantiles: new Map(),
    gapStatus: 'withheld',
    gapReason: 'complementary',
    gapCount: null,
    meanGap: null,
    shareBelowRequired: null,
  });
  const summary = (cells: GroupSummaryCell[]) => ({ k: 5, cells, provenance });
  const publication = {
    k: 5,
    disclosure: {} as Publication['disclosure'],
    organisation: summary([
      {
        status: 'published',
        group: 0,
        competency: 0,
        count: 12,
        mean: 2.75,
        sd: 0.5,
        quantiles: new Map([[0.5, 3]]),
        gapStatus: 'published',
        gapCount: 10,
        meanGap: 0.4,
        shareBelowRequired: 0.3,
      },
    ]),
    units: summary([cell(0), { status: 'suppressed', group: 1, competency: 0, reason: 'primary' }]),
    roles: summary([
      { status: 'empty', group: 0, competency: 0 },
      { status: 'suppressed', group: 1, competency: 0, reason: 'complementary' },
    ]),
    unitRoles: summary([{ status: 'suppressed', group: 3, competency: 0, reason: 'primary' }]),
    provenance,
  } satisfies Publication;
  const labels = { units: ['mds', 'dsd'], roles: ['analyst', 'lead'], competencies: ['DG-1.1'] };

  it('writes every table, withheld cells as withheld with no figure', () => {
    expect(publicationToCsv(publication, labels, noBom)).toBe(golden('publication.csv'));
  });

  it('never writes a number in a withheld cell', () => {
    const records = publicationToCsv(publication, labels, noBom)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    const withheld = records.filter((fields) => fields[4] === 'withheld');
    expect(withheld).toHaveLength(3);
    for (const fields of withheld)
      expect(fields.slice(6).filter((field) => /\d/.test(field))).toEqual([]);
  });

  it('starts with a byte order mark unless told otherwise', () => {
    expect(publicationToCsv(publication, labels).startsWith('\uFEFFtable,')).toBe(true);
  });
});
