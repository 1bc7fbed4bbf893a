export { FrameworkBrowser, type FrameworkBrowserProps } from './FrameworkBrowser.js';
export { defaultFrameworkBrowserMessages, type FrameworkBrowserMessages } from './messages.js';
export type {
  HeadingLevel,
  HeadingProps,
  LoadStateProps,
  LoadStatus,
  LocaleProps,
  SelectionProps,
} from '../shared/widgetProps.js';
