export { AssetsInventory, type AssetsInventoryProps } from './AssetsInventory.js';
export {
  defaultAssetsInventoryMessages,
  type AssetsInventoryMessages,
  type InventorySummaryText,
  type MaterialFormat,
} from './messages.js';
export {
  assetCompetencies,
  assetKinds,
  competencyChoices,
  filterAssets,
  inventoryFindings,
  kindsOf,
  matchAssets,
  planCompetencies,
  type AssetFilter,
  type AssetKind,
  type AssetMatch,
  type InterventionMatch,
  type InventoryFindings,
} from './assetMatching.js';
export type {
  ChartView,
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  ViewProps,
} from '../shared/widgetProps.js';
