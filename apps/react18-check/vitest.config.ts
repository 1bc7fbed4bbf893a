import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @capkit/react's own React is a 19 dev dependency; dedupe makes its widgets use this app's 18.
  resolve: { dedupe: ['react', 'react-dom'] },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.tsx'],
    server: { deps: { inline: [/@capkit\//] } },
  },
});
