import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateDocument, migrateVersion1, migrations, type Migration } from './migrations.js';
import { digitalGovernmentFramework } from './reference/digitalGovernmentFramework.js';
import { currentSchemaVersion } from './schemaVersion.js';
import { validWorkspace } from './testWorkspace.js';
import { validateCompetencyFramework, validateWorkspace } from './validation.js';

// A version-1 workspace written by hand, as capkit 0.x stored it: costs were one amount, and
// there was no catalogue, no maturity index and no evaluation observations.
const workspaceVersion1 = JSON.parse(
  readFileSync(new URL('./fixtures/workspaceVersion1.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('migrateDocument', () => {
  it('returns a current document as it is', () => {
    const workspace = validWorkspace();
    expect(currentSchemaVersion).toBe(2);
    expect([...migrations.keys()]).toEqual([1]);
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
    expect(migrateDocument({ schemaVersion: 3 })).toMatchObject({
      success: false,
      issues: [
        {
          code: 'document.newerSchemaVersion',
          message:
            'The document has schemaVersion 3, newer than 2 which this version of @capkit/model reads; upgrade @capkit/model',
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

describe('migration 1 → 2', () => {
  it('upgrades a stored version-1 workspace, which then validates', () => {
    const result = validateWorkspace(workspaceVersion1);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const workspace = result.data;
    expect(workspace.schemaVersion).toBe(2);
    expect(workspace.frameworks.map((framework) => framework.schemaVersion)).toEqual([2]);
    expect(workspace.catalogue).toEqual([]);
    expect(workspace.maturityIndexes).toEqual([]);
    expect(workspace.evaluations.map((evaluation) => evaluation.observations)).toEqual([[]]);
    // The one amount was the cost of the run, whoever came: it becomes the fixed cost.
    expect(workspace.plans[0]?.interventions.map((intervention) => intervention.cost)).toEqual([
      { currency: 'EUR', fixed: 6000, perParticipant: 0 },
      { currency: 'EUR', fixed: 1500, perParticipant: 0 },
    ]);
  });

  it('changes nothing else in the workspace', () => {
    const migrated = migrateDocument(workspaceVersion1);
    expect(migrated.success).toBe(true);
    if (!migrated.success) return;
    const { schemaVersion, frameworks, plans, evaluations, catalogue, maturityIndexes, ...rest } =
      migrated.data;
    const {
      schemaVersion: _v,
      frameworks: _f,
      plans: _p,
      evaluations: _e,
      ...restBefore
    } = workspaceVersion1;
    expect(rest).toEqual(restBefore);
    expect([schemaVersion, catalogue, maturityIndexes]).toEqual([2, [], []]);
    expect(JSON.stringify(evaluations)).toBe(
      JSON.stringify(
        (workspaceVersion1['evaluations'] as Record<string, unknown>[]).map((evaluation) => ({
          ...evaluation,
          observations: [],
        })),
      ),
    );
    expect(frameworks).toEqual(
      (workspaceVersion1['frameworks'] as Record<string, unknown>[]).map((framework) => ({
        ...framework,
        schemaVersion: 2,
      })),
    );
    expect(plans).toHaveLength(1);
  });

  it('keeps whatever a workspace of version 2 already has', () => {
    const { schemaVersion: _, ...current } = validWorkspace();
    const migrated = migrateVersion1({ ...current, schemaVersion: 1 });
    expect(migrated).toEqual({ ...current, schemaVersion: 1 });
  });

  it('leaves broken parts alone for validation to locate', () => {
    const broken = {
      ...workspaceVersion1,
      plans: [{ id: 'plan', interventions: [{ id: 'a', cost: 12 }, 'not an intervention'] }, 7],
      evaluations: 'none',
    };
    const migrated = migrateDocument(broken);
    expect(migrated).toMatchObject({
      success: true,
      data: {
        plans: [{ id: 'plan', interventions: [{ id: 'a', cost: 12 }, 'not an intervention'] }, 7],
        evaluations: 'none',
      },
    });
    const result = validateWorkspace(broken);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toContain('evaluations');
  });

  it('upgrades a version-1 competency framework by its version alone', () => {
    const { schemaVersion: _, ...rest } = structuredClone(digitalGovernmentFramework);
    const result = validateCompetencyFramework({ ...rest, schemaVersion: 1 });
    expect(result).toEqual({ success: true, data: { ...rest, schemaVersion: 2 } });
  });
});
