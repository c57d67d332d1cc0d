// The planning hardware and the computer's state in the real console: a laptop's overview groups
// identity, memory modules, drives, battery, boot time and network; Today counts the worn batteries
// and full disks and opens the fleet's hardware health, whose rows open their computers. A computer
// from an earlier agent shows what it has and nothing more, nothing scrolls sideways at 320 px, and
// a student advisor is told the fleet view is not hers. Pictured light and dark at 1440×900 and
// 1024×768, checked with axe.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { FleetHardwareHealth, SessionCreated, User } from '@handraise/shared';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { TEST_ADMIN_PASSWORD } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import {
  checkView,
  LIVE_TIMEOUT_MS,
  screenshotBothThemes,
  signIn,
} from './support/console-page.ts';
import { hardwareFleet, reportFleet, sidewaysOverflow } from './support/hardware-fleet.ts';

/** Several views, each pictured and checked in two themes at two sizes: more than a minute. */
const TEST_TIMEOUT_MS = 180_000;
const NARROW = { width: 320, height: 800 };
const SMALL = { width: 1024, height: 768 };

const hardwareTest = consoleTest.extend('fleet', { scope: 'file', auto: true }, async ({ t }) =>
  reportFleet(t, await t.signIn(), hardwareFleet(Date.now())),
);

/** The hub's answer for a big school: 50 disks, least free first, and 12 worn batteries. */
function longLists(): FleetHardwareHealth {
  const name = (i: number) => `pc-${String(i).padStart(2, '0')}`;
  const storage = Array.from({ length: 50 }, (_, i) => ({
    id: `dev-disk-${i}`,
    name: name(i),
    room: 'Lab 1',
    freePercent: 1 + i * 0.3,
    freeBytes: Math.round((1 + i * 0.3) * 2.5e9),
    mount: 'C:',
  }));
  const batteries = Array.from({ length: 12 }, (_, i) => ({
    id: `dev-battery-${i}`,
    name: `laptop-${String(i).padStart(2, '0')}`,
    room: 'Lab 2',
    healthPercent: 40 + i * 3,
    cycleCount: 900 - i * 40,
  }));
  return {
    batteries: { reported: 12, under60: 7, under80: 12, devices: batteries },
    storage: { reported: 50, under10PercentFree: 30, under20PercentFree: 50, devices: storage },
  };
}

/** The text of a card (a named region) of the page. */
const cardText = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true }).textContent();

