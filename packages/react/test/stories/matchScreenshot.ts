import { expect } from 'vitest';
import { page } from 'vitest/browser';

/**
 * Compares an element with its committed baseline (vitest browser mode's toMatchScreenshot):
 * `src/<folder>/__screenshots__/<stories file>/<name>-chromium-linux.png`. Outside CI a missing
 * baseline is written and the test passes; in CI (CI=true) it fails. `vitest run --project
 * storybook -u <path>` rewrites baselines deliberately. The window is first made as tall as the
 * element, since a screenshot cannot show what lies outside the window. Storybook's own UI has
 * no baselines: there .storybook/main.ts swaps this module for matchScreenshot.storybook.ts.
 */
export async function matchScreenshot(
  element: HTMLElement,
  name: string,
  /** Width of the window, in CSS px: a laptop's, wide enough for every widget. */
  width = 1024,
): Promise<void> {
  // Twice: the first resize may reflow the element to another height.
  for (let pass = 0; pass < 2; pass += 1) {
    const height = Math.ceil(element.getBoundingClientRect().height) + 32;
    await page.viewport(width, Math.max(height, 600));
  }
  element.scrollIntoView({ block: 'start' });
  // expect(element), not expect.element(…): the polling form retries a mismatch until the
  // test times out instead of failing with the diff (vitest-dev/vitest#10204).
  await expect(element).toMatchScreenshot(name, {
    comparatorName: 'pixelmatch',
    // Per-pixel colour tolerance for anti-aliasing, and at most 0.05% of pixels may differ.
    comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.0005 },
    screenshotOptions: { scale: 'css' },
  });
}
