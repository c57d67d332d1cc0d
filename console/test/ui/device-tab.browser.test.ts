// A device's open tab lives in the address (`#/devices/<id>?tab=outdated`), in Chromium on a real
// hub: choosing a tab writes it, a reload opens the same tab, Overview leaves the address bare and
// a tab the page does not have opens Overview. Pictured light and dark and checked with axe.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { computerIn } from '../../src/hub/testing/school.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

const tabTest = consoleTest.extend('pc', { scope: 'file' }, async ({ t }) => {
  const admin = await t.signIn();
  return computerIn(t, admin, 'lab-pc-21', 'Room 21');
});

/** The name of the selected tab, once the device's page shows its tabs. */
async function selectedTab(page: Page): Promise<string> {
  const tab = page.getByRole('tab', { selected: true });
  await tab.waitFor({ timeout: LIVE_TIMEOUT_MS });
  return (await tab.textContent()) ?? '';
}

describe('console UI: a device tab in the address', () => {
  tabTest(
    'the chosen tab survives a reload; Overview and unknown tabs',
    async ({ t, page, problems, pc }) => {
      await signIn(page, t.hub.url);
      const address = `${t.hub.url}/#/devices/${encodeURIComponent(pc.deviceId)}`;
      await page.goto(address);
      expect(await selectedTab(page)).toBe('Overview');

      await page.getByRole('tab', { name: /^Outdated/ }).click();
      await expect.poll(() => page.url()).toContain('tab=outdated');
      await page.reload();
      expect(await selectedTab(page)).toMatch(/^Outdated/);
      const violations = await checkView(page, 'device-tab-outdated');

      // Back to Overview: the address carries no tab any more.
      await page.getByRole('tab', { name: 'Overview' }).click();
      await expect.poll(() => page.url()).not.toContain('tab=');

      // A tab the page does not have opens Overview, and nothing breaks.
      await page.goto(`${address}?tab=settings`);
      await page.reload();
      expect(await selectedTab(page)).toBe('Overview');
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
