// The README's examples for the organisation, framework and results tables, verbatim between
// the `--- README` markers; the README imports the same names from '@capkit/interop/csv' and
// '@capkit/scoring/tna'.
import { meanWeightedDiscrepancy, pairedResponsesFromRows } from '@capkit/scoring/tna';
import { describe, expect, it } from 'vitest';
import { importFrameworkItems } from '../import/frameworkItems.js';
import { importOrganisation } from '../import/organisation.js';
import { frameworkItemsToCsv } from './framework.js';
import { borichToCsv } from './trainingNeeds.js';

describe('README: organisation, framework and results tables', () => {
  it('imports an organisation and reports its row errors', () => {
    // --- README: importOrganisation ---
    const units = [
      'id;code;name.en;name.fr;parentCode',
      'mds;MDS;Ministry of Digital Services;Ministère des services numériques;',
      'dsd;MDS-DSD;Digital Services Directorate;Direction des services numériques;MDS',
    ].join('\n');
    const memberships = [
      'Staff number,Team,Role,Start,End',
      'p-0001,dsd,analyst,01/09/2023,31/03/2025',
      'p-0002,finance,analyst,2024-05-01,',
    ].join('\n');

    const result = importOrganisation(
      { units, memberships },
      {
        columns: {
          memberships: {
            'Staff number': 'personId',
            Team: 'unitId',
            Role: 'roleId',
            Start: 'from',
            End: 'to',
          },
        },
        dateOrder: 'dayFirst', // 01/09/2023 is 1 September
        existing: { personIds: ['p-0001', 'p-0002'], roleIds: ['analyst'] },
      },
    );
    // Nothing is imported (all-or-nothing), and the problem is located:
    // Row 3, column "Team": unitId "finance" is not in units
    // --- end ---
    expect(result.success).toBe(false);
    expect(result.issues).toEqual([
      {
        row: 3,
        column: 'Team',
        path: 'memberships.unitId',
        code: 'import.unknownReference',
        message: 'unitId "finance" is not in units',
      },
    ]);

    // --- README: goodRows ---
    const partial = importOrganisation(
      { units, memberships },
      {
        mode: 'goodRows',
        columns: {
          memberships: {
            'Staff number': 'personId',
            Team: 'unitId',
            Role: 'roleId',
            Start: 'from',
            End: 'to',
          },
        },
        dateOrder: 'dayFirst',
        existing: { personIds: ['p-0001', 'p-0002'], roleIds: ['analyst'] },
      },
    );
    // partial.data.memberships: [{ personId: 'p-0001', unitId: 'dsd', roleId: 'analyst',
    //   from: '2023-09-01', to: '2025-03-31' }]; partial.rowsRejected: 1, with its issue
    // --- end ---
    expect(partial.success && partial.data.memberships).toEqual([
      {
        personId: 'p-0001',
        unitId: 'dsd',
        roleId: 'analyst',
        from: '2023-09-01',
        to: '2025-03-31',
      },
    ]);
    expect(partial.success && [partial.rowsRejected, partial.issues.length]).toEqual([1, 1]);
  });

  it('imports framework items and exports them back', () => {
    // --- README: importFrameworkItems ---
    const items = [
      'type,code,label.en,label.fr,statement.en,parentCode',
      'area,DG-1,Data,Données,,',
      'competency,DG-1.1,Data literacy,Culture des données,"Reads, questions and uses data",DG-1',
    ].join('\n');
    const imported = importFrameworkItems(items, {
      framework: {
        id: 'ddat',
        version: '2026.1',
        title: { en: 'DDaT capability framework' },
        scales: [
          {
            id: 'skill',
            label: { en: 'Skill level' },
            levels: [1, 2, 3, 4].map((value) => ({ value, label: { en: `Level ${value}` } })),
            proficientLevel: 3,
          },
        ],
      },
    });
    // imported.data: a draft CompetencyFramework, validated by validateCompetencyFramework;
    // ids default to the codes, the only scale is every competency's scale.
    const csv = imported.success ? frameworkItemsToCsv(imported.data) : '';
    // --- end ---
    expect(imported.success && imported.data.competencies).toEqual([
      {
        id: 'DG-1.1',
        code: 'DG-1.1',
        label: { en: 'Data literacy', fr: 'Culture des données' },
        statement: { en: 'Reads, questions and uses data' },
        scaleId: 'skill',
        areaId: 'DG-1',
      },
    ]);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFtype,id,code,label.en,label.fr,statement.en,parentId,scaleId',
    );
  });

  it('exports Borich priorities with the one CSV writer', () => {
    // --- README: borichToCsv ---
    const rows = Array.from({ length: 6 }, (_, person) => ({
      importance: [5, 4],
      performance: [2, person % 2 === 0 ? 5 : 4],
    }));
    const priorities = meanWeightedDiscrepancy(pairedResponsesFromRows(rows), { min: 1, max: 5 });
    const csv = borichToCsv(priorities, { items: ['DG-1.1', 'DG-2.1'] }, { byteOrderMark: false });
    // item,status,withheldReason,rank,meanWeightedDiscrepancy,…
    // DG-1.1,published,,1,15,3,5,6,6
    // DG-2.1,published,,2,-2,-0.5,4,6,6      ← −2 stays a number, not '-2
    // --- end ---
    expect(csv).toBe(
      'item,status,withheldReason,rank,meanWeightedDiscrepancy,meanDiscrepancy,meanImportance,n,importanceN\r\n' +
        'DG-1.1,published,,1,15,3,5,6,6\r\n' +
        'DG-2.1,published,,2,-2,-0.5,4,6,6\r\n',
    );
  });
});
