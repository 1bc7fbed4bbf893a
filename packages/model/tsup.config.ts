import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { commonJsFromEsmChunks } from '../../scripts/tsupCommonJs.js';

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
  },
  splitting: true,
  dts: true,
  sourcemap: true,
  target,
};

export default defineConfig(() => {
  // The builds below run at once, so none of them may clean; dist/ starts empty here. The JSON
  // Schemas are written into dist/json-schema/ after tsup (scripts/emitJsonSchemas.mjs).
  rmSync('dist', { recursive: true, force: true });
  return [
    { ...library, name: 'esm', format: ['esm'] },
    {
      ...library,
      name: 'cjs',
      format: ['esm'],
      outExtension: () => ({ js: '.cjs' }),
      plugins: [commonJsFromEsmChunks(target)],
      // tsup builds declarations in a worker that never sees `outExtension`: the CommonJS types
      // come from the next build, which tsup names `.d.cts` by itself.
      dts: false,
    },
    { ...library, name: 'cjs-types', format: ['cjs'], dts: { only: true } },
  ];
});
