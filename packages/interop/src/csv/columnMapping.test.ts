import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './columnMapping.js';
import { surveyInstrument } from './fixtures/surveyInstrument.js';
import { suggestColumnMapping } from './suggestColumnMapping.js';
import {
  parseColumnMapping,
  serializeColumnMapping,
  validateColumnMapping,
} from './validateColumnMapping.js';

const targets = (mapping: ColumnMapping) => mapping.columns.map(({ header, to }) => [header, to]);

describe('suggestColumnMapping', () => {
  it('strips KoboToolbox group paths and ignores select-multiple option columns', () => {
    const kobo = suggestColumnMapping(
      [
        '_uuid',
        '_submission_time',
        'grp/staff_id',
        'grp/q1',
        'grp/tools',
        'grp/tools/excel',
        'grp/q3_imp',
        'grp/q3_perf',
        '_index',
      ],
      { target: 'responses', instrument: surveyInstrument },
    );
    expect(targets(kobo)).toEqual([
      ['_uuid', { kind: 'field', field: 'id' }],
      ['_submission_time', { kind: 'field', field: 'submittedAt' }],
      ['grp/staff_id', { kind: 'field', field: 'respondentId' }],
      ['grp/q1', { kind: 'rating', itemId: 'dl.q1', part: 'value' }],
      ['grp/tools', { kind: 'ignore' }],
      ['grp/tools/excel', { kind: 'ignore' }],
      ['grp/q3_imp', { kind: 'rating', itemId: 'ux.q3', part: 'importance' }],
      ['grp/q3_perf', { kind: 'rating', itemId: 'ux.q3', part: 'performance' }],
      ['_index', { kind: 'ignore' }],
    ]);
  });

  it('takes the submission id as the respondent when the form names no person', () => {
    const odk = suggestColumnMapping(['SubmissionDate', 'g-q2', 'meta-instanceID', 'KEY'], {
      target: 'responses',
      instrument: surveyInstrument,
    });
    expect(targets(odk)).toEqual([
      ['SubmissionDate', { kind: 'field', field: 'submittedAt' }],
      ['g-q2', { kind: 'rating', itemId: 'dl.q2', part: 'value' }],
      ['meta-instanceID', { kind: 'ignore' }],
      ['KEY', { kind: 'field', field: 'respondentId' }],
    ]);
  });

  it('matches prompt text in any language and maps each item once', () => {
    const mapping = suggestColumnMapping(
      ['Je sais trouver des jeux de données officiels', 'dl.q1', 'Q'],
      { target: 'responses', instrument: surveyInstrument },
    );
    expect(targets(mapping)).toEqual([
      [
        'Je sais trouver des jeux de données officiels',
        { kind: 'rating', itemId: 'dl.q1', part: 'value' },
      ],
      ['dl.q1', { kind: 'ignore' }],
      ['Q', { kind: 'ignore' }],
    ]);
  });

  it('picks the long layout from item and value columns', () => {
    const mapping = suggestColumnMapping(['person_id', 'item', 'rating'], { target: 'responses' });
    expect(mapping.layout).toBe('long');
    expect(targets(mapping)).toEqual([
      ['person_id', { kind: 'field', field: 'respondentId' }],
      ['item', { kind: 'field', field: 'itemId' }],
      ['rating', { kind: 'field', field: 'value' }],
    ]);
  });

  it('matches other targets’ fields by name', () => {
    const mapping = suggestColumnMapping(['Person ID', 'unit_id', 'x'], {
      target: 'people',
      fields: ['personId', 'unitId'],
    });
    expect(targets(mapping)).toEqual([
      ['Person ID', { kind: 'field', field: 'personId' }],
      ['unit_id', { kind: 'field', field: 'unitId' }],
      ['x', { kind: 'ignore' }],
    ]);
  });
});

const base: ColumnMapping = {
  format: 'capkit.columnMapping',
  version: 1,
  target: 'responses',
  columns: [
    { header: 'staff', to: { kind: 'field', field: 'respondentId' } },
    { header: 'q1', to: { kind: 'rating', itemId: 'dl.q1', part: 'value' } },
  ],
};

describe('validateColumnMapping', () => {
  it('accepts a mapping that fits its file and instrument', () => {
    const result = validateColumnMapping(base, {
      headers: ['staff', 'q1'],
      instrument: surveyInstrument,
    });
    expect(result).toEqual({ success: true, data: base });
  });

  it('rejects unknown keys, as every boundary does', () => {
    const result = validateColumnMapping({
      ...base,
      columns: [{ header: 'q', to: { kind: 'ignore', x: 1 } }],
    });
    expect(!result.success && result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['columns[0].to', 'unrecognized_keys'],
    ]);
  });

  it('locates every problem against the file and the instrument', () => {
    const mapping: ColumnMapping = {
      ...base,
      columns: [
        { header: 'gone', to: { kind: 'field', field: 'subjectId' } },
        { header: 'q1', to: { kind: 'rating', itemId: 'dl.q9', part: 'value' } },
        { header: 'q2', to: { kind: 'rating', itemId: 'dl.q1', part: 'importance' } },
        { header: 'q3', to: { kind: 'rating', itemId: 'ux.q3', part: 'importance' } },
        { header: 'q3b', to: { kind: 'rating', itemId: 'ux.q3', part: 'importance' } },
        { header: 'q3b', to: { kind: 'field', field: 'favouriteColour' } },
      ],
    };
    const result = validateColumnMapping(mapping, {
      headers: ['q1', 'q2', 'q3', 'q3b', 'extra'],
      instrument: surveyInstrument,
    });
    expect(
      !result.success && result.issues.map((issue) => [issue.path, issue.column, issue.code]),
    ).toEqual([
      ['columns[0].header', 'gone', 'columnMapping.unknownHeader'],
      ['columns[1].to.itemId', 'q1', 'columnMapping.unknownItem'],
      ['columns[2].to.part', 'q2', 'columnMapping.partMismatch'],
      ['columns[4].to', 'q3b', 'columnMapping.duplicateTarget'],
      ['columns[5].header', 'q3b', 'columnMapping.duplicateHeader'],
      ['columns[5].to.field', 'q3b', 'columnMapping.unknownField'],
      ['columns', 'extra', 'columnMapping.unmappedHeader'],
      ['columns', undefined, 'columnMapping.requiredFieldMissing'],
    ]);
  });

  it('keeps rating columns out of the long layout', () => {
    const result = validateColumnMapping({ ...base, layout: 'long' });
    expect(!result.success && result.issues.map((issue) => issue.code)).toEqual([
      'columnMapping.ratingNotAllowed',
      'columnMapping.requiredFieldMissing',
      'columnMapping.requiredFieldMissing',
    ]);
  });
});

describe('serializeColumnMapping / parseColumnMapping', () => {
  it('saves and loads a mapping unchanged', () => {
    const text = serializeColumnMapping(base);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseColumnMapping(text)).toEqual({ success: true, data: base });
  });

  it('reports text that is not JSON as an issue', () => {
    const result = parseColumnMapping('{"format":');
    expect(!result.success && result.issues.map((issue) => issue.code)).toEqual([
      'columnMapping.invalidJson',
    ]);
  });
});