/** Opens the hash route and waits for its h1. */
async function open(page: Page, hash: string, heading: string) {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('console UI: hardware and state', () => {
  hardwareTest(
    "Today's tiles open the fleet's hardware health, whose rows open the computer's overview",
    async ({ t, page, problems, fleet }) => {
      await signIn(page, t.hub.url);
      const batteryTile = page.getByRole('link', { name: /Batteries under 60\s% health/ });
      await batteryTile.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await batteryTile.textContent()).toMatch(
        /^Batteries under 60\s% health1of 2 with a battery$/,
      );
      expect(
        await page.getByRole('link', { name: /Under 10\s% disk space free/ }).textContent(),
      ).toMatch(/^Under 10\s% disk space free2of 4 computers$/);

      expect(await checkView(page, 'today-hardware-tiles')).toEqual([]);
      await batteryTile.click();
      await page.getByRole('heading', { level: 1, name: 'Hardware health' }).waitFor();
      expect(page.url()).toMatch(/#\/hardware$/);
      expect(await page.getByTestId('battery-summary').textContent()).toBe(
        'Of 2 computers with a battery, 1 is under 60 % health (due for a new battery) and 2 under 80 %.',
      );
      expect(await page.getByTestId('storage-summary').textContent()).toBe(
        'Of 4 computers, 2 have under 10 % free on a disk (updates start failing) and 2 under 20 %.',
      );
      const batteryRows = page
        .getByRole('table', { name: 'Most worn batteries' })
        .locator('tbody tr');
      expect(await batteryRows.allTextContents()).toEqual([
        'art-laptop-1Art room52 %640',
        'office-laptop-2Staff room74 %210',
      ]);
      const diskRows = page.getByRole('table', { name: 'Fullest disks' }).locator('tbody tr');
      expect(await diskRows.count()).toBe(4);
      expect(await diskRows.first().textContent()).toMatch(
        /^art-laptop-1Art room\/5\.6 GiB \(2 %\)$/,
      );
      expect(await diskRows.nth(1).textContent()).toContain('library-pc-1');
      // The sidebar shows where the coordinator is.
      expect(
        await page.getByRole('link', { name: 'Hardware health' }).getAttribute('aria-current'),
      ).toBe('page');
      expect(await checkView(page, 'hardware-health')).toEqual([]);

      await diskRows.first().getByRole('link', { name: 'art-laptop-1' }).click();
      await page.getByRole('heading', { level: 1, name: 'art-laptop-1' }).waitFor();
      expect(page.url()).toContain(`#/devices/${fleet.get('art-laptop-1')!.deviceId}`);
      const identity = await cardText(page, 'Identity');
      for (const shown of ['Dell Inc.', 'Latitude 5420', '0A1B', '7XK2LM3', 'SCH-0412', 'Laptop'])
        expect(identity).toContain(shown);
      expect(identity).toContain('Dell Inc. 1.31.0 · released');
      const hardware = page.getByRole('region', { name: 'Hardware', exact: true });
      expect(await hardware.textContent()).toContain('2 of 2 slots used');
      const modules = hardware.getByRole('table', { name: 'Memory modules' });
      expect(await modules.locator('tbody tr').first().textContent()).toBe(
        'DIMM A8 GiBDDR43,200 MT/sSamsungM471A1K43DB1-CWE',
      );
      const storage = page.getByRole('region', { name: 'Storage', exact: true });
      expect(
        await storage.getByRole('table', { name: 'Drives' }).locator('tbody tr').textContent(),
      ).toBe('SK hynix PC711 · nvme0n1238 GiBNVMe SSDHealthy');
      expect(await storage.textContent()).toContain('5.6 GiB free of 233 GiB (2 %)');
      expect(await storage.textContent()).toContain('Encrypted LUKS');
      const battery = await cardText(page, 'Battery');
      expect(battery).toContain('52 % of design capacity');
      expect(battery).toContain('640');
      expect(battery).toContain('32,760 of 63,000 mWh design');
      expect(battery).toContain('Replace soon');
      expect(await cardText(page, 'Displays and printers')).toContain(
        'Dell · P2422H · 1920 × 1080',
      );
      const state = await cardText(page, 'State and security');
      expect(state).toMatch(/up 3 h 2\d min/);
      expect(state).toContain('Europe/Paris');
      expect(state).toContain('j.martin');
      expect(state).toContain('for linux-image-6.1.0-28-amd64');
      const network = await cardText(page, 'Network');
      expect(network).toContain('Gateway10.20.4.1');
      expect(network).toContain('10.20.0.53, 10.20.0.54');
      expect(network).toContain('School-Staff');
      expect(network).toContain('2001:db8:20:4::31');
      expect(await checkView(page, 'device-overview-hardware')).toEqual([]);

      await page.setViewportSize(SMALL);
      expect(await checkView(page, 'device-overview-hardware-1024')).toEqual([]);
      await open(page, '#/hardware', 'Hardware health');
      expect(await checkView(page, 'hardware-health-1024')).toEqual([]);
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  hardwareTest(
    'an earlier agent shows what it sent and nothing else; nothing scrolls sideways at 320 px',
    async ({ otherConsole, fleet }) => {
      // A console of its own, so this test does not lean on the first one's sign-in.
      const { page, problems } = await otherConsole(
        { username: 'admin', password: TEST_ADMIN_PASSWORD },
        SMALL,
      );
      await open(page, `#/devices/${fleet.get('lab-pc-old')!.deviceId}`, 'lab-pc-old');
      await page.getByRole('region', { name: 'Hardware', exact: true }).waitFor();
      const headings = await page.locator('.overview-grid h2').allTextContents();
      expect(headings).toEqual(['System', 'Identity', 'Hardware', 'Storage', 'Network', 'Agent']);
      // No dash standing in for what it never reported.
      expect(await cardText(page, 'Identity')).toBe('IdentityMakerLenovoModelThinkCentre M70q');

      await page.setViewportSize(NARROW);
      for (const host of ['library-pc-1', 'office-laptop-2', 'art-laptop-1']) {
        await open(page, `#/devices/${fleet.get(host)!.deviceId}`, host);
        await page.getByRole('region', { name: 'Storage', exact: true }).waitFor();
        expect(await sidewaysOverflow(page), host).toEqual({ overflow: 0, widest: '' });
      }
      // A volume that is not encrypted is just that: no method named beside it.
      await open(page, `#/devices/${fleet.get('office-laptop-2')!.deviceId}`, 'office-laptop-2');
      const encryption = page
        .getByRole('region', { name: 'Storage', exact: true })
        .locator('dl')
        .last();
      expect(await encryption.textContent()).toBe('C:Not encrypted');
      // The last one pictured narrow, for people to look at.
      await screenshotBothThemes(page, 'device-overview-hardware-320');
      await open(page, '#/hardware', 'Hardware health');
      await page.getByTestId('storage-summary').waitFor();
      expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, widest: '' });
      await screenshotBothThemes(page, 'hardware-health-320');
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  hardwareTest(
    'long lists show their worst 8 until asked for all, so the Agent footprint stays near the top',
    async ({ otherConsole }) => {
      const { page, problems } = await otherConsole(
        { username: 'admin', password: TEST_ADMIN_PASSWORD },
        SMALL,
      );
      // A school of hundreds: the hub's answer as it would list them, 50 disks and 12 batteries.
      await page.route('**/api/fleet/hardware-health', (route) =>
        route.fulfill({ json: { ok: true, data: longLists() } }),
      );
      await open(page, '#/hardware', 'Hardware health');
      const disks = page.getByRole('table', { name: 'Fullest disks' }).locator('tbody tr');
      await disks.first().waitFor();
      expect(await disks.count()).toBe(8);
      expect(await disks.first().textContent()).toMatch(/^pc-00Lab 1C:\d/);
      const batteries = page.getByRole('table', { name: 'Most worn batteries' });
      expect(await batteries.locator('tbody tr').count()).toBe(8);

      // The footprint's heading is within two screens of the top, not thousands of pixels down.
      // A page script as text: the tests are compiled without the DOM's types.
      const footprintTop = await page.evaluate<number>(`(() => {
        const heading = document.getElementById('agent-footprint');
        const main = document.getElementById('main');
        return heading.getBoundingClientRect().top - main.getBoundingClientRect().top + main.scrollTop;
      })()`);
      expect(footprintTop).toBeLessThan(2 * SMALL.height);

      // From the keyboard: the button says what it shows and whether the list is open.
      const showAll = page.getByRole('button', { name: 'Show all 50' });
      expect(await showAll.getAttribute('aria-expanded')).toBe('false');
      expect(await showAll.getAttribute('aria-controls')).toBe('fullest-disks-table');
      await showAll.focus();
      await page.keyboard.press('Enter');
      const showFirst = page.getByRole('button', { name: 'Show the first 8' });
      await showFirst.waitFor();
      expect(await showFirst.getAttribute('aria-expanded')).toBe('true');
      expect(await disks.count()).toBe(50);
      // In the hub's order, least free first.
      const names = await disks.locator('td:first-child a').allTextContents();
      expect(names.slice(0, 3)).toEqual(['pc-00', 'pc-01', 'pc-02']);
      expect(names.at(-1)).toBe('pc-49');
      // Still 8 batteries: each list opens on its own.
      expect(await batteries.locator('tbody tr').count()).toBe(8);
      expect(await checkView(page, 'hardware-health-long-lists-1024')).toEqual([]);
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Show all 50' }).waitFor();
      expect(await disks.count()).toBe(8);

      await page.setViewportSize(NARROW);
      expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, widest: '' });
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  hardwareTest(
    'a view that fails to draw says so, and the sidebar and other pages keep working',
    async ({ otherConsole }) => {
      const { page, problems } = await otherConsole(
        { username: 'admin', password: TEST_ADMIN_PASSWORD },
        SMALL,
      );
      // An answer the page cannot draw (it holds none of the lists): a stand-in for any data
      // the console cannot read, now that the hub refuses impossible dates.
      await page.route('**/api/fleet/hardware-health', (route) =>
        route.fulfill({ json: { ok: true, data: {} } }),
      );
      await open(page, '#/hardware', 'This page could not be shown');
      const failed = page.getByTestId('view-failed');
      expect(await failed.getAttribute('role')).toBe('alert');
      expect(await failed.textContent()).toContain('The rest of the console still works');
      expect(await checkView(page, 'view-failed')).toEqual([]);

      // The frame is still the console's: the sidebar leads elsewhere, and back.
      await page.getByRole('link', { name: 'Devices' }).click();
      await page.getByRole('heading', { level: 1, name: 'Devices' }).waitFor();
      await page.getByRole('link', { name: 'Hardware health' }).click();
      await page.getByRole('heading', { level: 1, name: 'This page could not be shown' }).waitFor();

      // Once the data reads again, "Try again" draws the page.
      await page.unrouteAll();
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByTestId('storage-summary').waitFor();
      expect(await page.getByTestId('view-failed').count()).toBe(0);
      // What the page logged is the failure it showed, and nothing else.
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems)
        expect(problem).toMatch(/TypeError|A view could not be drawn/);
    },
    TEST_TIMEOUT_MS,
  );

  hardwareTest(
    "a teacher advisor's hardware health lists her rooms' computers only",
    async ({ t, otherConsole }) => {
      const teacher = { username: 'tomas', password: 'a long teacher passphrase' };
      const created = await t.http<User>('/api/users', {
        token: await t.signIn(),
        body: {
          ...teacher,
          displayName: 'Tomas',
          role: 'advisor',
          advisorKind: 'teacher',
          scope: { sites: [], rooms: ['Art room'] },
        },
      });
      expect(created.body.ok).toBe(true);
      const { page, problems } = await otherConsole(teacher);
      await page.getByRole('link', { name: 'Hardware health' }).click();
      await page.getByTestId('battery-summary').waitFor();
      expect(await page.locator('.page-header .subtitle').textContent()).toContain('In your rooms');
      for (const table of ['Most worn batteries', 'Fullest disks']) {
        const rows = page.getByRole('table', { name: table }).locator('tbody tr td:first-child');
        expect(await rows.allTextContents(), table).toEqual(['art-laptop-1']);
      }
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  hardwareTest(
    'a student advisor is told the fleet view is not hers, and sees a computer she helps without ids or names',
    async ({ t, otherConsole, fleet }) => {
      const student = { username: 'nina', password: 'a long student passphrase' };
      const created = await t.http<User>('/api/users', {
        token: await t.signIn(),
        body: {
          ...student,
          displayName: 'Nina',
          role: 'advisor',
          advisorKind: 'student',
          scope: { sites: [], rooms: ['Art room'] },
        },
      });
      expect(created.body.ok).toBe(true);
      const { page, problems } = await otherConsole(student);
      expect(await page.getByRole('link', { name: 'Hardware health' }).count()).toBe(0);
      await page.goto(`${t.hub.url}/#/hardware`);
      await page.getByText('Hardware health is not available to student advisors').waitFor();
      expect(await checkView(page, 'hardware-health-student')).toEqual([]);

      // Helping at the art laptop, she sees its hardware and state without identifiers or names.
      const art = fleet.get('art-laptop-1')!;
      const session = await t.http<SessionCreated>('/api/session', { body: student });
      if (!session.body.ok) throw new Error(session.body.error);
      const socket = await t.connectConsole(session.body.data.token);
      // Only a helper on duty may take a request.
      expect(await socket.emitWithAck('duty:set', { onDuty: true })).toMatchObject({ ok: true });
      const requestId = await raiseHand(art.agent, {
        category: 'app',
        text: 'Krita will not open',
      });
      const claimed = await socket.emitWithAck('request:claim', { requestId });
      expect(claimed, JSON.stringify(claimed)).toMatchObject({ ok: true });
      await page.goto(`${t.hub.url}/#/devices/${art.deviceId}`);
      await page.getByRole('region', { name: 'State and security', exact: true }).waitFor();
      const overview = (await page.locator('.overview-grid').textContent()) ?? '';
      expect(overview).toContain('Latitude 5420');
      expect(overview).toContain('52 % of design capacity');
      expect(overview).toContain('10.20.4.1');
      for (const hidden of [
        '7XK2LM3',
        'SCH-0412',
        'j.martin',
        '3c:22:fb:10:20:31',
        'Serial number',
      ])
        expect(overview).not.toContain(hidden);
      expect(await checkView(page, 'device-overview-student')).toEqual([]);
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
