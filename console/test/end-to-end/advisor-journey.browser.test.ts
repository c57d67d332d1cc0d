// A Tech Advisor's whole round, end to end in Chromium: the console (built UI on a real hub whose
// clock the test moves) and the tray's help window (the real React page with the tray's main side
// behind it) on a computer enrolled into Room 12. Ana, a student advisor for Room 12, signs in and
// sees only her room's queue; she goes on duty, is offered the request the teacher sends from the
// tray, claims it, opens the computer and the picture, writes and resolves. The tray lists her
// looks; once the request is closed the computer is no longer hers to see. A request nobody takes
// reaches the coordinator by itself after the set minutes.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { HelpRequest, HelpRequestDetail, User } from '@handraise/shared';
import { enrollComputer, roomToken } from '../../../agent/test/support/hub-harness.ts';
import {
  openHelpWindow,
  saveArtifact,
  visible,
  LIVE_TIMEOUT_MS as TRAY_TIMEOUT_MS,
} from '../../../agent/test/support/page-helpers.ts';
import { startTrayHarness } from '../../../agent/test/support/tray-harness.ts';
import { useWindowFixture } from '../../../agent/test/support/window-fixture.ts';
import { manualClock } from '../../src/hub/testing/manual-clock.ts';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { fullReport, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { nextEvent, TEST_ADMIN_PASSWORD } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from '../ui/support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from '../ui/support/console-page.ts';
import { connectSampleComputer } from '../ui/support/sample-computer.ts';

const MINUTE_MS = 60_000;
/** Bound on the whole journey (a run alone takes about 40 s here). */
const JOURNEY_TIMEOUT_MS = 180_000;
const ANA = { username: 'ana', password: 'ana-password-1' };

// The hub's clock stands still unless the test moves it; its request sweep looks every 50 ms.
const clock = manualClock(Date.now());
const journeyTest = consoleTest.override('hubOptions', { clock, escalationSweepMs: 50 });

/** Where the request's line is in a console's lists. */
const entryOf = (page: Page, requestId: string) =>
  page.locator(`[data-request-id="${requestId}"]`).first();

describe('a student Tech Advisor helps her room, end to end', () => {
  const window = useWindowFixture();

  journeyTest(
    'offered, claimed, looked at, answered and resolved; the tray lists the looks; the coordinator gets what nobody took',
    async ({ t, page, problems, otherConsole }) => {
      const admin = await t.signIn();
      const violations: string[] = [];
      // Room 12's computer: its inventory first (on a socket of its own), then the tray on it.
      const lab = window.tempDir('handraise-agent-');
      const enrolled = await enrollComputer(
        t.hub.url,
        lab,
        'lab-12-pc',
        await roomToken(t.hub.url, admin, { room: 'Room 12' }),
      );
      const inventory = await t.connectAgent(enrolled);
      const os = { ...sampleSections().os, hostname: 'lab-12-pc' };
      expect(
        (await inventory.emitWithAck('inventory:report', fullReport(sampleSections({ os })))).ok,
      ).toBe(true);
      inventory.disconnect();
      const tray = startTrayHarness(lab);
      window.onCleanup(() => tray.close());
      // The Library's computer asks too: not Ana's room.
      const library = await connectSampleComputer(
        t,
        'library-pc',
        await roomToken(t.hub.url, admin, { room: 'Library' }),
      );
      const libraryRequest = await raiseHand(library, { category: 'internet', text: 'No Wi-Fi' });

      const created = await t.http<User>('/api/users', {
        token: admin,
        body: {
          ...ANA,
          displayName: 'Ana',
          role: 'advisor',
          advisorKind: 'student',
          scope: { sites: [], rooms: ['Room 12'] },
          skills: ['Printers'],
        },
      });
      expect(created.status).toBe(201);

      // Ana lands on her requests and her room's queue; the Library's request is not there.
      await signIn(page, t.hub.url, ANA);
      const mine = page.getByRole('list', { name: 'My requests' });
      const waiting = page.getByRole('list', { name: 'Waiting in my rooms' });
      await visible(page.getByRole('heading', { name: 'Waiting in my rooms' }));
      expect(await page.locator(`[data-request-id="${libraryRequest}"]`).count()).toBe(0);
      // Clicked where a person clicks: the switch's visible label (the input itself is hidden).
      await page.locator('label.duty-switch').click();
      await expect
        .poll(async () => (await t.http<{ id: string }[]>('/api/duty', { token: admin })).body)
        .toMatchObject({ ok: true, data: [{ id: (created.body as { data: User }).data.id }] });

      // The teacher at the lab computer asks from the tray, with a picture of the screen.
      const { page: helpWindow, problems: trayProblems } = await openHelpWindow(
        window.browser(),
        tray,
        window.siteUrl(),
        'ask',
      );
      await visible(helpWindow.getByText('Connected to school help'));
      await helpWindow.getByRole('radio', { name: 'Printer' }).check();
      await helpWindow.getByLabel('What happened?').fill('The printer says paper jam');
      await helpWindow.getByLabel('Your first name').fill('Ms Rivera');
      await helpWindow.getByRole('button', { name: 'Send with picture', exact: true }).click();
      await visible(helpWindow.getByText(/Request \d+/), TRAY_TIMEOUT_MS);

      // Offered to Ana: she claims it from the notice and lands on the request.
      const offer = page.getByRole('region', { name: 'Requests offered to you' });
      await visible(offer.getByText(/Printer/));
      const requestId = await offer
        .locator('[data-request-id]')
        .first()
        .getAttribute('data-request-id');
      if (!requestId) throw new Error('the offer names no request');
      await expect.poll(() => waiting.textContent()).toContain('The printer says paper jam');
      violations.push(...(await checkView(page, 'journey-advisor-offered')));
      await offer.getByRole('button', { name: 'Claim' }).click();
      const detail = page.getByRole('article');
      await visible(detail.getByRole('button', { name: 'Mark resolved' }));
      await expect.poll(() => mine.count()).toBe(0); // the request page replaced the home
      const thumbnail = detail.getByRole('img', { name: /Screen of lab-12-pc/ });
      await expect
        .poll(() => thumbnail.evaluate((img) => (img as { naturalWidth: number }).naturalWidth), {
          timeout: LIVE_TIMEOUT_MS,
        })
        .toBeGreaterThan(0);
      violations.push(...(await checkView(page, 'journey-advisor-request')));

      // The computer: its details, never its serial number.
      await detail.getByRole('link', { name: 'lab-12-pc' }).click();
      await visible(page.getByRole('tab', { name: /Overview/ }));
      await expect.poll(() => page.locator('main').textContent()).toContain('ThinkCentre M70q');
      expect(await page.locator('main').textContent()).not.toContain(
        sampleSections().hardware.serial ?? 'no serial in the sample',
      );
      violations.push(...(await checkView(page, 'journey-advisor-device')));
      await page.goBack();

      // A message, then resolved with a note.
      const box = page.getByRole('article');
      await box.getByLabel('Message to the requester').fill('Coming with the key to tray 2.');
      await box.getByRole('button', { name: 'Send' }).click();
      await visible(helpWindow.getByText('Coming with the key to tray 2.'), TRAY_TIMEOUT_MS);
      await box.getByRole('button', { name: 'Mark resolved…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
      await expect.poll(() => box.textContent()).toContain('Resolved');

      // The tray lists Ana's looks: the computer's details and the picture, for this request.
      await helpWindow.getByRole('button', { name: 'This computer' }).click();
      await visible(helpWindow.locator('dl.facts').getByText('Room 12', { exact: true }));
      const looks = helpWindow.getByTestId('who-looked').getByRole('listitem');
      await visible(looks);
      await expect
        // In any order: the picture and the details load side by side.
        .poll(async () => (await looks.allTextContents()).sort(), { timeout: TRAY_TIMEOUT_MS })
        .toEqual([
          expect.stringMatching(
            /^Ana \(Tech Advisor\) looked at the picture of your screen on .+ for your request about: Printer$/,
          ),
          expect.stringMatching(
            /^Ana \(Tech Advisor\) looked at this computer’s details on .+ for your request about: Printer$/,
          ),
        ]);
      await saveArtifact(helpWindow, 'advisor-journey-tray-who-looked.png');

      // The requester says it is fixed: closed, and the computer is no longer Ana's to see.
      const anaToken = (await t.http<{ token: string }>('/api/session', { body: ANA })).body as {
        ok: true;
        data: { token: string };
      };
      const closed = nextEvent<HelpRequest>(
        await t.connectConsole(admin),
        'request:updated',
        LIVE_TIMEOUT_MS,
      );
      await helpWindow.getByRole('button', { name: 'My requests' }).click();
      await helpWindow.getByText('The printer says paper jam').first().click();
      await helpWindow.getByRole('button', { name: 'Fixed' }).click();
      expect(await closed).toMatchObject({ id: requestId, state: 'closed' });
      const device = await t.http(`/api/devices/${enrolled.deviceId}`, {
        token: anaToken.data.token,
      });
      expect(device.status).toBe(404);
      await page.goto(`${t.hub.url}/#/devices/${enrolled.deviceId}`);
      await visible(page.getByText(/^You cannot see this computer now/));
      violations.push(...(await checkView(page, 'journey-advisor-device-after-close')));

      // Nobody takes the next one: offered to Ana, who is busy elsewhere. After the set 10
      // minutes on the hub's clock it is the coordinator's, on the coordinator's console, live.
      const { page: desk, problems: deskProblems } = await otherConsole({
        username: 'admin',
        password: TEST_ADMIN_PASSWORD,
      });
      const secondComputer = await t.connectAgent(
        await t.enroll('lab-12-pc-2', await roomToken(t.hub.url, admin, { room: 'Room 12' })),
      );
      const second = await raiseHand(secondComputer, {
        category: 'printer',
        text: 'Printing in pink',
      });
      await desk.goto(`${t.hub.url}/#/requests`);
      const line = entryOf(desk, second);
      await visible(line);
      expect(await line.textContent()).not.toContain('Escalated');
      clock.advance(10 * MINUTE_MS + 1_000);
      await expect
        .poll(() => line.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toContain('Escalated');
      const escalated = await t.http<HelpRequestDetail>(`/api/requests/${second}`, {
        token: admin,
      });
      expect(escalated.body.ok && escalated.body.data.events.at(-1)?.body).toBe(
        'Nobody took it in 10 minutes.',
      );
      // Ana may read it, escalated, but no longer take it.
      await page.goto(`${t.hub.url}/#/requests`);
      await expect.poll(() => entryOf(page, second).textContent()).toContain('Escalated');
      await entryOf(page, second).click();
      await visible(page.getByRole('article').getByText('Printing in pink'));
      expect(await page.getByRole('article').getByRole('button', { name: 'Claim' }).count()).toBe(
        0,
      );
      // The coordinator's Today: who is on duty and each advisor's load.
      await desk.goto(`${t.hub.url}/#/today`);
      await visible(desk.getByText('Ana'));
      violations.push(...(await checkView(desk, 'journey-coordinator')));
      expect(deskProblems).toEqual([]);
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
      expect(trayProblems).toEqual([]);
    },
    // A whole round with two consoles, a help window and several page loads.
    JOURNEY_TIMEOUT_MS,
  );
});
