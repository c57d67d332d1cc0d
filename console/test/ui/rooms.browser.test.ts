// The console UI in Chromium, Rooms and seats: a computer enrolled with the seat "row 2 seat 3"
// raises a request; the Rooms view shows its room first with one open request; the room's floor
// plan has the computer in row 2, seat 3 with its request badge, which opens the request; the
// coordinator names another computer's seat on its device page and it moves into the floor plan
// of a console watching the room, live. A teacher advisor sees only the rooms of their scope.
// Checked with axe and photographed, light and dark, at 1440 and 1024 px.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { User } from '@handraise/shared';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { fullReport, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { computerIn } from '../../src/hub/testing/school.ts';
import { enrollWithSeat } from '../../src/hub/testing/seats.ts';
import { TEST_ADMIN_PASSWORD, type TestHub } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';

const ROOM = 'Room 7';
const COORDINATOR = { username: 'admin', password: TEST_ADMIN_PASSWORD };
const TEACHER = { username: 'ms-lee', password: 'teacher-password-1' };
const NARROW = { width: 1024, height: 768 };
/** Two views checked with axe and photographed in two themes at two widths take a while. */
const PHOTOGRAPHED_TEST_TIMEOUT_MS = 150_000;

/** A computer enrolled into `room` with the seat as typed at `--seat`, connected and reported. */
async function seatedComputer(t: TestHub, admin: string, name: string, seat: string, room = ROOM) {
  const enrolled = await enrollWithSeat(t, admin, name, room, seat);
  if (!enrolled.body.ok) throw new Error(enrolled.body.error);
  const agent = await t.connectAgent(enrolled.body.data);
  const sections = sampleSections({ os: { ...sampleSections().os, hostname: name } });
  const stored = await agent.emitWithAck('inventory:report', fullReport(sections));
  if (!stored.ok) throw new Error(stored.error);
  return { agent, deviceId: enrolled.body.data.deviceId };
}

/**
 * Room 7: art-pc-7 at "row 2 seat 3" (asking for help with the printer), art-pc-1 at "A1" with
 * no grid place yet; the Library's computer; Ms Lee, a teacher advisor for the Library.
 */
const roomsTest = consoleTest.extend('school', { scope: 'file' }, async ({ t }) => {
  const admin = await t.signIn();
  const asking = await seatedComputer(t, admin, 'art-pc-7', 'row 2 seat 3');
  const unplaced = await seatedComputer(t, admin, 'art-pc-1', 'A1');
  await computerIn(t, admin, 'library-pc', 'Library');
  const requestId = await raiseHand(asking.agent, {
    category: 'printer',
    text: 'The printer says paper jam',
  });
  const teacher = await t.http<User>('/api/users', {
    token: admin,
    body: {
      ...TEACHER,
      role: 'advisor',
      displayName: 'Ms Lee',
      advisorKind: 'teacher',
      scope: { sites: [], rooms: ['Library'] },
    },
  });
  if (!teacher.body.ok) throw new Error(teacher.body.error);
  return { asking, unplaced, requestId };
});

/** The floor plan's cell at row `row`, seat `column` (both from 1). */
const gridCell = (page: Page, row: number, column: number) =>
  page
    .getByRole('table')
    .getByRole('row', { name: new RegExp(`^Row ${row}\\b`) })
    .getByRole('cell')
    .nth(column - 1);

/** A room named with 200 characters and no space, the longest a bulk move accepts. */
const LONG_ROOM = 'ChemistryLaboratory'.repeat(11).slice(0, 200);

/**
 * How far, in CSS px, `inner` reaches past the sides of `outer` and below it (0 when it stays
 * inside), and the page's width past the window (a page that scrolls sideways).
 */
async function spill(page: Page, inner: string, outer: string) {
  const a = await page.locator(inner).first().boundingBox();
  const b = await page.locator(outer).first().boundingBox();
  if (!a || !b) throw new Error(`${inner} or ${outer} is not drawn`);
  return {
    past: Math.max(0, a.x + a.width - (b.x + b.width), b.x - a.x),
    below: Math.max(0, a.y + a.height - (b.y + b.height)),
    page: await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    ),
  };
}

