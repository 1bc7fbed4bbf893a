// Copies the looks' screenshots from the story tests' baselines (src/themes/__screenshots__,
// written by `vitest run --project storybook src/themes/`) to docs/looks/, where the README
// shows them. test/docs/looksScreenshots.test.ts fails when the two differ.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const baselines = new URL('../src/themes/__screenshots__/', import.meta.url);
const docs = new URL('../docs/looks/', import.meta.url);
mkdirSync(docs, { recursive: true });
for (const stories of ['Compared.stories.tsx', 'Themes.stories.tsx']) {
  const folder = new URL(`${stories}/`, baselines);
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('-chromium-linux.png')) continue;
    const name = file.replace('-chromium-linux.png', '.png');
    copyFileSync(new URL(file, folder), new URL(name, docs));
    console.log(`docs/looks/${name}`);
  }
}
