export { MaturityIndexChart, type MaturityIndexChartProps } from './MaturityIndexChart.js';
export {
  defaultMaturityIndexChartMessages,
  type MaturityIndexChartMessages,
  type MaturityPlaceText,
  type MaturitySummaryText,
  type MaturitySwapText,
} from './messages.js';
export {
  factorRows,
  levelRows,
  maturityRows,
  rankSwapGroups,
  readFactor,
  type MaturityDimensionScore,
  type MaturityEntityRow,
  type MaturityFactorKind,
  type MaturityFactorRow,
  type MaturityLevelRow,
  type MaturityRankInterval,
  type RankSwapGroup,
} from './maturityRows.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  SelectionProps,
  ViewProps,
} from '../shared/widgetProps.js';