/** Checks and photographs the page at 1440 px, then at 1024. */
async function checkBothWidths(page: Page, name: string): Promise<string[]> {
  const wide = page.viewportSize();
  const found = await checkView(page, `${name}-1440`);
  await page.setViewportSize(NARROW);
  found.push(...(await checkView(page, `${name}-1024`)));
  if (wide) await page.setViewportSize(wide);
  return found;
}

describe('console UI: rooms and seats', () => {
  roomsTest(
    'the room asking for help comes first; its floor plan shows the computer at its seat with the request badge, which opens the request',
    async ({ t, page, problems, school: { requestId } }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: 'Rooms' }).click();
      const cards = page.getByRole('list', { name: /^Rooms/ }).getByRole('listitem');
      await expect.poll(() => cards.count(), { timeout: LIVE_TIMEOUT_MS }).toBe(2);
      const first = cards.first();
      expect(await first.getByRole('heading').textContent()).toBe(ROOM);
      const facts = await first.getByRole('definition').allTextContents();
      // Computers, online, open requests.
      expect(facts.slice(0, 3)).toEqual(['2', '2', '1']);
      expect(await cards.nth(1).getByRole('heading').textContent()).toBe('Library');
      const violations = await checkBothWidths(page, 'rooms');

      await first.getByRole('link', { name: ROOM }).click();
      await page.getByRole('heading', { name: ROOM, level: 1 }).waitFor();
      const placed = gridCell(page, 2, 3).getByRole('link', {
        name: 'Row 2, seat 3: art-pc-7, online, 1 open request',
      });
      await placed.waitFor({ timeout: LIVE_TIMEOUT_MS });
      const badge = gridCell(page, 2, 3).getByRole('link', { name: /Open request #1 Printer/ });
      expect(await badge.isVisible()).toBe(true);
      const waiting = page.getByRole('region', { name: 'Not on the floor plan' });
      expect(await waiting.getByRole('link', { name: /^Seat A1: art-pc-1, online/ }).count()).toBe(
        1,
      );
      violations.push(...(await checkBothWidths(page, 'room-grid')));

      // The request badge opens the request.
      await badge.click();
      await expect.poll(() => page.url()).toContain(`#/requests/${requestId}`);
      await expect
        .poll(() => page.getByRole('article').textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toContain('The printer says paper jam');
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
    PHOTOGRAPHED_TEST_TIMEOUT_MS,
  );

  roomsTest(
    "the coordinator names a computer's place on its device page and it moves into the floor plan a watching console shows, live; a taken place is refused",
    async ({ t, page, problems, otherConsole }) => {
      // Another console watches the room while the coordinator names art-pc-1's place.
      const watcher = await otherConsole(COORDINATOR);
      await watcher.page.goto(`${t.hub.url}/#/rooms/${encodeURIComponent(ROOM)}`);
      await gridCell(watcher.page, 2, 3).getByRole('link').first().waitFor();
      expect(await watcher.page.getByRole('row', { name: /^Row 1\b/ }).count()).toBe(1);

      await page.goto(`${t.hub.url}/#/rooms/${encodeURIComponent(ROOM)}`);
      const waiting = page.getByRole('region', { name: 'Not on the floor plan' });
      await waiting.getByRole('link', { name: /art-pc-1/ }).click();
      await page.getByRole('heading', { name: 'art-pc-1', level: 1 }).waitFor();
      const seat = page.getByRole('region', { name: 'Seat', exact: true });
      await expect.poll(() => seat.getByLabel('Seat label').inputValue()).toBe('A1');
      await seat.getByLabel('Row', { exact: true }).fill('1');
      await seat.getByLabel('Seat in the row').fill('1');
      await seat.getByRole('button', { name: 'Save seat' }).click();
      await seat.getByText('Seat saved.').waitFor({ timeout: LIVE_TIMEOUT_MS });
      const violations = await checkView(page, 'device-seat');

      const moved = gridCell(watcher.page, 1, 1).getByRole('link', {
        name: /^Row 1, seat 1 \(A1\): art-pc-1, online, no open request/,
      });
      await moved.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(
        await watcher.page.getByRole('region', { name: 'Not on the floor plan' }).count(),
      ).toBe(0);

      // Onto art-pc-7's place: refused in words, and nothing moves.
      await seat.getByLabel('Row', { exact: true }).fill('2');
      await seat.getByLabel('Seat in the row').fill('3');
      await seat.getByRole('button', { name: 'Save seat' }).click();
      await seat.getByText(/Another computer of this room is on that place already/).waitFor();
      expect(await moved.count()).toBe(1);
      expect(await gridCell(watcher.page, 2, 3).getByRole('link').first().textContent()).toContain(
        'art-pc-7',
      );

      expect(violations).toEqual([]);
      // The refused place is logged by Chromium as a failed 409 request; that one is expected.
      expect(problems).toEqual([expect.stringContaining('409')]);
      expect(watcher.problems).toEqual([]);
      await watcher.page.close();
    },
  );

  roomsTest(
    'a teacher advisor sees only the rooms of their scope',
    async ({ t, otherConsole, school }) => {
      const teacher = await otherConsole(TEACHER);
      await teacher.page.getByRole('link', { name: 'Rooms' }).click();
      const cards = teacher.page.getByRole('list', { name: /^Rooms/ }).getByRole('listitem');
      await expect.poll(() => cards.count(), { timeout: LIVE_TIMEOUT_MS }).toBe(1);
      expect(await cards.first().getByRole('heading').textContent()).toBe('Library');
      // Room 7 is not theirs: its floor plan holds nothing they may see.
      await teacher.page.goto(`${t.hub.url}/#/rooms/${encodeURIComponent(ROOM)}`);
      await teacher.page.getByText('No computer you can see is in this room.').waitFor();
      expect(await teacher.page.getByRole('table').count()).toBe(0);
      await teacher.page.goto(`${t.hub.url}/#/devices/${school.asking.deviceId}`);
      await teacher.page.getByText(/You cannot see this computer now/).waitFor();
      expect(await teacher.page.getByRole('region', { name: 'Seat', exact: true }).count()).toBe(0);
      expect(teacher.problems).toEqual([]);
      await teacher.page.close();
    },
  );

  roomsTest(
    'a 200-character room name and a long request badge stay inside their boxes',
    async ({ t, otherConsole }) => {
      const admin = await t.signIn();
      const { agent, deviceId } = await seatedComputer(
        t,
        admin,
        'chem-pc-1',
        'row 1 seat 1',
        LONG_ROOM,
      );
      await raiseHand(agent, { category: 'printer', text: 'Nothing prints', urgent: true });
      await raiseHand(agent, { category: 'internet', text: 'No internet either' });
      // A console of its own: the file's page is signed in already.
      const { page, problems } = await otherConsole(COORDINATOR, NARROW);
      await page.getByRole('link', { name: 'Rooms' }).click();
      const card = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: LONG_ROOM }) });
      await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
      const cardId = await card.getByRole('heading').getAttribute('id');
      const heading = `[id="${cardId}"]`;
      expect(await spill(page, heading, `li:has(> ${heading})`)).toEqual({
        past: 0,
        below: 0,
        page: 0,
      });
      const violations = await checkView(page, 'rooms-long-name-1024');

      await page.setViewportSize({ width: 1440, height: 900 });
      await card.getByRole('link', { name: LONG_ROOM }).click();
      const badge = page.getByRole('link', { name: /Open request Urgent #\d+ Printer \+1/ });
      await badge.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await spill(page, '.seat-tile .seat-badge.request', '.seat-tile')).toEqual({
        past: 0,
        below: 0,
        page: 0,
      });
      expect(await spill(page, '#main h1', '#main')).toMatchObject({ past: 0, page: 0 });
      violations.push(...(await checkView(page, 'room-long-name-1440')));

      // The same name elsewhere: the device list, the request queue and the device's page.
      await page.setViewportSize(NARROW);
      for (const place of [
        `#/devices?q=chem-pc-1`,
        `#/requests`,
        `#/devices/${encodeURIComponent(deviceId)}`,
      ]) {
        await page.goto(`${t.hub.url}/${place}`);
        await page.getByText('chem-pc-1').first().waitFor({ timeout: LIVE_TIMEOUT_MS });
        // Side to side only: a long page scrolls down inside the frame.
        expect(await spill(page, '#main .page', '#main'), place).toMatchObject({
          past: 0,
          page: 0,
        });
      }
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
    PHOTOGRAPHED_TEST_TIMEOUT_MS,
  );
});
