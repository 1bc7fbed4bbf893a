export {
  GapHeatmap,
  type GapHeatmapProps,
  type GapHeatmapSort,
  type GapMeasure,
} from './GapHeatmap.js';
export {
  defaultGapHeatmapMessages,
  type GapHeatmapLargestText,
  type GapHeatmapMessages,
} from './messages.js';
export type { LocalizedCount } from '../shared/localeFormat.js';
export type {
  ChartView,
  LoadStateMessages,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
  ViewSwitchMessages,
} from '../shared/widgetProps.js';
