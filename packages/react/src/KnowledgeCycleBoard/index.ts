export { KnowledgeCycleBoard, type KnowledgeCycleBoardProps } from './KnowledgeCycleBoard.js';
export {
  defaultKnowledgeCycleBoardMessages,
  type KnowledgeCycleBoardMessages,
  type KnowledgeMoveText,
  type KnowledgeSummaryCounts,
} from './messages.js';
export {
  communitiesOf,
  competenciesOf,
  filterItems,
  groupByStage,
  knowledgeFindings,
  moveForKey,
  moveItem,
  reachedAt,
  replaceItem,
  stageAfter,
  type ItemsByStage,
  type KnowledgeFilter,
  type KnowledgeFindings,
  type KnowledgeMove,
} from './knowledgeBoard.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';
