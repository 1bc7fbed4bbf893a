import { readFileSync } from 'node:fs';
import {
  membershipSchema,
  orgUnitSchema,
  personSchema,
  roleSchema,
  type CompetencyFramework,
} from '@capkit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InteropIssue } from '../../shared/interopIssue.js';
import { importOrganisation, type OrganisationCsvFiles } from './organisation.js';

// The golden files damaged at random, and files built from the fields' headers (and junk) with
// cells good and bad: ids with spaces, impossible and ambiguous dates, levels off the scale,
// formulas, broken quotes, invisible text.
const golden = [
  'people.csv',
  'units.csv',
  'roles-wide.csv',
  'roles-long.csv',
  'memberships-day-first.csv',
].map(
  (name) =>
    new Uint8Array(readFileSync(new URL(`../fixtures/organisation/${name}`, import.meta.url))),
);
const damaged = fc
  .tuple(
    fc.nat(golden.length - 1),
    fc.array(
      fc.tuple(fc.nat(400), fc.constantFrom(34, 59, 44, 10, 13, 0x31, 0xe9, 0x2d, 0x2f, 0x3d)),
      { maxLength: 4 },
    ),
  )
  .map(([which, edits]) => {
    const bytes = [...(golden[which] ?? new Uint8Array())];
    for (const [at, byte] of edits)
      bytes.splice(at % (bytes.length + 1), byte % 2 === 0 ? 1 : 0, byte);
    return Uint8Array.from(bytes);
  });
const header = fc.constantFrom(
  'id',
  'grade',
  'name.en',
  'name.fr',
  'name.',
  'name.x!',
  'code',
  'parentId',
  'parentCode',
  'title.en',
  'family',
  'frameworkId',
  'frameworkVersion',
  'competencyId',
  'requiredLevel',
  'requiredLevel.c-agile',
  'requiredLevel.DG-1.1',
  'personId',
  'unitId',
  'roleId',
  'from',
  'to',
  'junk',
  '',
  '__proto__',
  'name.__proto__',
);
const cell = fc.constantFrom(
  '',
  'p1',
  'p2',
  'u1',
  'u2',
  'r1',
  'c-agile',
  'DG-1.1',
  ' p1 ',
  'p 1',
  '!x',
  '3',
  '-3',
  '7',
  '1e3',
  '2.5',
  '2026-02-30',
  '2026-01-05',
  '2026-01-05T10:00:00Z',
  '01/02/2026',
  '02/02/2026',
  '13/13/2026',
  '0001-01-01',
  '=1+1',
  "'=1+1",
  '"',
  'a,b',
  '\n',
  '\u200b',
  'x'.repeat(250),
  'U1',
  'Unit one',
  'ddat',
  '2026.1',
);
const built = fc
  .tuple(
    fc.array(header, { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }),
    fc.constantFrom(',', ';', '\t'),
  )
  .map(([headers, rows, delimiter]) =>
    [headers, ...rows].map((fields) => fields.join(delimiter)).join('\n'),
  );
// Files shaped like each table, most cells good for their column, some bad: the good-rows
// paths (a bad row among good ones, a reference to a bad row) need sound rows around the bad.
const good: Readonly<Record<string, readonly string[]>> = {
  id: ['p1', 'p2', 'u1', 'u2', 'u3', 'r1', 'r2', ' p3 '],
  grade: ['G7', 'SEO', ''],
  'name.en': ['Ministry', 'Data office', ''],
  'name.fr': ['Ministère', ''],
  code: ['U1', 'U2', ''],
  parentId: ['', '', 'u1', 'u2', 'u9'],
  parentCode: ['', 'U1', 'U9'],
  'title.en': ['Analyst', 'Lead'],
  family: ['DDaT', ''],
  frameworkId: ['ddat', ''],
  frameworkVersion: ['2026.1'],
  competencyId: ['c-agile', 'DG-1.1', ''],
  requiredLevel: ['1', '3', '4', ''],
  'requiredLevel.DG-1.1': ['2', '', '9'],
  personId: ['p1', 'p2', 'p3'],
  unitId: ['u1', 'u2', 'u3'],
  roleId: ['r1', 'r2'],
  from: ['2026-01-05', '05/01/2026', '2025-12-31T23:00:00Z'],
  to: ['', '', '2026-06-30', '2025-01-01'],
};
const shapes: Readonly<Record<keyof OrganisationCsvFiles, readonly (readonly string[])[]>> = {
  people: [['id', 'grade'], ['id']],
  units: [
    ['id', 'code', 'name.en', 'name.fr', 'parentId'],
    ['id', 'name.en', 'parentCode', 'code'],
  ],
  roles: [
    ['id', 'title.en', 'family', 'frameworkId', 'frameworkVersion', 'requiredLevel.DG-1.1'],
    ['id', 'title.en', 'frameworkId', 'frameworkVersion', 'competencyId', 'requiredLevel'],
  ],
  memberships: [['personId', 'unitId', 'roleId', 'from', 'to']],
};
const shaped = (table: keyof OrganisationCsvFiles) =>
  fc
    .constantFrom(...shapes[table])
    .chain((headers) =>
      fc
        .array(
          fc.tuple(
            ...headers.map((h) =>
              fc.oneof(
                { weight: 8, arbitrary: fc.constantFrom(...(good[h] ?? [''])) },
                { weight: 1, arbitrary: cell },
              ),
            ),
          ),
          { maxLength: 6 },
        )
        .map((rows) => [headers, ...rows].map((fields) => fields.join(',')).join('\n')),
    );
