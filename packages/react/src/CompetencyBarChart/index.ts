/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated CompetencyBarChart itself, its tests and stories, kept until its removal */
export {
  CompetencyBarChart,
  type CompetencyBarChartProps,
  type CompetencyBarDatum,
} from './CompetencyBarChart.js';
export { defaultCompetencyBarChartMessages, type CompetencyBarChartMessages } from './messages.js';
