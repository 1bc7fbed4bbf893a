export { FrameworkBrowser, type FrameworkBrowserProps } from './FrameworkBrowser.js';
export { defaultFrameworkBrowserMessages, type FrameworkBrowserMessages } from './messages.js';
