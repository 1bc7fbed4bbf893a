import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const update = 'run `node scripts/readme-screenshots.mjs` after updating the baselines';

/** Whether each copy in `docs` is byte for byte the baseline the story tests compare with. */
function sameAsBaselines(docs: string, baselineOf: (copy: string) => string) {
  return readdirSync(new URL(docs, root))
    .filter((file) => file.endsWith('.png'))
    .map((copy) => ({
      copy,
      same: readFileSync(new URL(`${docs}${copy}`, root)).equals(
        readFileSync(new URL(baselineOf(copy), root)),
      ),
    }));
}

/** Every widget: a folder of src/ with its own entry and stories, the themes and gallery aside. */
const widgets = readdirSync(new URL('src/', root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => existsSync(new URL(`src/${name}/${name}.stories.tsx`, root)));

describe("the README's looks screenshots (docs/looks)", () => {
  it(`are the story tests' baselines: ${update}`, () => {
    const copies = sameAsBaselines('docs/looks/', (copy) => {
      const stories = copy.startsWith('compared-') ? 'Compared' : 'Themes';
      return `src/themes/__screenshots__/${stories}.stories.tsx/${copy.replace('.png', '-chromium-linux.png')}`;
    });
    expect(copies.map(({ copy }) => copy)).toEqual(
      expect.arrayContaining([
        'compared-govuk.png',
        'compared-uswds.png',
        'look-default.png',
        'look-govuk.png',
        'look-uswds.png',
      ]),
    );
    for (const copy of copies) expect(copy).toEqual({ copy: copy.copy, same: true });
  });
});

describe("the README's widget screenshots (docs/widgets)", () => {
  it(`are the gallery story tests' baselines: ${update}`, () => {
    const copies = sameAsBaselines(
      'docs/widgets/',
      (copy) =>
        `src/gallery/__screenshots__/Gallery.stories.tsx/widget-${copy.replace('.png', '-chromium-linux.png')}`,
    );
    expect(copies.map(({ copy }) => copy.replace('.png', '')).sort()).toEqual(widgets.sort());
    for (const copy of copies) expect(copy).toEqual({ copy: copy.copy, same: true });
  });

  it('shows every widget in the README, each with its picture', () => {
    expect(widgets.length).toBeGreaterThan(15);
    for (const widget of widgets) {
      expect({ widget, shown: readme.includes(`(./docs/widgets/${widget}.png)`) }).toEqual({
        widget,
        shown: true,
      });
    }
  });
});
