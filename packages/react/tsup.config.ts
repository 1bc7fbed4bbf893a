import { defineConfig } from 'tsup';

// One entry per widget, so that an app importing one widget does not load the others.
const widgets = {
  index: 'src/index.ts',
  CompetencyBarChart: 'src/CompetencyBarChart/index.ts',
  CompetencyProfile: 'src/CompetencyProfile/index.ts',
  ProficiencyBadge: 'src/ProficiencyBadge/index.ts',
  ScaleLegend: 'src/ScaleLegend/index.ts',
  PriorityList: 'src/PriorityList/index.ts',
  PriorityMatrix: 'src/PriorityMatrix/index.ts',
  FrameworkBrowser: 'src/FrameworkBrowser/index.ts',
  AssessmentForm: 'src/AssessmentForm/index.ts',
  GapHeatmap: 'src/GapHeatmap/index.ts',
  GroupSummaryTable: 'src/GroupSummaryTable/index.ts',
};

export default defineConfig({
  entry: {
    ...widgets,
    styles: 'src/styles.css',
    'themes/govuk': 'src/themes/govuk.css',
    'themes/uswds': 'src/themes/uswds.css',
  },
  format: ['esm', 'cjs'],
  dts: { entry: widgets },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Widgets hold state and effects: mark every entry as a client module for React Server Components.
  banner: { js: "'use client';" },
});
