// One pass of the console bench against a running hub: first load to a usable Devices view, a
// search and a sort of the table, a scroll through all of it, then the largest title's list of
// computers opened and scrolled. Each step says how long it took, its longest task, DOM nodes and
// the JS heap after it.
import type { Browser, Page } from 'playwright-core';
import { LONG_TASK_RECORDER, msUntil, probePage, type PageProbe } from './page-probe.ts';

export type StepFigures = {
  ms: number;
  longestTaskMs: number;
  domNodes: number;
  heapBytes: number;
};
export type StepName =
  'firstLoad' | 'search' | 'sort' | 'tableScroll' | 'titleOpen' | 'titleScroll';
export type ConsoleFigures = Record<StepName, StepFigures> & {
  /** Scripts of the first load: as sent (gzip) and as run. */
  firstLoadScripts: { sent: number; run: number };
  titleComputers: number;
};

const SHOWN = "(document.querySelector('[data-testid=devices-shown]')?.textContent ?? '')";
const FIRST_ROW =
  "document.querySelector('[data-testid=devices-table] tbody tr:not(.spacer)')?.dataset.deviceId";
/** Scrolling steps through a long list, each a screenful or more, a frame apart. */
const SCROLL_STEPS = 40;

async function step(probe: PageProbe, run: () => Promise<number>): Promise<StepFigures> {
  await probe.longestTaskSince();
  const ms = await run();
  return {
    ms,
    longestTaskMs: await probe.longestTaskSince(),
    domNodes: await probe.domNodes(),
    heapBytes: await probe.heapBytes(),
  };
}

/** The little of the DOM this file touches in the page (it is compiled without the DOM's types). */
type ScrollBox = { scrollTop: number; scrollHeight: number };
type PageWindow = {
  document: { querySelector(s: string): { closest(s: string): ScrollBox | null } | null };
  requestAnimationFrame(callback: () => void): void;
  performance: { now(): number };
};

/** Scrolls the list's box to its end in steps; the time from the first step to the last frame. */
function scrollThrough(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    async ({ selector, steps }) => {
      const view = globalThis as unknown as PageWindow;
      // The list's own scrolling box: the table's wrapper, or the box itself.
      const box = view.document.querySelector(selector)?.closest('.table-scroll, .verdict-scroll');
      if (!box) throw new Error(`no scrolling box around ${selector}`);
      const frame = () => new Promise<void>((done) => view.requestAnimationFrame(() => done()));
      const started = view.performance.now();
      for (let i = 1; i <= steps; i++) {
        box.scrollTop = (box.scrollHeight * i) / steps;
        await frame();
      }
      box.scrollTop = box.scrollHeight;
      await frame();
      await frame();
      return view.performance.now() - started;
    },
    { selector, steps: SCROLL_STEPS },
  );
}

/** Signs in at the hub with the Devices view asked for, and measures every step. */
export async function measureConsole(
  browser: Browser,
  hub: { url: string; password: string; devices: number },
  title: { key: string; deviceCount: number },
): Promise<ConsoleFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_RECORDER);
  const probe = await probePage(page);
  const scripts: Promise<{ sent: number; run: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      Promise.all([response.request().sizes(), response.body()]).then(([sizes, body]) => ({
        sent: sizes.responseBodySize,
        run: body.length,
      })),
    );
  });
  const count = hub.devices.toLocaleString('en-US');
  const everyDevice = `${SHOWN} === 'Showing ${count} of ${count}'`;

  const firstLoad = await step(probe, async () => {
    const started = performance.now();
    await page.goto(`${hub.url}/#/devices`);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill(hub.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await msUntil(page, everyDevice);
    return performance.now() - started;
  });
  const loaded = await Promise.all(scripts.splice(0));
  const firstLoadScripts = {
    sent: loaded.reduce((sum, s) => sum + s.sent, 0),
    run: loaded.reduce((sum, s) => sum + s.run, 0),
  };

  const search = await step(probe, async () => {
    const started = performance.now();
    await page.getByLabel('Search devices').fill('lab');
    await msUntil(page, `!(${everyDevice})`);
    const ms = performance.now() - started;
    await page.getByLabel('Search devices').fill('');
    await msUntil(page, everyDevice);
    return ms;
  });

  const sort = await step(probe, async () => {
    const before = await page.evaluate<string>(FIRST_ROW);
    const started = performance.now();
    await page.getByRole('button', { name: 'Last seen' }).click();
    await msUntil(page, `${FIRST_ROW} !== ${JSON.stringify(before)}`);
    return performance.now() - started;
  });

  const tableScroll = await step(probe, () => scrollThrough(page, '[data-testid=devices-table]'));

  // The title on most computers, opened, and its list of all of them.
  const titleOpen = await step(probe, async () => {
    const started = performance.now();
    await page.evaluate(`window.location.hash = '#/software/${encodeURIComponent(title.key)}'`);
    const all = page.getByText(/^All \([\d,]+\)$/);
    await all.click({ timeout: 120_000 });
    await msUntil(
      page,
      `document.querySelector('[data-testid=title-devices] li')?.getAttribute('aria-setsize') === '${title.deviceCount}'`,
    );
    return performance.now() - started;
  });
  const titleScroll = await step(probe, () => scrollThrough(page, '[data-testid=title-devices]'));
  await context.close();
  return {
    firstLoad,
    search,
    sort,
    tableScroll,
    titleOpen,
    titleScroll,
    firstLoadScripts,
    titleComputers: title.deviceCount,
  };
}
