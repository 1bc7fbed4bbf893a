// Copies the README's screenshots from the story tests' baselines, where they are compared on
// every run: the looks (src/themes/__screenshots__) to docs/looks/ and every widget (the
// gallery, src/gallery/__screenshots__) to docs/widgets/. Run it after updating the baselines
// with `vitest run --project storybook src/themes/ src/gallery/ --update`;
// test/docs/readmeScreenshots.test.ts fails when a copy and its baseline differ.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const sets = [
  { from: '../src/themes/__screenshots__/Compared.stories.tsx/', to: '../docs/looks/' },
  { from: '../src/themes/__screenshots__/Themes.stories.tsx/', to: '../docs/looks/' },
  { from: '../src/gallery/__screenshots__/Gallery.stories.tsx/', to: '../docs/widgets/' },
];
for (const { from, to } of sets) {
  const folder = new URL(from, import.meta.url);
  const docs = new URL(to, import.meta.url);
  mkdirSync(docs, { recursive: true });
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('-chromium-linux.png')) continue;
    const name = file.replace('-chromium-linux.png', '.png').replace(/^widget-/, '');
    copyFileSync(new URL(file, folder), new URL(name, docs));
    console.log(new URL(name, docs).pathname);
  }
}
