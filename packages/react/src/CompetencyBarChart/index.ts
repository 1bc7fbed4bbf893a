export {
  CompetencyBarChart,
  type CompetencyBarChartProps,
  type CompetencyBarDatum,
} from './CompetencyBarChart.js';
export { defaultCompetencyBarChartMessages, type CompetencyBarChartMessages } from './messages.js';
