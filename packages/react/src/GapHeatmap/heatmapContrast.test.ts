import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bandCount } from './cellViews.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

/** WCAG 2.2 relative luminance of an sRGB colour written #rrggbb. */
function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio of two colours, from 1 to 21. */
function contrastRatio(a: string, b: string): number {
  const [lighter = 0, darker = 0] = [relativeLuminance(a), relativeLuminance(b)].sort(
    (x, y) => y - x,
  );
  return (lighter + 0.05) / (darker + 0.05);
}

/** The heatmap tokens a stylesheet declares, by name. */
function heatmapTokens(css: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const match of css.matchAll(/--(ck-color-(?:on-)?heatmap-\d):\s*(#[0-9a-fA-F]{6})\b/g)) {
    if (match[1] !== undefined && match[2] !== undefined) tokens.set(match[1], match[2]);
  }
  return tokens;
}

const defaults = heatmapTokens(readFileSync(join(src, 'theme.css'), 'utf8'));

describe('heatmap colours', () => {
  it('computes contrast as WCAG does (known values)', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 2);
  });

  it('defines a fill and a text colour for every band in the default theme', () => {
    for (let band = 0; band < bandCount; band += 1) {
      expect(defaults.get(`ck-color-heatmap-${band}`)).toMatch(/^#[0-9a-f]{6}$/i);
      expect(defaults.get(`ck-color-on-heatmap-${band}`)).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('runs from light (smallest need) to dark (largest need), so the largest need stands out', () => {
    const luminances = Array.from({ length: bandCount }, (_, band) =>
      relativeLuminance(defaults.get(`ck-color-heatmap-${band}`) ?? '#000000'),
    );
    for (let band = 1; band < bandCount; band += 1) {
      expect(luminances[band]).toBeLessThan(luminances[band - 1] ?? 0);
    }
    // The lightest band is close to the page (white), the darkest far from it.
    expect(contrastRatio(defaults.get('ck-color-heatmap-0') ?? '', '#ffffff')).toBeLessThan(1.3);
    expect(contrastRatio(defaults.get('ck-color-heatmap-4') ?? '', '#ffffff')).toBeGreaterThan(7);
  });

  it('gives every band of every theme a text colour with at least 4.5:1 contrast', () => {
    const sheets = [
      'theme.css',
      ...readdirSync(join(src, 'themes'))
        .filter((name) => name.endsWith('.css'))
        .map((name) => join('themes', name)),
    ];
    for (const sheet of sheets) {
      // A theme inherits the defaults for any token it does not set.
      const tokens = new Map([
        ...defaults,
        ...heatmapTokens(readFileSync(join(src, sheet), 'utf8')),
      ]);
      for (let band = 0; band < bandCount; band += 1) {
        const fill = tokens.get(`ck-color-heatmap-${band}`) ?? '';
        const text = tokens.get(`ck-color-on-heatmap-${band}`) ?? '';
        expect(
          contrastRatio(fill, text),
          `${sheet}: band ${band}, ${text} on ${fill}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
