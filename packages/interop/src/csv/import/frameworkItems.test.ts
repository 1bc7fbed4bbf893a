import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFrameworkItems, type FrameworkHead } from './frameworkItems.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/framework/${name}`, import.meta.url));
const head = JSON.parse(
  readFileSync(new URL('../fixtures/framework/ddat-head.json', import.meta.url), 'utf8'),
) as FrameworkHead;

describe('importFrameworkItems', () => {
  it('reads areas and competencies with labels per language, parents by code and the default scale', () => {
    const result = importFrameworkItems(fixture('ddat-items.csv'), { framework: head });
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.rowsImported).toBe(5);
    expect(result.data.status).toBe('draft');
    expect(result.data.areas).toEqual([
      {
        id: 'a-data',
        code: 'DG-1',
        label: { en: 'Data', fr: 'Données' },
        description: { en: 'Using data to make decisions' },
      },
      { id: 'a-delivery', code: 'DG-2', label: { en: 'Delivery', fr: 'Livraison' } },
    ]);
    expect(result.data.competencies).toEqual([
      {
        id: 'c-data-literacy',
        code: 'DG-1.1',
        label: { en: 'Data literacy', fr: 'Culture des données' },
        statement: {
          en: 'Reads, questions and uses data to make decisions',
          fr: 'Lit, questionne et utilise les données pour décider',
        },
        scaleId: 'ddat-skill',
        areaId: 'a-data',
      },
      {
        id: 'c-data-viz',
        code: 'DG-1.2',
        label: { en: 'Data visualisation', fr: 'Visualisation des données' },
        statement: {
          en: 'Shows data so that others understand it',
          fr: "Montre les données pour qu'on les comprenne",
        },
        scaleId: 'ddat-skill',
        areaId: 'a-data',
      },
      {
        id: 'c-agile',
        code: 'DG-2.1',
        label: { en: 'Agile working', fr: 'Travail agile' },
        statement: { en: 'Plans and delivers in short, tested increments' },
        scaleId: 'ddat-skill',
        areaId: 'a-delivery',
      },
    ]);
  });

  it('locates a duplicate code on both rows, an unknown parent area and an unknown type', () => {
    const result = importFrameworkItems(fixture('ddat-items-bad.csv'), { framework: head });
    expect(result.success).toBe(false);
    expect(result.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 6, column: 'type', code: 'import.badType' },
      { row: 3, column: 'code', code: 'import.duplicate' },
      { row: 4, column: 'code', code: 'import.duplicate' },
      { row: 3, column: 'code', code: 'import.duplicate' },
      { row: 4, column: 'code', code: 'import.duplicate' },
      { row: 5, column: 'parentCode', code: 'import.unknownReference' },
    ]);
    expect(result.issues[1]?.message).toBe(
      'The same competency id "DG-1.1" appears in rows 3 and 4: keep one of them',
    );
    expect(result.issues[3]?.message).toBe(
      'The same code "DG-1.1" appears in rows 3 and 4: keep one of them',
    );
  });

  it('in goodRows mode keeps the sound items and leaves out those under a bad area', () => {
    const csv =
      'type,code,label.en,statement.en,parentCode\narea,A,Area A,,\narea,B,,,\ncompetency,A.1,One,Does one,A\ncompetency,B.1,Two,Does two,B\n';
    const result = importFrameworkItems(csv, { framework: head, mode: 'goodRows' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.areas.map((area) => area.id)).toEqual(['A']);
    expect(result.data.competencies.map((c) => [c.id, c.areaId])).toEqual([['A.1', 'A']]);
    expect(result.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'label.en', code: 'import.missingValue' },
      { row: 5, column: 'parentCode', code: 'import.referenceLeftOut' },
    ]);
    expect(result.rowsRejected).toBe(2);
  });

  it('reports what the model validator finds, on the row and column it came from', () => {
    const csv =
      'type,code,label.en,label.xx-invalid-tag-!,statement.en,parentId\narea,A,Area,,,B\narea,B,Area B,,,A\ncompetency,C,C,bad,Does,\n';
    const result = importFrameworkItems(csv, { framework: head });
    expect(result.success).toBe(false);
    expect(result.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 4, column: 'label.xx-invalid-tag-!', code: 'invalid_key' },
    ]);
    const cycle = importFrameworkItems(
      'type,code,label.en,statement.en,parentId\narea,A,Area,,B\narea,B,Area B,,A\ncompetency,C,C,Does,\n',
      { framework: head },
    );
    expect(cycle.issues.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: 'parentId', code: 'tree.cycle' },
    ]);
  });

  it('makes every row a competency when the file has no type column', () => {
    const result = importFrameworkItems('code,label.en,statement.en\nK1,Knows,Knows things\n', {
      framework: head,
    });
    expect(result.success && result.data.competencies).toEqual([
      {
        id: 'K1',
        code: 'K1',
        label: { en: 'Knows' },
        statement: { en: 'Knows things' },
        scaleId: 'ddat-skill',
      },
    ]);
  });

  it('reports a framework head the model refuses without a row', () => {
    const result = importFrameworkItems('code,label.en,statement.en\nK1,Knows,Knows things\n', {
      framework: { ...head, version: '' },
    });
    expect(result.success).toBe(false);
    expect(result.issues.map(({ row, path }) => ({ row, path }))).toEqual([
      { row: undefined, path: 'framework.version' },
    ]);
  });
  it('reads a space-only id or parent as blank (found by the fuzz test)', () => {
    const result = importFrameworkItems(
      'type,id,code,label.en,statement.en,parentId\narea, ,A,Area,, \n',
      {
        framework: head,
      },
    );
    expect(result.success && result.data.areas).toEqual([
      { id: 'A', code: 'A', label: { en: 'Area' } },
    ]);
  });
});
