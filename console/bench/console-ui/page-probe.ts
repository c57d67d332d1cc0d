// What the console bench reads from inside the page: long tasks (PerformanceObserver), DOM nodes,
// and the JS heap after a garbage collection (Chrome DevTools Protocol).
import type { CDPSession, Page } from 'playwright-core';

/** Installed before the page's own scripts: every long task from the start is kept. */
export const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

export type PageProbe = {
  /** The longest task since the last call (ms), and forgets them. */
  longestTaskSince(): Promise<number>;
  domNodes(): Promise<number>;
  /** Used JS heap after a full garbage collection, in bytes. */
  heapBytes(): Promise<number>;
};

export async function probePage(page: Page): Promise<PageProbe> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  return {
    async longestTaskSince() {
      return page.evaluate<number>(
        '(() => { const t = (window.__longTasks ?? []).splice(0); return t.length ? Math.max(...t) : 0; })()',
      );
    },
    domNodes: () => page.evaluate<number>("document.getElementsByTagName('*').length"),
    async heapBytes() {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      return usage.usedSize;
    },
  };
}

/** How often a condition is looked at in the page: about once a frame. */
const POLL_MS = 16;

/**
 * Milliseconds from now until `condition` (a page expression) holds. Polled from here: the
 * console's CSP (no eval) refuses Playwright's in-page waiting on an expression.
 */
export async function msUntil(page: Page, condition: string, timeoutMs = 120_000) {
  const started = performance.now();
  while (!(await page.evaluate<boolean>(`Boolean(${condition})`))) {
    if (performance.now() - started > timeoutMs)
      throw new Error(`not within ${timeoutMs} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return performance.now() - started;
}
