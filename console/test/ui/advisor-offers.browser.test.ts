// Tech Advisors at work, in Chromium on a real hub, at 1024 px. A student advisor lands on her own
// requests and her room's waiting ones (not the fleet's charts), goes on duty, which asks to
// notify; a request in her room is offered to her as a notice with Claim and Open, and as a
// desktop notification when her console is behind; another helper claiming it first takes the
// notice away; claiming from a notice or her list makes it hers. The coordinator's Today shows
// each advisor's kind, reach, duty and load, live, and the request's timeline says who it went to.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { HelpRequest, User } from '@handraise/shared';
import { ADVISOR, createAdvisor } from '../../src/hub/testing/advisor.ts';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import type { ConsoleClient, TestHub } from '../../src/hub/testing/test-hub.ts';
import { roomTokens } from '../support/room-tokens.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn, watchProblems } from './support/console-page.ts';
import {
  PERMISSION,
  pageWithNotifications,
  SHOWN,
  type Shown,
} from './support/notification-recorder.ts';
import { connectSampleComputer } from './support/sample-computer.ts';

const ZOE = { username: 'zoe', password: 'zoe-password-1', displayName: 'Zoe Park' };

/** ISO weekday of tomorrow: Zoe's timetable is then, so that it never puts her on duty here. */
const TOMORROW = ((new Date().getDay() || 7) % 7) + 1;

/** A request as the hub has it now (its number, state and helper). */
async function requestOf(t: TestHub, token: string, requestId: string): Promise<HelpRequest> {
  const { body } = await t.http<HelpRequest>(`/api/requests/${requestId}`, { token });
  if (!body.ok) throw new Error(`request ${requestId}: ${body.error}`);
  return body.data;
}

/** The titles of the offer notices on a page, as a helper reads them. */
const offerTitles = (page: Page) => page.locator('.offer-title').allTextContents();

/**
 * The console fixtures at 1024 px, with two computers (Room 12 and the Library) that have an
 * inventory; Zoe, a student advisor for Room 12 good with printers, at a console that records
 * desktop notifications; and Sam, a teacher for the whole school, on a bare console socket.
 */
const offersTest = consoleTest
  .override('viewport', { width: 1024, height: 768 })
  .extend('admin', { scope: 'file' }, async ({ t }) => t.signIn())
  .extend('computers', { scope: 'file' }, async ({ t, admin }) => {
    const room = roomTokens(t, admin);
    return {
      room12: await connectSampleComputer(t, 'lab-pc-12', await room('Room 12')),
      library: await connectSampleComputer(t, 'library-pc-3', await room('Library')),
    };
  })
  .extend('zoe', { scope: 'file' }, async ({ t, admin }) => {
    const created = await t.http<User>('/api/users', {
      token: admin,
      body: {
        ...ZOE,
        role: 'advisor',
        advisorKind: 'student',
        scope: { sites: [], rooms: ['Room 12'] },
        skills: ['Printers'],
        timetable: [{ day: TOMORROW, from: '12:30', to: '13:15' }],
      },
    });
    if (!created.body.ok) throw new Error(created.body.error);
    return created.body.data;
  })
  .extend('zoeConsole', { scope: 'file' }, async ({ browser, t, viewport, zoe }) => {
    const page = await pageWithNotifications(browser, t.hub.url, viewport);
    const problems = await watchProblems(page);
    await signIn(page, t.hub.url, ZOE);
    return { page, problems, user: zoe };
  })
  .extend('sam', { scope: 'file' }, async ({ t, admin }) => {
    const { user, token } = await createAdvisor(t, admin);
    const socket: ConsoleClient = await t.connectConsole(token);
    return { user, token, socket };
  });

