// The devices table with 10,000 enrolled computers: it filters down to one, opens its page, and
// that page follows the computer going offline and online live. The 10,000 are written through
// the hub's devices store (enroll + full inventory, see support/seed-fleet.ts); one more computer
// is a real agent socket.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { consoleTest } from './support/console-fixture.ts';
import { fullReport, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { checkView, LIVE_TIMEOUT_MS, nextFrames, signIn } from './support/console-page.ts';
import { seedFleet } from './support/seed-fleet.ts';

const FLEET_SIZE = 10_000;
/** Rows a virtualized table may draw for a viewport of 900 px: the visible ones plus overscan. */
const MAX_DRAWN_ROWS = 60;

/** The console fixtures, with 10,000 computers written into the hub before the page opens. */
const devicesTest = consoleTest.extend('seeded', { scope: 'file', auto: true }, async ({ t }) =>
  seedFleet(t.hub.database, FLEET_SIZE),
);

describe('console UI: devices', () => {
  devicesTest(
    'filters 10,000 devices to one and opens its page, which stays live',
    async ({ t, page, problems, seeded }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: 'Devices', exact: true }).click();
      const shown = page.getByTestId('devices-shown');
      await expect
        .poll(() => shown.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('Showing 10,000 of 10,000');
      // Virtualized: only the rows in view (and a few more) are in the page.
      const drawn = await page
        .getByTestId('devices-table')
        .locator('tbody tr:not(.spacer)')
        .count();
      expect(drawn).toBeGreaterThan(10);
      expect(drawn).toBeLessThan(MAX_DRAWN_ROWS);

      // Filters combine: Linux computers in the Library, as the data says. ("Needs updates" is the
      // verdict engine's count, which judges inventories as agents report them, not rows written
      // straight into storage: update-counts.browser.test.ts checks it with reporting computers.)
      const expected = seeded.filter(
        (d) => d.profile.sections.os.platform === 'linux' && d.profile.room === 'Library',
      ).length;
      expect(expected).toBeGreaterThan(0);
      await choose(page, 'Operating system', 'Linux');
      await choose(page, 'Room', 'Library');
      await expect
        .poll(() => shown.textContent())
        .toBe(`Showing ${expected.toLocaleString('en-US')} of 10,000`);
      await choose(page, 'Operating system', 'Any system');
      await choose(page, 'Room', 'Every room');

      // A computer joins while the list is open: it arrives by push, without a reload.
      const device = await t.enroll('chem-lab-pc-77');
      const agent = await t.connectAgent(device);
      await agent.emitWithAck(
        'inventory:report',
        fullReport(sampleSections({ os: { ...sampleSections().os, hostname: 'chem-lab-pc-77' } })),
      );
      await expect
        .poll(() => shown.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('Showing 10,001 of 10,001');

      await page.getByLabel('Search devices').fill('chem-lab-pc-77');
      await expect.poll(() => shown.textContent()).toBe('Showing 1 of 10,001');
      const row = page.locator(`tr[data-device-id="${device.deviceId}"]`);
      await expect.poll(() => row.textContent()).toContain('Online');
      await choose(page, 'Status', 'Offline');
      await expect.poll(() => shown.textContent()).toBe('Showing 0 of 10,001');
      await choose(page, 'Status', 'Online');
      await expect.poll(() => shown.textContent()).toBe('Showing 1 of 10,001');

      await row.getByRole('link', { name: 'chem-lab-pc-77' }).click();
      await page.getByRole('heading', { level: 1, name: 'chem-lab-pc-77' }).waitFor();
      // The Identity card names the maker and the model apart.
      await page.getByText('ThinkCentre M70q', { exact: true }).waitFor();
      await page.getByRole('tab', { name: /Software/ }).click();
      await page.getByRole('cell', { name: 'firefox-esr' }).waitFor();
      // The pending update is flagged beside the installed version.
      const firefox = page.getByRole('row', { name: /firefox-esr/ });
      expect(await firefox.getByRole('cell').allTextContents()).toEqual([
        'firefox-esr',
        '115.9.1esr-1~deb12u1',
        '128.3.0esr-1~deb12u1',
        '',
        'dpkg',
      ]);
      const lastSeen = page.getByTestId('last-seen');
      await expect.poll(() => lastSeen.textContent()).toBe('connected now');

      agent.disconnect();
      await expect
        .poll(() => lastSeen.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toMatch(/^last seen /);
      const again = await t.connectAgent(device);
      await expect
        .poll(() => lastSeen.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('connected now');
      again.disconnect();

      // Back to the list: the filters are as they were.
      await page.getByRole('link', { name: 'All devices' }).click();
      await expect.poll(() => shown.textContent()).toBe('Showing 0 of 10,001');
      expect(problems).toEqual([]);
    },
  );

  devicesTest(
    'passes axe with 10,000 rows and saves a picture of the table',
    async ({ t, page, problems }) => {
      await page.goto(`${t.hub.url}/#/devices`);
      await page.getByLabel('Search devices').fill('');
      await choose(page, 'Status', 'Online or not');
      await expect
        .poll(() => page.getByTestId('devices-shown').textContent())
        .toBe('Showing 10,001 of 10,001');
      // Scrolled deep into the list, as a coordinator would.
      await page.locator('.table-scroll').evaluate((el) => {
        (el as { scrollTop: number }).scrollTop = 200_000;
      });
      // The virtual list renders the rows it scrolled to on the next frames.
      await expect
        .poll(async () =>
          Number(
            await page
              .getByTestId('devices-table')
              .locator('tbody tr:not(.spacer)')
              .first()
              .getAttribute('aria-rowindex'),
          ),
        )
        .toBeGreaterThan(1_000);
      await nextFrames(page);
      expect(await checkView(page, 'devices-10000')).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});

/** Picks an option of a labelled React Aria Select among the filters. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('search')
    .getByRole('button', { name: new RegExp(label) })
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
