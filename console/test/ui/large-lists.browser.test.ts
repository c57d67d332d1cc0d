// Lists that grow with the fleet, in Chromium on a real hub: a title installed on 3,000 computers
// lists them all in a scrolling box with fewer than 200 entries in the page at any time, down to
// the last computer; and every view of the console, each loaded on its first visit, shows its
// heading without a script error or a Content-Security-Policy violation.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { systemClock } from '../../src/hub/clock.ts';
import { openSqliteDatabase } from '../../src/hub/storage/database.ts';
import { createDevicesStore } from '../../src/hub/storage/devices-store.ts';
import { fullReport, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { startTestHub, TEST_ADMIN_PASSWORD } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

const TITLE_COMPUTERS = 3_000;
/** Entries a virtualized list may hold for a 900 px window: those in view and a few more. */
const MAX_DRAWN_ENTRIES = 200;
/** The Firefox ESR every seeded computer has, one update behind (sampleSections). */
const TITLE = 'Mozilla Firefox ESR';
/** Seeding 3,000 computers and opening their list take a while on a busy 2-core machine. */
const TEST_TIMEOUT_MS = 180_000;
const nameOf = (n: number) => `title-pc-${String(n).padStart(4, '0')}`;

/**
 * 3,000 computers written into a database before the hub opens it, so that the hub reads them
 * (and judges their software) at start, as after a restart.
 */
async function seededDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handraise-hub-'));
  const database = await openSqliteDatabase(join(dataDir, 'hub.sqlite'), 'NORMAL');
  const devices = createDevicesStore(database.db, systemClock);
  const base = sampleSections();
  for (let n = 1; n <= TITLE_COMPUTERS; n++) {
    const hostname = nameOf(n);
    const { deviceId } = await devices.enroll({ hostname }, { site: null, room: 'Library' });
    const outcome = await devices.applyInventory(
      deviceId,
      fullReport(sampleSections({ os: { ...base.os, hostname } })),
    );
    if (outcome !== 'stored') throw new Error(`seeding ${hostname}: ${outcome}`);
  }
  await database.close();
  return dataDir;
}

/** The console fixtures over a hub that starts on the seeded database. */
const listsTest = consoleTest.extend('t', { scope: 'file' }, async ({ ui }, { onCleanup }) => {
  const t = await startTestHub({ dataDir: await seededDataDir() }, { webRoot: ui.webRoot });
  onCleanup(() => t.close());
  return t;
});

describe('console UI: lists as long as the fleet', () => {
  listsTest(
    "a title's 3,000 computers scroll to the last one with under 200 entries drawn",
    async ({ t, page, problems }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: 'Software', exact: true }).click();
      await page
        .getByTestId('software-table')
        .getByRole('link', { name: TITLE, exact: true })
        .click({ timeout: LIVE_TIMEOUT_MS });
      await page.getByText(/^All \(3,000\)$/).click();

      const list = page.getByTestId('title-devices');
      const entries = list.locator('.verdict-list > li');
      await entries.first().waitFor();
      const drawn = await entries.count();
      expect(drawn).toBeGreaterThan(3);
      expect(drawn).toBeLessThan(MAX_DRAWN_ENTRIES);
      // Screen readers hear the whole list's size and each entry's place in it.
      expect(await entries.first().getAttribute('aria-setsize')).toBe(String(TITLE_COMPUTERS));
      expect(await entries.first().getAttribute('aria-posinset')).toBe('1');
      expect(await checkView(page, 'title-computers')).toEqual([]);

      // Down to the end: entries are measured as they come, so scroll until the box stops.
      const last = list.getByRole('link', { name: nameOf(TITLE_COMPUTERS), exact: true });
      await expect
        .poll(
          async () => {
            await list.evaluate((box) => {
              (box as { scrollTop: number }).scrollTop = 10_000_000;
            });
            return last.count();
          },
          { timeout: LIVE_TIMEOUT_MS },
        )
        .toBe(1);
      expect(await entries.count()).toBeLessThan(MAX_DRAWN_ENTRIES);
      const lastEntry = entries.filter({
        has: page.getByRole('link', { name: nameOf(TITLE_COMPUTERS), exact: true }),
      });
      expect(await lastEntry.getAttribute('aria-posinset')).toBe(String(TITLE_COMPUTERS));
      await last.click();
      await page.getByRole('heading', { level: 1, name: nameOf(TITLE_COMPUTERS) }).waitFor();
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  listsTest(
    'every view loads on its first visit and shows its heading, within the CSP',
    async ({ otherConsole }) => {
      // A page of its own: the first test's page is signed in already.
      const { page, problems } = await otherConsole({
        username: 'admin',
        password: TEST_ADMIN_PASSWORD,
      });
      const views: [string, string][] = [
        ['#/', 'Today'],
        ['#/requests', 'Requests'],
        ['#/devices', 'Devices'],
        ['#/software', 'Software'],
        ['#/rooms', 'Rooms'],
        ['#/tasks', 'Tasks'],
        ['#/program', 'Tech Advisor program'],
        ['#/quick-fixes', 'Quick fixes'],
        ['#/people', 'People'],
        ['#/settings', 'Settings'],
      ];
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      });
      for (const [hash, heading] of views) {
        await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
        await page
          .getByRole('heading', { level: 1, name: heading, exact: true })
          .waitFor({ timeout: LIVE_TIMEOUT_MS });
      }
      // Views came as chunks of their own, from this hub ('self'), after the first page.
      expect(scripts.size).toBeGreaterThan(views.length / 2);
      expect([...scripts].every((path) => path.startsWith('/assets/'))).toBe(true);
      const device = page.locator('[data-testid="devices-table"] tbody tr:not(.spacer) a');
      await page.evaluate(`window.location.hash = '#/devices'`);
      await device.first().click({ timeout: LIVE_TIMEOUT_MS });
      await page.getByRole('heading', { level: 1, name: /^title-pc-/ }).waitFor();
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
