export { CommunityDirectory, type CommunityDirectoryProps } from './CommunityDirectory.js';
export {
  defaultCommunityDirectoryMessages,
  type ActivityKind,
  type CommunityDirectoryMessages,
  type DirectorySummaryCounts,
} from './messages.js';
export {
  asOfDay,
  competencyAreas,
  directoryEntries,
  directoryFindings,
  filterEntries,
  focusOptions,
  isFiltering,
  noDirectoryFilter,
  splitActivities,
  type CentreOfExcellence,
  type CommunityActivity,
  type DirectoryEntry,
  type DirectoryFilter,
  type DirectoryFindings,
  type EntryContext,
} from './directoryEntries.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';
