// The console is one window-sized frame: its views scroll inside it, and the document itself never
// scrolls past the app onto a blank page (what the hidden screen-reader tables used to cause). Every
// view of the coordinator's, with a computer and a request in it, at 1440×900 and 1024×768.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { consoleTest } from './support/console-fixture.ts';
import { COORDINATOR_VIEWS as VIEWS } from './support/coordinator-views.ts';
import { signIn } from './support/console-page.ts';
import { connectSampleComputer } from './support/sample-computer.ts';

/** How far the document itself scrolls down and sideways, after trying to scroll it all the way. */
async function documentOverflow(page: Page): Promise<{ down: number; across: number }> {
  // A page script as text: the tests are compiled without the DOM's types.
  return page.evaluate<{ down: number; across: number }>(`(() => {
    window.scrollTo(100000, 100000);
    const scrolled = { down: window.scrollY, across: window.scrollX };
    window.scrollTo(0, 0);
    return scrolled;
  })()`);
}

const heightTest = consoleTest.extend('scene', { scope: 'file' }, async ({ t }) => {
  const agent = await connectSampleComputer(t, 'art-room-pc-3');
  await raiseHand(agent, { category: 'printer', text: 'The printer says paper jam' });
  const admin = await t.signIn();
  const { body } = await t.http<{ id: string }[]>('/api/devices', { token: admin });
  if (!body.ok) throw new Error(body.error);
  return { deviceId: body.data[0]!.id };
});

describe('console UI: one window-sized frame', () => {
  heightTest(
    'no view makes the document scroll, at 1440 and at 1024 px',
    async ({ t, page, problems, scene }) => {
      await signIn(page, t.hub.url);
      const overflowing: string[] = [];
      for (const size of [
        { width: 1440, height: 900 },
        { width: 1024, height: 768 },
      ]) {
        await page.setViewportSize(size);
        for (const view of [...VIEWS, `devices/${scene.deviceId}`]) {
          await page.goto(`${t.hub.url}/#/${view}`);
          await page.locator('#main h1').first().waitFor();
          const { down, across } = await documentOverflow(page);
          if (down > 0 || across > 0)
            overflowing.push(`${view} at ${size.width} px: ${down} px down, ${across} across`);
        }
      }
      expect(overflowing).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
