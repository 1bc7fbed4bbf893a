export {
  CapkitProvider,
  useCapkitSettings,
  useMessages,
  type CapkitProviderProps,
  type CapkitSettings,
} from './CapkitProvider.js';
export type { CapkitMessages, CapkitWidgetName, MessagesOf } from './capkitMessages.js';
