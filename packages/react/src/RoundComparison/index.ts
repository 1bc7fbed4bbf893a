export { RoundComparison, type RoundComparisonProps } from './RoundComparison.js';
export {
  allUnitsId,
  comparisonGrid,
  groupFindings,
  levelExtent,
  unitsOf,
  type ComparisonColumn,
  type ComparisonFilter,
  type ComparisonGrid,
  type ComparisonGroup,
  type ComparisonItem,
  type ComparisonView,
  type GroupFinding,
  type RoundComparisonCompetency,
} from './roundGrid.js';
export {
  defaultRoundComparisonMessages,
  type ComparisonCellText,
  type ComparisonGroupText,
  type RoundComparisonMessages,
} from './messages.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';
