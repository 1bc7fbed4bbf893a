/**
 * Storybook's UI stand-in for matchScreenshot.ts (which needs vitest's browser runner): the
 * screenshot comparison runs only in `vitest --project storybook`, so here it does nothing.
 */
export function matchScreenshot(element: HTMLElement, name: string, width = 1024): Promise<void> {
  // Nothing to compare against here; said in the console so a reader is not misled.
  console.debug(`Screenshot "${name}" (${width} px) of`, element, 'is compared only in vitest');
  return Promise.resolve();
}
