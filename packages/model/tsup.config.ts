import { defineConfig, type Options } from 'tsup';
import { dualFormatBuilds } from '../../scripts/tsupCommonJs.js';

const target = 'es2022';

// One module, one instance, in both formats: the entries share chunks in ESM and in CommonJS
// alike, so a schema (and the zod metadata registered on it) is one object whichever entry it
// came through. The CommonJS build is the ESM chunk graph converted file by file (the options
// weighed and why this one: ../../scripts/tsupCommonJs.ts).
const library: Options = {
  entry: {
    index: 'src/index.ts',
    // Separate entry points so that reference data and the generator are not pulled in by default.
    reference: 'src/reference/index.ts',
    sample: 'src/sample/index.ts',
    jsonSchema: 'src/jsonSchemas.ts',
    // The CSV writer, shared by the widgets' exports and later importers/exporters.
    csv: 'src/csv/index.ts',
    // Picking a language and its direction without loading zod, for an app's first screen.
    text: 'src/textLanguage.ts',
    // The fixed lists (knowledge stages, UNDP dimensions, engagement strategies) and the rules
    // over them, without zod, for pages that name them but validate nothing.
    vocabulary: 'src/vocabulary.ts',
  },
  splitting: true,
  dts: true,
  sourcemap: true,
  target,
};

export default defineConfig(() =>
  // The JSON Schemas are written into dist/json-schema/ after tsup (scripts/emitJsonSchemas.mjs).
  dualFormatBuilds(library),
);
