export {
  CapkitProvider,
  useCapkitSettings,
  useMessages,
  type CapkitProviderProps,
  type CapkitSettings,
} from './CapkitProvider.js';
