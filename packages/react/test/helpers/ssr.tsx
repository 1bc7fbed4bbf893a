import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { vi } from 'vitest';

/** What {@link renderOnServerThenHydrate} saw. */
export interface HydrationResult {
  /** The server's HTML. */
  readonly html: string;
  /** The hydrated container, attached to `document.body`. */
  readonly container: HTMLDivElement;
  /** Errors React recovered from during hydration (mismatches): should be empty. */
  readonly recoverableErrors: readonly unknown[];
  /** What `console.error` was called with during hydration: should be empty. */
  readonly consoleErrors: readonly unknown[][];
  /** Unmounts and detaches the container. */
  readonly unmount: () => void;
}

/**
 * Renders `element` to a string as a server would, then hydrates that HTML in the DOM as the
 * browser would (after React Aria's `testSSR`): a widget is SSR-safe when the HTML has its
 * content and hydration reports no mismatch and no console error.
 */
export async function renderOnServerThenHydrate(element: ReactElement): Promise<HydrationResult> {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const recoverableErrors: unknown[] = [];
  let consoleErrors: unknown[][] = [];
  let root: ReturnType<typeof hydrateRoot>;
  try {
    root = await act(() =>
      hydrateRoot(container, element, {
        onRecoverableError: (error) => recoverableErrors.push(error),
      }),
    );
  } finally {
    // Restoring clears the recorded calls: keep them first.
    consoleErrors = [...consoleError.mock.calls];
    consoleError.mockRestore();
  }
  return {
    html,
    container,
    recoverableErrors,
    consoleErrors,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}