const file = (table: keyof OrganisationCsvFiles) =>
  fc.oneof(
    { weight: 1, arbitrary: damaged },
    { weight: 1, arbitrary: built },
    { weight: 8, arbitrary: shaped(table) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }) },
  );
const files = fc.record(
  {
    people: file('people'),
    units: file('units'),
    roles: file('roles'),
    memberships: file('memberships'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<OrganisationCsvFiles>;

const head = JSON.parse(
  readFileSync(new URL('../fixtures/framework/ddat-head.json', import.meta.url), 'utf8'),
) as Omit<CompetencyFramework, 'schemaVersion' | 'kind' | 'status' | 'areas' | 'competencies'>;
const framework: CompetencyFramework = {
  ...head,
  schemaVersion: 2,
  kind: 'competencyFramework',
  status: 'published',
  areas: [],
  competencies: [
    {
      id: 'c-agile',
      code: 'DG-1.1',
      label: { en: 'Agile' },
      statement: { en: 'Delivers' },
      scaleId: 'ddat-skill',
    },
  ],
};
const peopleMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'people',
  columns: [{ header: 'id', to: { kind: 'field', field: 'id' } }],
};
const options = fc.record(
  {
    mode: fc.constantFrom('allOrNothing' as const, 'goodRows' as const),
    dateOrder: fc.constantFrom('dayFirst' as const, 'monthFirst' as const),
    framework: fc.constant(framework),
    maxIssues: fc.constantFrom(0, 1, 3, 1000),
    mappings: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          [peopleMapping],
          [{ ...peopleMapping, version: 2 }],
          [
            {
              ...peopleMapping,
              columns: [{ header: 'id', to: { kind: 'rating', itemId: 'q', part: 'value' } }],
            },
          ],
          [{ ...peopleMapping, target: 'units' }],
        ),
      },
    ) as fc.Arbitrary<never>,
    existing: fc.constant({ personIds: ['p1'], unitIds: ['u1'], roleIds: ['r1'] }),
  },
  { requiredKeys: [] },
);

// Whole-file problems have no row but a path; the one issue counting those not listed has neither.
function located(issue: InteropIssue): boolean {
  if (issue.code === 'import.tooManyIssues') return true;
  const rowOk = issue.row === undefined || (Number.isInteger(issue.row) && issue.row >= 1);
  return rowOk && (issue.row !== undefined || issue.path !== '') && issue.message.length > 0;
}

describe('importOrganisation on malformed input', () => {
  it('never throws on 10,000 malformed inputs; every failure a located issue; nothing silent', () => {
    fc.assert(
      fc.property(files, options, (input, opts) => {
        const result = importOrganisation(input, opts);
        expect(result.issues.filter((issue) => !located(issue))).toEqual([]);
        if (!result.success) {
          expect(result.issues.length).toBeGreaterThan(0);
          return;
        }
        expect(result.rowsImported + result.rowsRejected).toBe(result.rowsRead);
        if (result.rowsRejected > 0) expect(result.issues.length).toBeGreaterThan(0);
        if ((opts.mode ?? 'allOrNothing') === 'allOrNothing') expect(result.issues).toEqual([]);
        // What is imported is sound by the model's own schemas.
        for (const person of result.data.people)
          expect(personSchema.safeParse(person).success).toBe(true);
        for (const unit of result.data.units)
          expect(orgUnitSchema.safeParse(unit).success).toBe(true);
        for (const role of result.data.roles) expect(roleSchema.safeParse(role).success).toBe(true);
        for (const membership of result.data.memberships)
          expect(membershipSchema.safeParse(membership).success).toBe(true);
        // And a unit's parent is a unit imported (or already known).
        const units = new Set([
          ...result.data.units.map((u) => u.id),
          ...(opts.existing?.unitIds ?? []),
        ]);
        for (const unit of result.data.units)
          if (unit.parentId !== undefined) expect(units.has(unit.parentId)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});