describe('console UI: Tech Advisors at work', () => {
  offersTest(
    "lands an advisor on her requests and her rooms', not the fleet's; going on duty asks to notify",
    async ({ computers, zoeConsole: { page, problems } }) => {
      expect(computers.room12.connected).toBe(true);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Today');
      const mine = page.getByRole('region', { name: 'My requests' });
      const waiting = page.getByRole('region', { name: 'Waiting in my rooms' });
      await mine.getByText('Nothing is assigned to you.', { exact: false }).waitFor();
      await waiting.getByText('Nobody in your rooms is waiting for help right now.').waitFor();
      expect(await waiting.textContent()).toContain('Room 12');
      // None of the coordinator's dashboard.
      for (const name of ['Tech Advisors', 'Requests per day', 'Devices offline', 'Need updates'])
        expect(await page.getByRole('region', { name }).count()).toBe(0);
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Today',
        'Requests',
        'Devices',
        'Rooms',
        'Tasks',
        'Program',
        'Settings',
      ]);

      const duty = page.getByTestId('my-duty-state');
      expect(await duty.textContent()).toBe('You are off duty');
      expect(await page.evaluate<string>(PERMISSION)).toBe('default');
      // Going on duty is the gesture that asks for notifications.
      await page.locator('label.duty-switch').click();
      await expect
        .poll(() => duty.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toBe('You are on duty');
      expect(await page.evaluate<string>(PERMISSION)).toBe('granted');
      expect(await page.getByRole('region', { name: 'My duty' }).textContent()).toContain(
        'Your timetable: ',
      );
      expect(problems).toEqual([]);
    },
  );

  offersTest(
    'offers a request in her room with Claim and Open; it goes when someone else claims it first',
    async ({ t, admin, computers, zoeConsole: { page, problems, user }, sam }) => {
      const samOnDuty = await sam.socket.emitWithAck('duty:set', { onDuty: true });
      expect(samOnDuty.ok).toBe(true);

      const firstId = await raiseHand(computers.room12, {
        category: 'printer',
        text: 'The printer by the window prints blank pages, every single one of them, since the first lesson this morning',
        requester: 'Maya, 6th grade',
      });
      const first = await requestOf(t, admin, firstId);
      const region = page.getByRole('region', { name: 'Requests offered to you' });
      await expect
        .poll(() => offerTitles(page), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([`New request #${first.number} · Room 12 · Printer`]);
      const notice = region.getByRole('listitem').filter({ hasText: `#${first.number}` });
      expect(await notice.locator('.offer-text').textContent()).toBe(
        'The printer by the window prints blank pages, every single one of them, since the first…',
      );
      expect(await notice.textContent()).toContain('lab-pc-12 · Maya, 6th grade');
      expect(await notice.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(
        `#/requests/${firstId}`,
      );

      // A request in the Library is not hers: neither offered nor listed.
      const libraryId = await raiseHand(computers.library, {
        category: 'internet',
        text: 'No Wi-Fi in the library',
      });
      const library = await requestOf(t, admin, libraryId);
      const waiting = page.getByRole('region', { name: 'Waiting in my rooms' });
      await expect
        .poll(() => waiting.getByRole('listitem').allTextContents(), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([expect.stringContaining(`#${first.number} · lab-pc-12 · Printer`)]);
      expect(await offerTitles(page)).toHaveLength(1);
      expect(await page.locator(`[data-request-id="${libraryId}"]`).count()).toBe(0);
      expect(library.number).not.toBe(first.number);

      expect(await checkView(page, 'advisor-offer')).toEqual([]);

      // Behind other windows: a desktop notification with the number, place and words.
      await page.evaluate('window.__setBackground(true)');
      const secondId = await raiseHand(computers.room12, {
        category: 'printer',
        text: 'Paper jam, but there is no paper in it',
      });
      const second = await requestOf(t, admin, secondId);
      const offered: Shown = {
        title: `New request #${second.number} · Room 12 · Printer`,
        body: 'Paper jam, but there is no paper in it',
        tag: `request-${secondId}`,
        closed: false,
      };
      await expect
        .poll(() => page.evaluate<Shown[]>(SHOWN), { timeout: LIVE_TIMEOUT_MS })
        .toContainEqual(offered);
      // The new-request notification of the same request has its tag: the offer replaces it.
      expect(new Set((await page.evaluate<Shown[]>(SHOWN)).map((n) => n.tag))).toEqual(
        new Set([offered.tag]),
      );
      await page.evaluate('window.__setBackground(false)');
      await expect
        .poll(() => offerTitles(page))
        .toEqual([
          `New request #${second.number} · Room 12 · Printer`,
          `New request #${first.number} · Room 12 · Printer`,
        ]);

      // Sam claims the first one first: its notice goes from Zoe's console.
      const claimed = await sam.socket.emitWithAck('request:claim', { requestId: firstId });
      expect(claimed.ok).toBe(true);
      await expect
        .poll(() => offerTitles(page), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([`New request #${second.number} · Room 12 · Printer`]);

      // Zoe claims the second from its notice: it opens, hers, and the notice is gone.
      await region.getByRole('button', { name: 'Claim' }).click();
      await expect.poll(() => page.url()).toContain(`#/requests/${secondId}`);
      const detail = page.getByRole('article');
      await expect
        .poll(() => detail.getByTestId('request-number').textContent())
        .toBe(`#${second.number}`);
      await expect.poll(() => detail.textContent()).toContain('helper: Zoe Park');
      expect(await offerTitles(page)).toEqual([]);
      expect(await requestOf(t, admin, secondId)).toMatchObject({
        state: 'claimed',
        assigneeId: user.id,
      });
      expect(problems).toEqual([]);
    },
  );

  offersTest(
    'keeps her Today live: what she holds, what waits in her room, claimed from the list',
    async ({ t, admin, computers, zoeConsole: { page, problems, user } }) => {
      await page.getByRole('link', { name: 'Today', exact: true }).click();
      const mine = page.getByRole('region', { name: 'My requests' });
      const waiting = page.getByRole('region', { name: 'Waiting in my rooms' });
      await expect
        .poll(() => mine.getByRole('listitem').allTextContents())
        .toEqual([expect.stringContaining('lab-pc-12 · Printer')]);
      await waiting.getByText('Nobody in your rooms is waiting for help right now.').waitFor();

      const urgentId = await raiseHand(computers.room12, {
        category: 'sound-screen',
        text: 'The projector says no signal',
        urgent: true,
      });
      const urgent = await requestOf(t, admin, urgentId);
      await expect
        .poll(() => waiting.getByRole('listitem').allTextContents(), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([expect.stringContaining('Class stopped')]);
      // In her room, so listed; not her skill (printers), so offered to Sam rather than to her.
      expect(await offerTitles(page)).toEqual([]);
      expect(await checkView(page, 'advisor-today')).toEqual([]);

      await waiting.getByRole('button', { name: `Claim #${urgent.number}` }).click();
      await expect
        .poll(() => mine.getByRole('listitem').allTextContents(), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([
          // A stopped class first.
          expect.stringContaining(`#${urgent.number} · lab-pc-12 · Sound or screen`),
          expect.stringContaining('lab-pc-12 · Printer'),
        ]);
      await waiting.getByText('Nobody in your rooms is waiting for help right now.').waitFor();
      expect((await requestOf(t, admin, urgentId)).assigneeId).toBe(user.id);
      expect(await offerTitles(page)).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  offersTest(
    "shows the coordinator each advisor's kind, reach, duty and load, live",
    async ({ t, page, problems, sam, zoeConsole }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: 'Today', exact: true }).click();
      const panel = page.getByRole('region', { name: 'Tech Advisors' });
      const row = (name: string) =>
        panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
      const cells = async (name: string) =>
        (await row(name).getByRole('cell').allTextContents()).map((text) => text.trim());

      // Zoe holds two, Sam one; both on duty.
      await expect
        .poll(() => cells('Zoe Park'), { timeout: LIVE_TIMEOUT_MS })
        .toEqual(['Student', expect.stringMatching(/^Room 12Free /), 'On duty', '2', '0']);
      await expect
        .poll(() => cells(ADVISOR.displayName))
        .toEqual(['Teacher', 'Whole schoolOn duty by the switch only', 'On duty', '1', '0']);
      expect(await panel.textContent()).toContain('2 of 2 on duty now');
      expect(await checkView(page, 'today-tech-advisors')).toEqual([]);

      // Sam resolves his and goes off duty; the panel follows without a reload.
      const list = await sam.socket.emitWithAck('requests:list', {});
      if (!list.ok) throw new Error(list.error);
      const his = list.data.find((r) => r.assigneeId === sam.user.id);
      if (!his) throw new Error('Sam holds no request');
      expect((await sam.socket.emitWithAck('request:resolve', { requestId: his.id })).ok).toBe(
        true,
      );
      expect((await sam.socket.emitWithAck('duty:set', { onDuty: false })).ok).toBe(true);
      await expect
        .poll(() => cells(ADVISOR.displayName), { timeout: LIVE_TIMEOUT_MS })
        .toEqual(['Teacher', 'Whole schoolOn duty by the switch only', 'Off', '0', '1']);
      expect(await panel.textContent()).toContain('1 of 2 on duty now');

      // The request's timeline says whom Handraise offered it to.
      await page.goto(`${t.hub.url}/#/requests/${his.id}`);
      const offeredLine = page
        .getByRole('list', { name: 'Timeline' })
        .locator('li[data-kind="offered"] .who');
      // The printer request was for both: Zoe's skill, and Sam, whose skills name no kind.
      await expect
        .poll(() => offeredLine.textContent())
        .toMatch(
          new RegExp(
            `^Handraise offered it to (Zoe Park, ${ADVISOR.displayName}|${ADVISOR.displayName}, Zoe Park)`,
          ),
        );
      expect(problems).toEqual([]);
      expect(zoeConsole.problems).toEqual([]);
    },
  );
});
