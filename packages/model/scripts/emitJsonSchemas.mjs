#!/usr/bin/env node
// Writes the JSON Schemas of the published documents into dist/json-schema/ after tsup has built
// dist/jsonSchema.js: one <name>.schema.json per document and an index.json listing them. It reads the
// list from the built package (src/jsonSchemas.ts) so that the tests and the files cannot drift.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const distDirectory = new URL('../dist/', import.meta.url);
const outputDirectory = new URL('json-schema/', distDirectory);
const builtEntry = new URL('jsonSchema.js', distDirectory);

function fail(message) {
  console.error(`emitJsonSchemas: ${message}`);
  process.exit(1);
}

let model;
try {
  model = await import(builtEntry.href);
} catch (error) {
  fail(`cannot load ${fileURLToPath(builtEntry)}; run tsup first.\n${String(error)}`);
}

const { currentSchemaVersion, jsonSchemaDocuments, toJsonSchema } = model;
if (typeof toJsonSchema !== 'function' || !Array.isArray(jsonSchemaDocuments)) {
  fail(
    'dist/jsonSchema.js exports no toJsonSchema or jsonSchemaDocuments; build the jsonSchema entry first.',
  );
}

// Start clean so a document dropped from the list does not leave a stale file behind.
await rm(outputDirectory, { recursive: true, force: true });
await mkdir(outputDirectory, { recursive: true });

const schemas = [];
for (const { name, title, description } of jsonSchemaDocuments) {
  const schema = toJsonSchema(name);
  const file = `${name}.schema.json`;
  await writeFile(new URL(file, outputDirectory), `${JSON.stringify(schema, null, 2)}\n`);
  schemas.push({ name, title, description, $id: schema.$id, file });
}

const index = {
  $comment:
    'JSON Schemas (draft 2020-12) of the documents @capkit/model reads and writes. Each checks structure only; the validate… functions of @capkit/model also check references and the rules each schema notes in $comment.',
  schemaVersion: currentSchemaVersion,
  schemas,
};
await writeFile(new URL('index.json', outputDirectory), `${JSON.stringify(index, null, 2)}\n`);

console.log(
  `emitJsonSchemas: wrote ${schemas.length} schemas and index.json to ${fileURLToPath(outputDirectory)}`,
);
