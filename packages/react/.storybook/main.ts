import type { StorybookConfig } from '@storybook/react-vite';
import { fileURLToPath } from 'node:url';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => {
    // Screenshot comparison needs vitest's browser runner; Storybook's own UI (dev and build)
    // gets a stand-in that does nothing (see test/stories/matchScreenshot.ts).
    if (process.env['VITEST'] !== undefined) return viteConfig;
    const standIn = fileURLToPath(
      new URL('../test/stories/matchScreenshot.storybook.ts', import.meta.url),
    );
    const alias = { find: /^.*\/test\/stories\/matchScreenshot\.js$/, replacement: standIn };
    const existing = viteConfig.resolve?.alias;
    const aliases = Array.isArray(existing)
      ? [...(existing as { find: string | RegExp; replacement: string }[]), alias]
      : [
          ...Object.entries((existing ?? {}) as Record<string, string>).map(
            ([find, replacement]) => ({ find, replacement }),
          ),
          alias,
        ];
    return { ...viteConfig, resolve: { ...viteConfig.resolve, alias: aliases } };
  },
};

export default config;
