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
