export {
  PriorityMatrix,
  type PriorityMatrixLabel,
  type PriorityMatrixProps,
} from './PriorityMatrix.js';
export {
  defaultPriorityMatrixMessages,
  type PriorityMatrixConcentrateText,
  type PriorityMatrixMessages,
  type PriorityMatrixPointText,
  type PriorityMatrixSummaryText,
} from './messages.js';
