import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    CompetencyBarChart: 'src/CompetencyBarChart/index.ts',
    styles: 'src/styles.css',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', CompetencyBarChart: 'src/CompetencyBarChart/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Widgets hold state and effects: mark every entry as a client module for React Server Components.
  banner: { js: "'use client';" },
});
