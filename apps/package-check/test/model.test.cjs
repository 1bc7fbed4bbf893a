// @capkit/model through `require`: every entry point shares one instance of each schema.
const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const model = require('@capkit/model');
const { csvField } = require('@capkit/model/csv');
const { jsonSchemaDocuments, toJsonSchema } = require('@capkit/model/json-schema');
const { digitalGovernmentScale } = require('@capkit/model/reference');
const { generateSampleWorkspace } = require('@capkit/model/sample');
const { resolveLocalizedText, textDirection } = require('@capkit/model/text');
const vocabulary = require('@capkit/model/vocabulary');

const rootExports = new Set(Object.values(model));

describe('@capkit/model via require', () => {
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
