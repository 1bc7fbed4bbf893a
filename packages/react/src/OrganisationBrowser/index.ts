export { OrganisationBrowser, type OrganisationBrowserProps } from './OrganisationBrowser.js';
export {
  defaultOrganisationBrowserMessages,
  type OrganisationBrowserMessages,
  type OrganisationSummaryCounts,
} from './messages.js';
export type {
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  SelectionProps,
} from '../shared/widgetProps.js';
