import { readFileSync } from 'node:fs';
import type { CompetencyFramework } from '@capkit/model';
import { describe, expect, it } from 'vitest';
import { importOrganisation } from './organisation.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/organisation/${name}`, import.meta.url));
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
      id: 'c-data-literacy',
      code: 'DG-1.1',
      label: { en: 'Data literacy' },
      statement: { en: 'Uses data' },
      scaleId: 'ddat-skill',
    },
    {
      id: 'c-data-viz',
      code: 'DG-1.2',
      label: { en: 'Data visualisation' },
      statement: { en: 'Shows data' },
      scaleId: 'ddat-skill',
    },
    {
      id: 'c-agile',
      code: 'DG-2.1',
      label: { en: 'Agile working' },
      statement: { en: 'Delivers' },
      scaleId: 'ddat-skill',
    },
  ],
};

describe('importOrganisation', () => {
  it('reads people, units by parent code (BOM, ;), wide roles by competency code and day-first dates', () => {
    const result = importOrganisation(
      {
        people: fixture('people.csv'),
        units: fixture('units.csv'),
        roles: fixture('roles-wide.csv'),
        memberships: fixture('memberships-day-first.csv'),
      },
      { framework, dateOrder: 'dayFirst' },
    );
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.rowsRead).toBe(13);
    expect(result.rowsImported).toBe(13);
    expect(result.data.people).toEqual([
      { id: 'p-0001', grade: 'G7' },
      { id: 'p-0002', grade: 'SEO' },
      { id: 'p-0003', grade: 'HEO' },
      { id: 'p-0004', grade: 'G6' },
    ]);
    expect(result.data.units).toEqual([
      {
        id: 'mds',
        code: 'MDS',
        name: { en: 'Ministry of Digital Services', fr: 'Ministère des services numériques' },
      },
      {
        id: 'dsd',
        code: 'MDS-DSD',
        name: { en: 'Digital Services Directorate', fr: 'Direction des services numériques' },
        parentId: 'mds',
      },
      {
        id: 'data',
        code: 'MDS-DATA',
        name: { en: 'Data Office; analytics', fr: 'Bureau des données' },
        parentId: 'dsd',
      },
    ]);
    expect(result.data.roles).toEqual([
      {
        id: 'analyst',
        title: { en: 'Data analyst' },
        family: 'Digital, data and technology',
        framework: { frameworkId: 'ddat', version: '2026.1' },
        requirements: [
          { competencyId: 'c-data-literacy', requiredLevel: 3 },
          { competencyId: 'c-data-viz', requiredLevel: 2 },
        ],
      },
      {
        id: 'lead',
        title: { en: 'Delivery lead' },
        family: 'Digital, data and technology',
        framework: { frameworkId: 'ddat', version: '2026.1' },
        requirements: [
          { competencyId: 'c-data-literacy', requiredLevel: 2 },
          { competencyId: 'c-agile', requiredLevel: 3 },
        ],
      },
    ]);
    expect(result.data.memberships).toEqual([
      { personId: 'p-0001', unitId: 'data', roleId: 'analyst', from: '2024-04-01' },
      { personId: 'p-0002', unitId: 'dsd', roleId: 'lead', from: '2023-09-01', to: '2025-03-31' },
      { personId: 'p-0002', unitId: 'data', roleId: 'lead', from: '2025-04-01' },
      { personId: 'p-0003', unitId: 'data', roleId: 'analyst', from: '2025-01-06' },
    ]);
  });

  it('reads roles in the long layout, a role without requirements included', () => {
    const result = importOrganisation({ roles: fixture('roles-long.csv') });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.roles.map((role) => [role.id, role.title, role.requirements])).toEqual([
      [
        'analyst',
        { en: 'Data analyst', fr: 'Analyste de données' },
        [
          { competencyId: 'c-data-literacy', requiredLevel: 3 },
          { competencyId: 'c-data-viz', requiredLevel: 2 },
        ],
      ],
      [
        'lead',
        { en: 'Delivery lead', fr: 'Responsable de livraison' },
        [{ competencyId: 'c-agile', requiredLevel: 3 }],
      ],
      ['new-role', { en: 'New role', fr: 'Nouveau rôle' }, []],
    ]);
    expect(result.rowsImported).toBe(4);
  });

  it('reports the same person twice on both rows and imports nothing', () => {
    const result = importOrganisation({ people: fixture('people-duplicate.csv') });
    expect(result).toEqual({
      success: false,
      rowsRead: 3,
      issues: [
        {
          row: 2,
          column: 'id',
          path: 'people',
          code: 'import.duplicate',
          message: 'The same person "p-0001" appears in rows 2 and 4: keep one of them',
        },
        {
          row: 4,
          column: 'id',
          path: 'people',
          code: 'import.duplicate',
          message: 'The same person "p-0001" appears in rows 2 and 4: keep one of them',
        },
      ],
    });
  });

  it('locates a membership to an unknown unit, an unknown person and an impossible date', () => {
    const result = importOrganisation({
      people: fixture('people.csv'),
      units: fixture('units.csv'),
      roles: fixture('roles-long.csv'),
      memberships: fixture('memberships-bad.csv'),
    });
    expect(result.success).toBe(false);
    expect(
      result.issues.map(({ row, column, code, path }) => ({ row, column, code, path })),
    ).toEqual([
      { row: 4, column: 'from', code: 'import.badDate', path: 'memberships.from' },
      { row: 3, column: 'unitId', code: 'import.unknownReference', path: 'memberships.unitId' },
    ]);
    expect(result.issues[1]?.message).toBe('unitId "finance" is not in units');
  });

  it('in goodRows mode keeps the sound rows and reports the others', () => {
    const result = importOrganisation(
      { units: fixture('units.csv'), memberships: fixture('memberships-bad.csv') },
      {
        mode: 'goodRows',
        existing: { personIds: ['p-0001', 'p-0002', 'p-0009'], roleIds: ['analyst', 'lead'] },
      },
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.memberships).toEqual([
      { personId: 'p-0001', unitId: 'data', roleId: 'analyst', from: '2024-04-01' },
    ]);
    expect(result.rowsRejected).toBe(2);
    expect(result.issues.map((issue) => issue.row)).toEqual([4, 3]);
  });

  it('in goodRows mode leaves out the units under a bad unit, saying why', () => {
    const units =
      'id,name.en,parentId\nmds,Ministry,\ndsd,Directorate,m!ds\ndata,Data office,dsd\nhr,HR,mds\n';
    const result = importOrganisation({ units }, { mode: 'goodRows' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.units.map((unit) => unit.id)).toEqual(['mds', 'hr']);
    expect(result.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'parentId', code: 'import.badId' },
      { row: 4, column: 'parentId', code: 'import.referenceLeftOut' },
    ]);
  });

  it('reports a unit that is its own ancestor', () => {
    const units = 'id,name.en,parentId\na,A,b\nb,B,a\nc,C,\n';
    const result = importOrganisation({ units });
    expect(result.issues.map(({ row, code }) => ({ row, code }))).toEqual([
      { row: 2, code: 'import.unitCycle' },
      { row: 3, code: 'import.unitCycle' },
    ]);
  });

  it('asks for the date order of an ambiguous slashed date instead of guessing', () => {
    const memberships = 'personId,unitId,roleId,from\np1,u1,r1,03/04/2026\np2,u1,r1,04/04/2026\n';
    const result = importOrganisation({ memberships });
    expect(result.issues).toEqual([
      {
        row: 2,
        column: 'from',
        path: 'memberships.from',
        code: 'import.badDate',
        message:
          '"03/04/2026" could be day first or month first: write it as 2026-MM-DD, or set dateOrder',
      },
    ]);
    const monthFirst = importOrganisation({ memberships }, { dateOrder: 'monthFirst' });
    expect(monthFirst.success && monthFirst.data.memberships.map((m) => m.from)).toEqual([
      '2026-03-04',
      '2026-04-04',
    ]);
  });

  it('checks required levels against the competency scale when given the framework', () => {
    const roles = 'id,title.en,requiredLevel.DG-1.1,requiredLevel.DG-9\nanalyst,Analyst,7,2\n';
    const result = importOrganisation({ roles }, { framework });
    expect(result.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: 'requiredLevel.DG-1.1', code: 'import.levelNotOnScale' },
      { row: 2, column: 'requiredLevel.DG-9', code: 'import.unknownCompetency' },
    ]);
  });

  it('reads through a saved column mapping, and refuses a column the mapping does not name', () => {
    const people = 'Staff number,Grade,Notes\nP1,G7,x\n';
    const mapping = {
      format: 'capkit.columnMapping' as const,
      version: 1 as const,
      target: 'people' as const,
      columns: [
        { header: 'Staff number', to: { kind: 'field' as const, field: 'id' } },
        { header: 'Grade', to: { kind: 'field' as const, field: 'grade' } },
        { header: 'Notes', to: { kind: 'ignore' as const } },
      ],
    };
    const result = importOrganisation({ people }, { mappings: [mapping] });
    expect(result.success && result.data.people).toEqual([{ id: 'P1', grade: 'G7' }]);
    const partial = importOrganisation(
      { people },
      { mappings: [{ ...mapping, columns: mapping.columns.slice(0, 2) }] },
    );
    expect(partial.issues).toEqual([
      {
        row: 1,
        column: 'Notes',
        path: 'people',
        code: 'import.unmappedColumn',
        message: 'Column "Notes" is not in the mapping; map it to a field or ignore it',
      },
    ]);
  });

  it('reads a header → field record, null ignoring a column', () => {
    const result = importOrganisation(
      { memberships: 'Person,Team,Role,Start,Comment\np1,u1,r1,2026-01-05,hello\n' },
      {
        columns: {
          memberships: {
            Person: 'personId',
            Team: 'unitId',
            Role: 'roleId',
            Start: 'from',
            Comment: null,
          },
        },
      },
    );
    expect(result.success && result.data.memberships).toEqual([
      { personId: 'p1', unitId: 'u1', roleId: 'r1', from: '2026-01-05' },
    ]);
  });
  it('refuses a role profiled against another framework than the one given', () => {
    const roles =
      'id,title.en,frameworkId,frameworkVersion,requiredLevel.DG-1.1\nanalyst,Analyst,ddat,2025.1,2\n';
    const result = importOrganisation({ roles }, { framework });
    expect(result.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: 'frameworkVersion', code: 'import.otherFramework' },
    ]);
  });

  it('reads a spreadsheet date serial as the day it stands for', () => {
    const result = importOrganisation({
      memberships: 'personId,unitId,roleId,from\np1,u1,r1,46082\n',
    });
    expect(result.success && result.data.memberships[0]?.from).toBe('2026-03-01');
  });
  it('caps the issues of all the files together, counting the rest', () => {
    const result = importOrganisation(
      { people: 'id\n!a\n!b\n', units: 'id,name.en\n!c,C\n' },
      { maxIssues: 2 },
    );
    expect(result.issues.map(({ row, code }) => ({ row, code }))).toEqual([
      { row: 2, code: 'import.badId' },
      { row: 3, code: 'import.badId' },
      { row: undefined, code: 'import.tooManyIssues' },
    ]);
    expect(result.issues[2]?.message).toBe('1 more issue not listed');
  });
});
