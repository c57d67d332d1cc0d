// The console's frame in Chromium: a sidebar that folds to icons (and starts so on a narrower
// window), a frame that reflows at 400 % and 200 % zoom (320 and 720 CSS px) with Sign-out in
// reach, tab titles that name the place, and focus on the new page's heading after each move.
import type { Browser, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { consoleTest } from './support/console-fixture.ts';
import { COORDINATOR_VIEWS as VIEWS } from './support/coordinator-views.ts';
import {
  checkView,
  LIVE_TIMEOUT_MS,
  nextFrames,
  signIn,
  watchProblems,
} from './support/console-page.ts';
import { connectSampleComputer } from './support/sample-computer.ts';

const DEVICE_NAME = 'art-room-pc-3';

/**
 * Each test here walks many views (and the first one builds the UI and runs axe in two themes):
 * on two busy cores that takes longer than the suite's default minute.
 */
const WALK_TIMEOUT_MS = 180_000;

type Overflow = { document: number; main: number; widest: string };

/**
 * How far the document and the view's scrolling area reach past the window's side, and the first
 * element that reaches furthest (to say what to fix), leaving out what scrolls inside itself.
 */
function sidewaysOverflow(page: Page): Promise<Overflow> {
  // A page script as text: the tests are compiled without the DOM's types.
  return page.evaluate<Overflow>(`(() => {
    const root = document.documentElement;
    const main = document.getElementById('main');
    let widest = '';
    let right = main ? main.getBoundingClientRect().right : root.clientWidth;
    for (const element of document.querySelectorAll('#main *, .topbar *')) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 0.5 && !element.closest('.table-scroll, .tab-list, [data-scrolls]')) {
        right = box.right;
        widest = element.tagName + '.' + element.className + ' ' + Math.round(box.width);
      }
    }
    return {
      document: root.scrollWidth - root.clientWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
      widest,
    };
  })()`);
}

/** The id and tag of what has focus, e.g. "H1 Devices". */
function focused(page: Page): Promise<string> {
  return page.evaluate<string>(
    `document.activeElement ? (document.activeElement.tagName + ' ' + document.activeElement.textContent).trim() : ''`,
  );
}

/**
 * A signed-in console in a browser profile of its own (nothing remembered from another test: no
 * sidebar choice, no session), with what goes wrong on it.
 */
async function freshConsole(browser: Browser, hubUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await signIn(page, hubUrl);
  return { page, problems, close: () => context.close() };
}

const frameTest = consoleTest
  .override('viewport', { width: 1024, height: 768 })
  .extend('scene', { scope: 'file' }, async ({ t }) => {
    const agent = await connectSampleComputer(t, DEVICE_NAME);
    await raiseHand(agent, { category: 'printer', text: 'The printer says paper jam' });
    const admin = await t.signIn();
    const { body } = await t.http<{ id: string; name: string }[]>('/api/devices', {
      token: admin,
    });
    if (!body.ok) throw new Error(body.error);
    return { deviceId: body.data.find((d) => d.name === DEVICE_NAME)!.id };
  });

describe('console UI: the frame', () => {
  frameTest(
    'starts with the sidebar folded at 1024 px, named for screen readers, and remembers it open',
    { timeout: WALK_TIMEOUT_MS },
    async ({ t, browser }) => {
      const { page, problems, close } = await freshConsole(browser, t.hub.url);
      const nav = page.getByRole('navigation', { name: 'Main' });
      const devicesLink = nav.getByRole('link', { name: 'Devices' });
      await devicesLink.waitFor();
      const folded = await page.locator('.sidebar').boundingBox();
      expect(folded!.width).toBeLessThan(80);
      expect(await devicesLink.getAttribute('title')).toBe('Devices');
      expect(await checkView(page, 'sidebar-collapsed-1024')).toEqual([]);

      const toggle = page.getByRole('button', { name: 'Show labels in the navigation' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      await page.reload();
      await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
      expect((await page.locator('.sidebar').boundingBox())!.width).toBeGreaterThan(200);
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await close();
      expect(problems).toEqual([]);
    },
  );

  frameTest(
    'names the place in the tab and puts focus on its heading',
    { timeout: WALK_TIMEOUT_MS },
    async ({ t, browser, scene }) => {
      const { page, problems, close } = await freshConsole(browser, t.hub.url);
      // Just signed in: the first view's heading has focus.
      await page.locator('#main h1').first().waitFor();
      await expect.poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS }).toBe('H1 Today');
      // One request waits: its count leads the title, as before.
      await expect
        .poll(() => page.title(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('(1) Today · Handraise');

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Devices' })
        .click();
      await expect.poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS }).toBe('H1 Devices');
      await expect
        .poll(() => page.title(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('(1) Devices · Handraise');
      await page.getByTestId('page-announcement').filter({ hasText: 'Devices' }).waitFor();

      await page.goto(`${t.hub.url}/#/devices/${scene.deviceId}`);
      await expect
        .poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS })
        .toBe(`H1 ${DEVICE_NAME}`);
      await expect
        .poll(() => page.title(), { timeout: LIVE_TIMEOUT_MS })
        .toBe(`(1) ${DEVICE_NAME} · Devices · Handraise`);

      // Filters are no page change: typing in a search box keeps the focus there.
      await page.goto(`${t.hub.url}/#/software`);
      await expect.poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS }).toBe('H1 Software');
      const search = page.getByRole('searchbox', { name: 'Search titles' });
      await search.fill('zz');
      await nextFrames(page);
      expect(await focused(page)).toBe('INPUT');
      await close();
      expect(problems).toEqual([]);
    },
  );

  frameTest(
    'reflows every view at 320 and 720 px wide, with Sign-out in reach',
    { timeout: WALK_TIMEOUT_MS },
    async ({ t, browser, scene }) => {
      const { page, problems, close } = await freshConsole(browser, t.hub.url);
      const failures: string[] = [];
      for (const size of [
        { width: 320, height: 256 },
        { width: 720, height: 450 },
      ]) {
        await page.setViewportSize(size);
        for (const view of [...VIEWS, `devices/${scene.deviceId}`]) {
          await page.goto(`${t.hub.url}/#/${view}`);
          await page.locator('#main h1').first().waitFor();
          await nextFrames(page);
          const over = await sidewaysOverflow(page);
          if (over.document > 0 || over.main > 0)
            failures.push(`${view} at ${size.width} px: ${JSON.stringify(over)}`);
          const signOut = await page.getByRole('button', { name: 'Sign out' }).boundingBox();
          if (!signOut || signOut.x < 0 || signOut.x + signOut.width > size.width)
            failures.push(`${view} at ${size.width} px: Sign-out at ${JSON.stringify(signOut)}`);
        }
      }
      expect(failures).toEqual([]);

      // At 320 px the navigation is a menu: it opens from the top bar and closes on the way.
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${t.hub.url}/#/today`);
      await page.locator('#main h1').first().waitFor();
      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      expect(await checkView(page, 'frame-320')).toEqual([]);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS }).toBe('A Today');
      expect(await checkView(page, 'frame-320-menu')).toEqual([]);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Tasks' })
        .click();
      await expect.poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS }).toBe('H1 Tasks');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      // Escape closes it, back on the button that opened it.
      await menu.click();
      await expect.poll(() => focused(page), { timeout: LIVE_TIMEOUT_MS }).toBe('A Today');
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate<string>('document.activeElement.getAttribute("aria-label")')).toBe(
        'Menu',
      );
      await close();
      expect(problems).toEqual([]);
    },
  );
});
