/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that keeps the demo working offline: the shell, every page's code
 * and the workspace worker are cached on the first visit, and a new version replaces the old one
 * on its own (the workspace itself is in IndexedDB and survives updates). Production builds only:
 * the dev server has no service worker.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void registerSW({ immediate: true });
}
