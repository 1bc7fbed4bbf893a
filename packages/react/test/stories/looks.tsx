import type { Decorator } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';

/**
 * The decorators that show a story in one of capkit's looks: the story inside a container with
 * the look's class (`ck-theme-govuk`, `ck-theme-uswds`), as an app would wrap its page; none
 * for the default look.
 */
export function inLook(className: string | undefined): Decorator[] {
  if (className === undefined) return [];
  const Look: Decorator = (Story) => (
    <div className={className}>
      <Story />
    </div>
  );
  return [Look];
}

/**
 * Waits until the story's first `selector` element is set in the look's font (fonts load
 * after the first paint); nothing to wait for when `font` is undefined.
 */
export async function expectLookFont(
  canvasElement: HTMLElement,
  selector: string,
  font: RegExp | undefined,
): Promise<void> {
  if (font === undefined) return;
  const element = canvasElement.querySelector(selector);
  await waitFor(() => expect(element && getComputedStyle(element).fontFamily).toMatch(font));
}
