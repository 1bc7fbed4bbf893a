export { PriorityList, type PriorityListLabel, type PriorityListProps } from './PriorityList.js';
export {
  defaultPriorityListMessages,
  type PriorityListEstimateText,
  type PriorityListMessages,
  type PriorityListMethodText,
  type PriorityListStabilityText,
  type PriorityListUnitKind,
} from './messages.js';
