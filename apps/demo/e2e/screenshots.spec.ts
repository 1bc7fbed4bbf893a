import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { routeFor } from '../src/app/routes.js';
import { waitForResults } from './pageChecks.js';

// Full-page screenshots of the main views at 1280 px, for the README. Always taken and checked
// not to be blank; written to docs/screenshots/ only with DEMO_SCREENSHOTS=1, so that an
// ordinary test run leaves the working tree as it was.

const folder = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const write = process.env['DEMO_SCREENSHOTS'] === '1';

const views = [
  { name: 'start', path: '/', locale: 'en' },
  { name: 'training-needs-results', path: '/training-needs/results', locale: 'en' },
  { name: 'questionnaire', path: '/training-needs/questionnaire', locale: 'en' },
  { name: 'stakeholders', path: '/stakeholders', locale: 'en' },
  { name: 'maturity', path: '/capacity/maturity', locale: 'en' },
  { name: 'plan', path: '/response', locale: 'en' },
  { name: 'evaluation', path: '/evaluation', locale: 'en' },
  { name: 'start-arabic', path: '/', locale: 'ar' },
] as const;

interface PixelStats {
  readonly width: number;
  readonly height: number;
  /** Standard deviation of the luminance over the whole image, 0–255. */
  readonly deviation: number;
  /** Share of 100-px bands across the page that are one flat colour. */
  readonly flatBands: number;
}

/** Decodes the PNG in the browser and measures how much there is in it. */
async function pixelStats(page: Page, png: Buffer): Promise<PixelStats> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    let squares = 0;
    const band = 100;
    let bands = 0;
    let flat = 0;
    for (let top = 0; top < height; top += band) {
      let low = 255;
      let high = 0;
      for (let y = top; y < Math.min(height, top + band); y += 2)
        for (let x = 0; x < width; x += 2) {
          const at = (y * width + x) * 4;
          const luminance =
            0.2126 * (data[at] ?? 0) + 0.7152 * (data[at + 1] ?? 0) + 0.0722 * (data[at + 2] ?? 0);
          sum += luminance;
          squares += luminance * luminance;
          low = Math.min(low, luminance);
          high = Math.max(high, luminance);
        }
      bands += 1;
      if (high - low < 8) flat += 1;
    }
    const count = Math.ceil(height / 2) * Math.ceil(width / 2);
    const mean = sum / count;
    return {
      width,
      height,
      deviation: Math.sqrt(Math.max(0, squares / count - mean * mean)),
      flatBands: flat / bands,
    };
  }, png.toString('base64'));
}

test.use({ viewport: { width: 1280, height: 800 } });

for (const view of views) {
  test(`screenshot: ${view.name}`, async ({ page }, testInfo) => {
    test.skip(routeFor(view.path) === undefined, `${view.path} is not in the route table yet`);
    await page.addInitScript((locale) => {
      window.localStorage.setItem('capkit-demo-locale', locale);
    }, view.locale);
    await page.goto(view.path);
    await waitForResults(page);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toHaveText(/Page not found|الصفحة غير موجودة/u);
    // Rows drawn lazily with content-visibility: auto come out empty in a full-page capture.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ fullPage: true, animations: 'disabled' });
    const stats = await pixelStats(page, png);
    testInfo.annotations.push({ type: 'pixels', description: JSON.stringify(stats) });
    expect(stats.width).toBe(1280);
    expect(stats.height).toBeGreaterThanOrEqual(800);
    expect(stats.deviation, 'the screenshot is one flat colour').toBeGreaterThan(20);
    // A long page has white margins and gaps, but not mostly: half flat means rows were empty.
    expect(stats.flatBands, 'too much of the screenshot is blank').toBeLessThan(0.5);
    if (write) {
      await mkdir(folder, { recursive: true });
      await writeFile(`${folder}${view.name}.png`, png);
    }
  });
}
