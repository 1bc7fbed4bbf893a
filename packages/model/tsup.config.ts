import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // Separate entry points so that reference data and the generator are not pulled in by default.
    reference: 'src/reference/index.ts',
    sample: 'src/sample/index.ts',
    jsonSchema: 'src/jsonSchemas.ts',
    // The CSV writer, shared by the widgets' exports and later importers/exporters.
    csv: 'src/csv/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
