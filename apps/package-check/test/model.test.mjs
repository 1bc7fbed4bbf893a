// @capkit/model through `import`: every entry point shares one instance of each schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as model from '@capkit/model';
import { csvField } from '@capkit/model/csv';
import { jsonSchemaDocuments, toJsonSchema } from '@capkit/model/json-schema';
import { digitalGovernmentScale } from '@capkit/model/reference';
import { generateSampleWorkspace } from '@capkit/model/sample';
import { resolveLocalizedText, textDirection } from '@capkit/model/text';
import * as vocabulary from '@capkit/model/vocabulary';

const rootExports = new Set(Object.values(model));

describe('@capkit/model via import', () => {
  it('publishes JSON Schemas from the very zod schemas @capkit/model exports', () => {
    assert.ok(jsonSchemaDocuments.length > 0);
    for (const { name, schema } of jsonSchemaDocuments) {
      assert.ok(rootExports.has(schema), `the ${name} schema of json-schema is a root export`);
    }
    assert.equal(
      jsonSchemaDocuments.find((document) => document.name === 'workspace')?.schema,
      model.workspaceSchema,
    );
    assert.equal(toJsonSchema('workspace').title, 'Capkit workspace');
  });

  it('accepts the reference scale and the sample workspace with the root validators', () => {
    assert.equal(model.proficiencyScaleSchema.safeParse(digitalGovernmentScale).success, true);
    const result = model.validateWorkspace(generateSampleWorkspace({ seed: 1, people: 12 }));
    assert.deepEqual(result.success ? [] : result.issues, []);
  });

  it('serves the language helpers from /text as the very functions of the root', () => {
    assert.equal(resolveLocalizedText, model.resolveLocalizedText);
    assert.equal(textDirection, model.textDirection);
    assert.equal(textDirection('ar'), 'rtl');
    assert.deepEqual(resolveLocalizedText({ en: 'Skills', fr: 'Compétences' }, ['fr-CA']), {
      text: 'Compétences',
      lang: 'fr',
    });
  });

  it('serves the fixed lists from /vocabulary as the very values of the root, and the schemas use them', () => {
    assert.equal(vocabulary.knowledgeStages, model.knowledgeStages);
    assert.equal(vocabulary.suggestedEngagementStrategy, model.suggestedEngagementStrategy);
    assert.equal(vocabulary.campaignPhase, model.campaignPhase);
    assert.deepEqual(model.coreIssueSchema.options, [...vocabulary.coreIssues]);
    assert.equal(vocabulary.suggestedEngagementStrategy(4, 1), 'keepSatisfied');
  });

  it('loads the CSV writer', () => {
    assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
  });
});
