import { describe, expect, it } from 'vitest';
import { migrateDocument, migrations, type Migration } from './migrations.js';
import { currentSchemaVersion } from './schemaVersion.js';
import { validWorkspace } from './testWorkspace.js';
import { validateWorkspace } from './validation.js';

describe('migrateDocument', () => {
  it('returns a current document as it is (version 1 is the first shape: no migrations yet)', () => {
    const workspace = validWorkspace();
    expect(currentSchemaVersion).toBe(1);
    expect(migrations.size).toBe(0);
    expect(migrateDocument(workspace)).toEqual({ success: true, data: workspace });
  });

  it('applies a chain of migrations in order, one version at a time', () => {
    // A pretend history: v1 called the programme `programmeInfo`, v2 added `kind`.
    const history = new Map<number, Migration>([
      [1, ({ programmeInfo, ...rest }) => ({ ...rest, programme: programmeInfo })],
      [2, (document) => ({ ...document, kind: 'capkitWorkspace' })],
    ]);
    const { programme, kind: _, ...rest } = validWorkspace();
    const old = { ...rest, schemaVersion: 1, programmeInfo: programme };
    const result = migrateDocument(old, history, 3);
    expect(result).toEqual({
      success: true,
      data: { ...rest, schemaVersion: 3, programme, kind: 'capkitWorkspace' },
    });
  });

  it('reports a gap in the chain instead of guessing', () => {
    const result = migrateDocument({ schemaVersion: 1 }, new Map(), 2);
    expect(result).toMatchObject({
      success: false,
      issues: [{ path: 'schemaVersion', code: 'document.noMigration', params: { from: 1 } }],
    });
  });

  it('refuses documents from a newer capkit and documents without a version', () => {
    expect(migrateDocument({ schemaVersion: 2 })).toMatchObject({
      success: false,
      issues: [
        {
          code: 'document.newerSchemaVersion',
          message:
            'The document has schemaVersion 2, newer than 1 which this version of @capkit/model reads; upgrade @capkit/model',
        },
      ],
    });
    expect(migrateDocument({ schemaVersion: '1' })).toMatchObject({
      success: false,
      issues: [{ code: 'document.missingSchemaVersion' }],
    });
    expect(migrateDocument([])).toMatchObject({
      success: false,
      issues: [{ code: 'document.notAnObject' }],
    });
  });

  it('is the first step of validateWorkspace', () => {
    expect(validateWorkspace(validWorkspace()).success).toBe(true);
  });
});
