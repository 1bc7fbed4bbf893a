import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { copyStorybook, serveStorybook } from './storybookPlugin.js';

// The widgets' gallery, built by `pnpm --filter @capkit/react build-storybook` (turbo runs it
// before the demo's build and dev server), shown at /storybook/.
const storybookFolder = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../packages/react/storybook-static',
);

// Names the checks that validateWorkspace makes in this build: a digest of @capkit/model's
// built code. The worker skips checking a stored workspace marked with the same name, so any
// change to the model (a new rule, a migration) makes every stored copy be checked once again.
function modelChecksDigest(): string {
  const dist = join(
    dirname(createRequire(import.meta.url).resolve('@capkit/model/package.json')),
    'dist',
  );
  const hash = createHash('sha256');
  for (const file of readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .sort())
    hash.update(file).update(readFileSync(join(dist, file)));
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
  define: { __CAPKIT_MODEL_CHECKS__: JSON.stringify(modelChecksDigest()) },
  plugins: [
    react(),
    serveStorybook(storybookFolder),
    copyStorybook(storybookFolder),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // Registered from src/pwa/registerServiceWorker.ts.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'capkit demo — Digital skills programme',
        short_name: 'capkit demo',
        description: "A sample ministry's capacity-development cycle, run in the browser.",
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b0c0c',
        lang: 'en',
        dir: 'ltr',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The shell, every page's chunk and the workspace worker (which carries the sample
        // generator and the scoring engine), so that the whole demo works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        globIgnores: ['storybook/**'],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        // Every address is the app's, so a deep link opens offline too; the gallery is not.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/storybook\//u],
        cleanupOutdatedCaches: true,
        // autoUpdate sets these only when the plugin injects the registration; ours is
        // src/pwa's, so say them: a new version takes over at once, and the first visit's page
        // is controlled without a reload (so it works offline straight away).
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
});
