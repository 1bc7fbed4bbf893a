import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const baselines = new URL('../../src/themes/__screenshots__/', import.meta.url);
const docs = new URL('../../docs/looks/', import.meta.url);

describe("the README's looks screenshots (docs/looks)", () => {
  it("are the story tests' baselines: run `node scripts/looks-screenshots.mjs` after updating them", () => {
    const copies = readdirSync(docs).filter((file) => file.endsWith('.png'));
    expect(copies).toEqual(
      expect.arrayContaining([
        'compared-govuk.png',
        'compared-uswds.png',
        'look-default.png',
        'look-govuk.png',
        'look-uswds.png',
      ]),
    );
    for (const copy of copies) {
      const stories = copy.startsWith('compared-') ? 'Compared' : 'Themes';
      const baseline = new URL(
        `${stories}.stories.tsx/${copy.replace('.png', '-chromium-linux.png')}`,
        baselines,
      );
      expect({
        copy,
        same: readFileSync(new URL(copy, docs)).equals(readFileSync(baseline)),
      }).toEqual({ copy, same: true });
    }
  });
});
