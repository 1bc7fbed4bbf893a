import { defineConfig, type Options } from 'tsup';
import { dualFormatBuilds } from '../../scripts/tsupCommonJs.js';

const target = 'es2022';

// One entry per widget, so that an app importing one widget does not load the others, and one
// each for the provider and the figure that every widget builds on.
const entries = {
  index: 'src/index.ts',
  CapkitProvider: 'src/CapkitProvider/index.ts',
  ChartFigure: 'src/ChartFigure/index.ts',
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
  StakeholderGrid: 'src/StakeholderGrid/index.ts',
  EvaluationSummary: 'src/EvaluationSummary/index.ts',
  PlanExplanation: 'src/PlanExplanation/index.ts',
  OrganisationBrowser: 'src/OrganisationBrowser/index.ts',
  PlanTimeline: 'src/PlanTimeline/index.ts',
  KnowledgeCycleBoard: 'src/KnowledgeCycleBoard/index.ts',
  CommunityDirectory: 'src/CommunityDirectory/index.ts',
  MaturityIndexChart: 'src/MaturityIndexChart/index.ts',
  AssetsInventory: 'src/AssetsInventory/index.ts',
  RoundComparison: 'src/RoundComparison/index.ts',
  BudgetSummary: 'src/BudgetSummary/index.ts',
  CycleOverview: 'src/CycleOverview/index.ts',
  CapacityAssessmentView: 'src/CapacityAssessmentView/index.ts',
  DataImport: 'src/DataImport/index.ts',
};

// One module, one instance, in both formats: the entries share chunks in ESM and in CommonJS
// alike, so `CapkitContext` is created once and a `CapkitProvider` from any entry reaches a
// widget from any other. Chunks hold only what several entries use, so one widget still does
// not load the others. The CommonJS build is the ESM chunk graph converted file by file (the
// options weighed and why this one: ../../scripts/tsupCommonJs.ts).
const library: Options = {
  entry: entries,
  splitting: true,
  dts: { entry: entries },
  sourcemap: true,
  target,
  // Widgets hold state and effects: mark every file as a client module for React Server
  // Components. It stays the first statement of the CommonJS files too.
  banner: { js: "'use client';" },
};

export default defineConfig(() =>
  dualFormatBuilds(library, {
    entry: {
      ...entries,
      styles: 'src/styles.css',
      'themes/govuk': 'src/themes/govuk.css',
      'themes/uswds': 'src/themes/uswds.css',
    },
  }),
);
