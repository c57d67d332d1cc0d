// "Needs updates" means one thing across the console, in Chromium on a real hub. A small fleet:
// three Windows computers wait for a Chrome update their own winget offers, one is behind only by
// the coordinator's minimum version for Firefox, a Debian computer waits for a Firefox security
// fix, and one is up to date (and offline). Today's tile, the Devices filter and Updates column,
// and the Software overview all count the same five computers; the tile opens exactly those, the
// security fix comes first everywhere, and "Devices offline" opens the offline one.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { SoftwareTitleSummary } from '@handraise/shared';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';
import {
  CHROME,
  CHROME_BEHIND,
  connectSoftwareFleet,
  FIREFOX_TITLE,
} from './support/software-fleet.ts';

/** Behind only by the coordinator's rule: its Firefox is below the minimum set below. */
const BEHIND_BY_POLICY = 'room-204-pc-04';
const SECURITY_FIX = 'library-deb-06';
const UP_TO_DATE_OFFLINE = 'library-pc-05';
const BEHIND = [...CHROME_BEHIND, BEHIND_BY_POLICY, SECURITY_FIX].sort();
/** Above the 133.0 the Windows Firefox runs. */
const FIREFOX_MINIMUM = '134.0';

const updateCountsTest = consoleTest.extend(
  'fleet',
  { scope: 'file', auto: true },
  async ({ t }) => {
    const admin = await t.signIn();
    const fleet = await connectSoftwareFleet(t, admin);
    // The Windows Firefox title, as the hub named it, gets a minimum version.
    const titles = await t.http<SoftwareTitleSummary[]>('/api/software', { token: admin });
    if (!titles.body.ok) throw new Error(titles.body.error);
    const firefox = titles.body.data.find(
      (title) => title.sources.includes('registry') && /firefox/i.test(title.name),
    );
    if (!firefox) throw new Error('no Windows Firefox title');
    const policy = await t.http('/api/software/policies', {
      token: admin,
      body: { titleKey: firefox.key, kind: 'minimum', version: FIREFOX_MINIMUM },
    });
    if (!policy.body.ok) throw new Error(policy.body.error);
    fleet.find((c) => c.hostname === UP_TO_DATE_OFFLINE)?.agent.disconnect();
    return fleet;
  },
);

/** A tile of Today's, by its label. */
const tile = (page: Page, label: string) => page.locator('a.tile', { hasText: label });
const tileValue = (page: Page, label: string) =>
  tile(page, label).locator('.tile-value').textContent();

/** The devices table's drawn rows. */
const deviceRows = (page: Page) =>
  page.getByTestId('devices-table').locator('tbody tr:not(.spacer)');

/** Names of the computers in the devices table, sorted. */
async function listedNames(page: Page): Promise<string[]> {
  const names = await deviceRows(page).locator('a.row-link').allTextContents();
  return names.sort();
}

/** The computers whose Updates cell says they are behind (a number above 0), sorted. */
async function behindInUpdatesColumn(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (const row of await deviceRows(page).all()) {
    const count = await row.locator('.updates-cell .num').textContent();
    if (count !== '0') names.push((await row.locator('a.row-link').textContent()) ?? '');
  }
  return names.sort();
}

describe('console UI: one meaning of "needs updates"', () => {
  updateCountsTest(
    'Today, Devices and Software count the same computers, security fixes first',
    async ({ t, page, problems }) => {
      await signIn(page, t.hub.url);

      // Today: the tile, and the most-behind list with the security fix on top, marked.
      await expect
        .poll(() => tileValue(page, 'Need updates'), { timeout: LIVE_TIMEOUT_MS })
        .toBe(String(BEHIND.length));
      expect(await tile(page, 'Need updates').textContent()).toContain('1 with security updates');
      const mostBehind = page.locator('section[aria-labelledby="devices-behind"] li');
      await expect.poll(() => mostBehind.count()).toBe(BEHIND.length);
      expect(await mostBehind.first().locator('a.title').textContent()).toBe(SECURITY_FIX);
      expect(await mostBehind.first().textContent()).toContain('1 security');
      // The pending-updates chart's titles open their Software page; the security fix first.
      const chartLinks = page.getByTestId('pending-updates-table').getByRole('link');
      await expect.poll(() => chartLinks.count(), { timeout: LIVE_TIMEOUT_MS }).toBe(2);
      expect(await chartLinks.allTextContents()).toEqual([FIREFOX_TITLE, CHROME]);
      expect(await chartLinks.first().getAttribute('href')).toMatch(/^#\/software\/[^?]+$/);
      expect(await checkView(page, 'update-counts-today')).toEqual([]);

      // The tile opens the devices that need updates: exactly those five.
      await tile(page, 'Need updates').click();
      await expect.poll(() => page.evaluate('location.hash')).toBe('#/devices?needs=updates');
      await expect.poll(() => listedNames(page), { timeout: LIVE_TIMEOUT_MS }).toEqual(BEHIND);
      expect(await checkView(page, 'update-counts-devices')).toEqual([]);

      // Unfiltered, the Updates column has a number above 0 for the same five.
      await page.goto(`${t.hub.url}/#/devices`);
      await expect.poll(() => deviceRows(page).count(), { timeout: LIVE_TIMEOUT_MS }).toBe(6);
      expect(await behindInUpdatesColumn(page)).toEqual(BEHIND);
      const securityRow = deviceRows(page).filter({ hasText: SECURITY_FIX });
      // Marked with a shield named in words, and first when the column is sorted most first.
      expect(await securityRow.getByRole('img', { name: '1 security update' }).count()).toBe(1);
      await page.getByRole('button', { name: /^Updates/ }).click();
      await expect
        .poll(async () => deviceRows(page).first().locator('a.row-link').textContent())
        .toBe(SECURITY_FIX);

      // Software: the overview counts the same five; the title with a security fix is first.
      await page.getByRole('link', { name: 'Software', exact: true }).click();
      await expect
        .poll(() => page.getByTestId('software-headline').textContent(), {
          timeout: LIVE_TIMEOUT_MS,
        })
        .toMatch(new RegExp(`^${BEHIND.length} of 6 computers need updates`));
      const firstTitle = page
        .getByTestId('software-table')
        .locator('tbody tr:not(.spacer)')
        .first();
      expect(await firstTitle.getByRole('link').textContent()).toBe(FIREFOX_TITLE);
      expect(await firstTitle.locator('.pill').textContent()).toBe('Security');
      expect(await checkView(page, 'update-counts-software')).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  updateCountsTest(
    '"Devices offline" opens the offline computers',
    async ({ t, page, problems }) => {
      await page.goto(`${t.hub.url}/#/`);
      await expect
        .poll(() => tileValue(page, 'Devices offline'), { timeout: LIVE_TIMEOUT_MS })
        .toBe('1');
      await tile(page, 'Devices offline').click();
      await expect.poll(() => page.evaluate('location.hash')).toBe('#/devices?status=offline');
      await expect
        .poll(() => listedNames(page), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([UP_TO_DATE_OFFLINE]);
      expect(problems).toEqual([]);
    },
  );
});
