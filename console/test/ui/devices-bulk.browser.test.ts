// The devices list for daily use, in Chromium on a real hub: the search finds a computer by what
// is written on its sticker or its network card, the filters live in the page address, and the
// coordinator acts on many computers at once; a student advisor reads names and state only; at
// 1024 px every name and search hint stays whole.
import type { Page } from 'playwright-core';
import type { User } from '@handraise/shared';
import { describe, expect } from 'vitest';
import { fullReport, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { TEST_ADMIN_PASSWORD } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';
import { cutPlaceholders } from './support/placeholders.ts';
import { seedFleet } from './support/seed-fleet.ts';

/** Enough computers for every room to have several, few enough to read the table. */
const FLEET_SIZE = 60;

const bulkTest = consoleTest.extend('seeded', { scope: 'file', auto: true }, async ({ t }) =>
  seedFleet(t.hub.database, FLEET_SIZE),
);

const shownText = (page: Page) => page.getByTestId('devices-shown').textContent();
const namesShown = (page: Page) =>
  page.getByTestId('devices-table').locator('tbody tr:not(.spacer) .row-link').allTextContents();

/** Picks an option of a labelled React Aria Select among the filters. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('search')
    .getByRole('button', { name: new RegExp(label) })
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The names drawn in the table whose text does not fit their cell (cut with an ellipsis). */
const truncatedNames = (page: Page) =>
  page
    .getByTestId('devices-table')
    .locator('tbody .col-name')
    .evaluateAll((cells) =>
      cells
        .filter((cell) => {
          const { scrollWidth, clientWidth } = cell as { scrollWidth: number; clientWidth: number };
          return scrollWidth > clientWidth;
        })
        .map((cell) => (cell as { textContent: string }).textContent),
    );

describe('console UI: the devices list for daily use', () => {
  bulkTest(
    'finds a computer by serial number, model, IP and MAC address',
    async ({ t, page, problems, seeded }) => {
      await signIn(page, t.hub.url);
      await page.goto(`${t.hub.url}/#/devices`);
      await expect
        .poll(() => shownText(page), { timeout: LIVE_TIMEOUT_MS })
        .toBe(`Showing ${FLEET_SIZE} of ${FLEET_SIZE}`);
      const search = page.getByLabel('Search devices');
      const target = seeded[7]!;
      const hardware = target.profile.sections.hardware;

      await search.fill(hardware.serial!.toLowerCase());
      await expect.poll(() => namesShown(page)).toEqual([target.profile.hostname]);

      const model = hardware.model!;
      const sameModel = seeded.filter((d) => d.profile.sections.hardware.model === model).length;
      await search.fill(model);
      await expect.poll(() => shownText(page)).toBe(`Showing ${sameModel} of ${FLEET_SIZE}`);

      // A MAC address written the Windows way, upper case with dashes, finds the one computer.
      const mac = hardware.network[0]!.mac;
      await search.fill(mac.toUpperCase().replaceAll(':', '-'));
      await expect.poll(() => namesShown(page)).toEqual([target.profile.hostname]);
      await search.fill(mac.replaceAll(':', '').slice(-6));
      await expect.poll(() => namesShown(page)).toEqual([target.profile.hostname]);

      // An IP address, from its start: the seeded computers report none, so a real one reports.
      const device = await t.enroll('art-room-pc-12');
      const agent = await t.connectAgent(device);
      const base = sampleSections();
      await agent.emitWithAck(
        'inventory:report',
        fullReport(
          sampleSections({
            os: { ...base.os, hostname: 'art-room-pc-12' },
            hardware: {
              ...base.hardware,
              network: [{ name: 'eth0', mac: 'a4:bb:6d:12:9f:01', ipv4: '10.20.12.31' }],
            },
          }),
        ),
      );
      await search.fill('10.20.12');
      await expect
        .poll(() => namesShown(page), { timeout: LIVE_TIMEOUT_MS })
        .toEqual(['art-room-pc-12']);
      await search.fill('20.12.31');
      await expect.poll(() => shownText(page)).toBe(`Showing 0 of ${FLEET_SIZE + 1}`);
      agent.disconnect();
      expect(problems).toEqual([]);
    },
  );

  bulkTest(
    'keeps filters, search and sorting in the address: reload, Back and Forward',
    async ({ t, page, problems, seeded }) => {
      const library = seeded.filter((d) => d.profile.room === 'Library');
      const libraryDeb = library.filter((d) => d.profile.hostname.includes('deb'));
      await page.goto(`${t.hub.url}/#/devices?room=Library&q=deb&sort=name&dir=desc`);
      await expect
        .poll(() => shownText(page), { timeout: LIVE_TIMEOUT_MS })
        .toMatch(new RegExp(`^Showing ${libraryDeb.length} of`));
      const descending = libraryDeb
        .map((d) => d.profile.hostname)
        .sort()
        .reverse();
      expect(await namesShown(page)).toEqual(descending);
      expect(await page.getByLabel('Search devices').inputValue()).toBe('deb');

      await page.reload();
      await expect.poll(() => namesShown(page), { timeout: LIVE_TIMEOUT_MS }).toEqual(descending);

      // A filter chosen on the page goes into the address, and Back takes it out again.
      await choose(page, 'Status', 'Online');
      await expect.poll(() => page.url()).toContain('status=online');
      await expect.poll(() => shownText(page)).toMatch(/^Showing 0 of/);
      await page.goBack();
      await expect.poll(() => namesShown(page)).toEqual(descending);
      await page.goForward();
      await expect.poll(() => shownText(page)).toMatch(/^Showing 0 of/);

      // Typing replaces the address instead of adding a step per key: Back leaves the search.
      await choose(page, 'Status', 'Online or not');
      await page.getByLabel('Search devices').fill('library');
      await expect.poll(() => page.url()).toContain('q=library');
      await page.goBack();
      await expect.poll(() => page.url()).toContain('status=online');

      // A computer's page leads back to the list as it was.
      await page.goto(`${t.hub.url}/#/devices?room=Library&q=deb&sort=name&dir=desc`);
      await page.getByRole('link', { name: descending[0]!, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: descending[0]! }).waitFor();
      await page.getByRole('link', { name: 'All devices' }).click();
      await expect.poll(() => namesShown(page)).toEqual(descending);

      // A room no computer is in stays a choice, named as such, and the filter clears.
      await page.goto(`${t.hub.url}/#/devices?room=Nowhere`);
      const roomBox = page.getByRole('search').getByRole('button', { name: /Room/ });
      await expect.poll(() => roomBox.textContent()).toContain('Nowhere (no computers)');
      await expect.poll(() => shownText(page)).toMatch(/^Showing 0 of/);
      await choose(page, 'Room', 'Every room');
      await expect.poll(() => page.url()).not.toContain('room=');
      await expect.poll(() => shownText(page)).toMatch(/^Showing (\d+) of \1$/);

      // Sorting by a header is in the address too.
      await page.goto(`${t.hub.url}/#/devices?room=Library`);
      await page.getByRole('button', { name: /^Name/ }).click();
      await expect.poll(() => page.url()).toContain('dir=desc');
      expect(problems).toEqual([]);
    },
  );

  bulkTest(
    'selects computers, moves two to a room and retires one',
    async ({ t, page, problems, seeded }) => {
      await page.goto(`${t.hub.url}/#/devices?room=Office`);
      const office = seeded
        .filter((d) => d.profile.room === 'Office')
        .sort((a, b) => a.profile.hostname.localeCompare(b.profile.hostname));
      await expect
        .poll(() => shownText(page), { timeout: LIVE_TIMEOUT_MS })
        .toMatch(new RegExp(`^Showing ${office.length} of`));
      const [first, second, third] = office;

      // Select all shown: the rows stay where they were (the bar keeps its height).
      const tableTop = async () => (await page.getByTestId('devices-table').boundingBox())?.y;
      const topBefore = await tableTop();
      await page.getByLabel(`Select the ${office.length} shown`).check();
      await expect
        .poll(() => page.getByTestId('bulk-bar').textContent())
        .toContain(`${office.length} selected`);
      expect(await tableTop()).toBe(topBefore);
      // Narrowing the list narrows the selection: an action never reaches rows out of sight.
      const search = page.getByLabel('Search devices');
      await search.fill(first!.profile.hostname);
      await expect.poll(() => page.getByTestId('bulk-bar').textContent()).toContain('1 selected');
      await search.fill('');
      await expect.poll(() => shownText(page)).toMatch(new RegExp(`^Showing ${office.length} of`));
      await expect.poll(() => page.getByTestId('bulk-bar').textContent()).toContain('1 selected');
      // Then none; then Shift+click picks a range.
      await page.getByLabel(`Select ${first!.profile.hostname}`).click();
      await expect
        .poll(() => page.getByTestId('bulk-bar').textContent())
        .toContain('Tick computers');
      await page.getByLabel(`Select ${first!.profile.hostname}`).click();
      await page.getByLabel(`Select ${third!.profile.hostname}`).click({ modifiers: ['Shift'] });
      await expect.poll(() => page.getByTestId('bulk-bar').textContent()).toContain('3 selected');
      await page.getByLabel(`Select ${third!.profile.hostname}`).click();
      await expect.poll(() => page.getByTestId('bulk-bar').textContent()).toContain('2 selected');
      expect(await checkView(page, 'devices-bulk-1440')).toEqual([]);

      await page.getByRole('button', { name: 'Move to room…' }).click();
      const dialog = page.getByRole('dialog');
      // No room is chosen for her: Move waits for one, and Enter moves nothing.
      const move = dialog.getByRole('button', { name: 'Move' });
      expect(await move.isDisabled()).toBe(true);
      expect(await dialog.getByRole('button', { name: /Room/ }).textContent()).toContain(
        'Choose a room',
      );
      await page.keyboard.press('Enter');
      expect(await page.getByTestId('bulk-bar').textContent()).toContain('2 selected');
      await dialog.getByRole('button', { name: /Room/ }).click();
      await page.getByRole('option', { name: 'A new room…' }).click();
      await dialog.getByLabel('New room’s name').fill('Room 12');
      expect(await move.isDisabled()).toBe(false);
      await move.click();
      await expect
        .poll(() => page.getByTestId('bulk-bar').textContent())
        .toContain('Moved 2 computers to Room 12');
      await page.goto(`${t.hub.url}/#/devices?room=Room%2012`);
      await expect
        .poll(() => namesShown(page))
        .toEqual([first!.profile.hostname, second!.profile.hostname]);

      // Retire one: it leaves the list (and the selection).
      await page.getByLabel(`Select ${second!.profile.hostname}`).click();
      await page.getByRole('button', { name: 'Retire…' }).click();
      const confirm = page.getByRole('alertdialog');
      await confirm.getByRole('heading', { name: 'Retire 1 computer?' }).waitFor();
      await confirm.getByRole('button', { name: 'Retire 1 computer' }).click();
      await expect.poll(() => namesShown(page)).toEqual([first!.profile.hostname]);
      await expect
        .poll(() => page.getByTestId('bulk-bar').textContent())
        .toContain('Retired 1 computer.');
      await page.goto(`${t.hub.url}/#/devices`);
      await expect.poll(() => shownText(page)).toMatch(new RegExp(`of ${FLEET_SIZE}$`));
      expect(problems).toEqual([]);
    },
  );

  bulkTest('at 1024 px keeps every name whole', async ({ t, otherConsole }) => {
    const admin = { username: 'admin', password: TEST_ADMIN_PASSWORD };
    const { page, problems } = await otherConsole(admin, { width: 1024, height: 768 });
    await page.goto(`${t.hub.url}/#/devices`);
    await expect.poll(() => shownText(page), { timeout: LIVE_TIMEOUT_MS }).toMatch(/^Showing/);
    expect(await namesShown(page)).not.toEqual([]);
    expect(await truncatedNames(page)).toEqual([]);
    expect(await cutPlaceholders(page)).toEqual([]);
    // The longest names of the fleet too ("science-lab-deb-0042").
    await page.getByRole('button', { name: /^Name/ }).click();
    await page.getByLabel('Search devices').fill('science-lab');
    expect(await truncatedNames(page)).toEqual([]);
    // With the navigation's labels shown too, where the sidebar can hide them.
    const labels = page.getByRole('button', { name: 'Show labels in the navigation' });
    if ((await labels.count()) > 0 && (await labels.getAttribute('aria-pressed')) === 'false') {
      await labels.click();
      await expect.poll(() => labels.getAttribute('aria-pressed')).toBe('true');
      expect(await truncatedNames(page)).toEqual([]);
      expect(await cutPlaceholders(page)).toEqual([]);
    }
    await page.getByLabel('Search devices').fill('');
    const names = await namesShown(page);
    await page.getByLabel(`Select ${names[0]!}`).click();
    await page.getByLabel(`Select ${names[1]!}`).click();
    await expect.poll(() => page.getByTestId('bulk-bar').textContent()).toContain('2 selected');
    expect(await checkView(page, 'devices-bulk-1024')).toEqual([]);
    await page.goto(`${t.hub.url}/#/software`);
    await page.getByLabel('Search titles').waitFor();
    expect(await cutPlaceholders(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  bulkTest(
    'to a student advisor: names and state, no update counts',
    async ({ t, otherConsole }) => {
      const student = { username: 'maya', password: 'a long student passphrase' };
      const created = await t.http<User>('/api/users', {
        token: await t.signIn(),
        body: {
          ...student,
          displayName: 'Maya',
          role: 'advisor',
          advisorKind: 'student',
          scope: { sites: [], rooms: ['Library'] },
        },
      });
      expect(created.body.ok).toBe(true);
      const { page, problems } = await otherConsole(student);
      await page.goto(`${t.hub.url}/#/devices?needs=updates`);
      await expect
        .poll(() => shownText(page), { timeout: LIVE_TIMEOUT_MS })
        .toMatch(/^Showing [1-9]/);
      const subtitle = page.locator('.page-header .subtitle');
      expect(await subtitle.textContent()).toMatch(/^\d+ enrolled · \d+ online$/);
      expect(await page.getByLabel('Needs updates').count()).toBe(0);
      expect(await page.getByRole('columnheader', { name: /Updates/ }).count()).toBe(0);
      expect(await page.getByLabel('Search devices').getAttribute('placeholder')).toBe(
        'Name or room',
      );
      // Her rows carry no addresses: a MAC prefix every computer shares finds none of hers.
      await page.getByLabel('Search devices').fill('02:00:00');
      await expect.poll(() => shownText(page)).toMatch(/^Showing 0 of/);
      expect(await checkView(page, 'devices-student')).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
