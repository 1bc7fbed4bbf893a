import { test, type Page } from '@playwright/test';

// Main-thread tasks over 50 ms, watched in the page and listed in the report. Recorded, not
// asserted: how long a task takes depends on the machine and on what else runs on it, and the
// demo does not yet meet the 50 ms target everywhere (apps/demo/README.md). The figures to
// compare are the benchmark's (`pnpm bench`, bench/longTasks.mjs).

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

declare global {
  interface Window {
    __capkitLongTasks?: LongTask[];
    __capkitFirstHeading?: number;
  }
}

/** Records every task over 50 ms from the page's first script on; call before `page.goto`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__capkitLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__capkitLongTasks?.push({
          start: Math.round(entry.startTime),
          duration: Math.round(entry.duration),
        });
    }).observe({ type: 'longtask', buffered: true });
    // When the page's heading first appears: tasks before it are the app's start-up (the entry
    // script and the first render), tasks after it are the page's own work.
    new MutationObserver((_records, observer) => {
      if (document.querySelector('main h1') === null) return;
      window.__capkitFirstHeading = Math.round(performance.now());
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
}

/**
 * The tasks recorded since the last call, each as "duration ms at start ms", and forgets them.
 * Read before axe runs (checkPage): axe's own work is a task on the main thread.
 */
export async function takeLongTasks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tasks = window.__capkitLongTasks ?? [];
    window.__capkitLongTasks = [];
    const heading = window.__capkitFirstHeading ?? Infinity;
    return tasks.map(
      ({ start, duration }) =>
        `${duration} ms at ${start} ms${start < heading ? ' (start-up, before the h1)' : ''}`,
    );
  });
}

/** Lists `tasks` (from {@link takeLongTasks}) in the test's report, under `step`. */
export function recordLongTasks(step: string, tasks: readonly string[]): void {
  if (tasks.length > 0)
    test.info().annotations.push({
      type: 'main-thread tasks over 50 ms',
      description: `${step}: ${tasks.join(', ')}`,
    });
}
