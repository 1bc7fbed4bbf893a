export {
  FrameworkBrowser,
  type FrameworkBrowserProps,
  type FrameworkBrowserStatus,
} from './FrameworkBrowser.js';
export type { DetailsHeadingLevel } from './CompetencyDetails.js';
export { defaultFrameworkBrowserMessages, type FrameworkBrowserMessages } from './messages.js';
