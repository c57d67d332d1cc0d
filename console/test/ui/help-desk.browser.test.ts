// The console UI (built by Vite, served by a real hub) in Chromium: a coordinator signs in, a hand
// raised on a computer appears live, and claiming, writing and resolving reach that computer's
// agent as `help:updated` pushes. Then every view is checked with axe and photographed.
import { describe, expect } from 'vitest';
import type { RequesterRequest } from '@handraise/shared';
import { HELP_EXAMPLES } from '../../bench/simulation/device-profile.ts';
import { makePng } from '../../bench/simulation/png.ts';
import { nextEvent } from '../../src/hub/testing/test-hub.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';
import { fakeScreenPng } from './support/fake-screen.ts';
import { connectFleet } from './support/live-fleet.ts';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { connectSampleComputer } from './support/sample-computer.ts';
import { seedFleet } from './support/seed-fleet.ts';

// This project's Node tests have no DOM typings; elements are described by what is read from them.
const loadedWidth = (img: unknown) => {
  const { complete, naturalWidth } = img as { complete: boolean; naturalWidth: number };
  return complete ? naturalWidth : 0;
};
const shownWidth = (img: unknown) =>
  Math.round((img as { getBoundingClientRect(): { width: number } }).getBoundingClientRect().width);

/** Computers on live sockets, and more that are enrolled but switched off. */
const LIVE_COMPUTERS = 12;
const OFFLINE_COMPUTERS = 24;

/**
 * The console fixtures, with a fleet in the hub before the page opens: computers on live sockets
 * (three of them with a hand raised, so the queue and Today have something in them) and more that
 * are enrolled but switched off; plus the requester's computer of these tests and the picture of
 * its screen.
 */
const helpDeskTest = consoleTest
  .extend('fleet', { scope: 'file', auto: true }, async ({ t }, { onCleanup }) => {
    const fleet = await connectFleet(t, await t.signIn(), LIVE_COMPUTERS);
    onCleanup(() => {
      for (const simulated of fleet) simulated.close();
    });
    await seedFleet(t.hub.database, OFFLINE_COMPUTERS, {
      fullSoftware: true,
      firstIndex: LIVE_COMPUTERS,
    });
    for (const [i, example] of HELP_EXAMPLES.slice(0, 3).entries()) {
      await fleet[i * 3]!.raiseHand({
        ...example,
        ...(i === 0 ? { screenshot: makePng(800, 500, 3) } : {}),
      });
    }
    return fleet;
  })
  /** The requester's computer, on a plain agent socket. */
  .extend('agent', { scope: 'file' }, async ({ t }) => connectSampleComputer(t, 'library-pc-3'))
  .extend('screen', { scope: 'file' }, async ({ browser }) => fakeScreenPng(browser));

describe('console UI: help desk', () => {
  helpDeskTest(
    'shows a raised hand live; claim, message and resolve each reach the requester',
    async ({ t, page, problems, agent, screen }) => {
      await signIn(page, t.hub.url);
      await page.getByRole('link', { name: /^Requests/ }).click();
      const badge = page.getByTestId('new-requests-badge');
      await expect.poll(() => badge.textContent()).toContain('3');

      const requestId = await raiseHand(agent, {
        category: 'printer',
        text: 'The printer in the library prints blank pages',
        requester: 'Maya, 6th grade',
        screenshot: screen,
      });
      const entry = page.locator(`[data-request-id="${requestId}"]`);
      await entry.waitFor({ timeout: LIVE_TIMEOUT_MS });
      expect(await entry.textContent()).toContain('The printer in the library prints blank pages');
      await expect.poll(() => badge.textContent()).toContain('4');

      await entry.click();
      const detail = page.getByRole('article');
      await expect
        .poll(() => detail.getByRole('heading', { level: 2 }).first().textContent())
        .toContain('library-pc-3');
      // The screenshot is fetched with the bearer token into a blob: URL.
      const thumbnail = detail.getByRole('img', { name: /Screen of library-pc-3/ });
      await expect.poll(() => thumbnail.evaluate(loadedWidth)).toBe(960);
      expect(await thumbnail.getAttribute('src')).toMatch(/^blob:/);
      // Zoomable: the full-size view opens in a dialog and zooms to the picture's own pixels.
      await detail.getByRole('button', { name: 'Open the screenshot full size' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Actual size' }).click();
      await expect.poll(() => dialog.getByRole('img').evaluate(shownWidth)).toBe(960);
      await dialog.getByRole('button', { name: 'Close' }).click();

      const claimed = nextEvent<RequesterRequest>(agent, 'help:updated');
      await detail.getByRole('button', { name: 'Claim' }).click();
      expect(await claimed).toMatchObject({
        id: requestId,
        state: 'claimed',
        helperName: 'Coordinator',
      });
      await expect.poll(() => entry.textContent()).toContain('In progress');

      const messaged = nextEvent<RequesterRequest>(agent, 'help:updated');
      await detail.getByLabel('Message to the requester').fill('Coming over with new toner.');
      await detail.getByRole('button', { name: 'Send' }).click();
      const afterMessage = await messaged;
      expect(afterMessage.messages.at(-1)).toMatchObject({
        from: 'helper',
        kind: 'message',
        body: 'Coming over with new toner.',
      });
      await expect
        .poll(() => detail.getByRole('list', { name: 'Timeline' }).textContent())
        .toContain('Coming over with new toner.');

      const resolved = nextEvent<RequesterRequest>(agent, 'help:updated');
      await detail.getByRole('button', { name: 'Mark resolved…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
      expect(await resolved).toMatchObject({ id: requestId, state: 'resolved' });
      await expect.poll(() => detail.textContent()).toContain('Resolved');

      // The requester answers from the tray: the timeline follows without a reload.
      await agent.emitWithAck('help:reply', {
        requestId,
        idempotencyKey: crypto.randomUUID(),
        text: 'Still blank, sorry!',
      });
      await expect
        .poll(() => detail.getByRole('list', { name: 'Timeline' }).textContent(), {
          timeout: LIVE_TIMEOUT_MS,
        })
        .toContain('Still blank, sorry!');

      const reopened = nextEvent<RequesterRequest>(agent, 'help:updated');
      await detail.getByRole('button', { name: 'Reopen' }).click();
      expect(await reopened).toMatchObject({ id: requestId, state: 'claimed' });

      // Escalating goes to the coordinator: they are not offered it for themselves.
      await detail.getByRole('button', { name: 'Mark resolved…' }).waitFor();
      expect(await detail.getByRole('button', { name: 'Escalate…' }).count()).toBe(0);
      expect(problems).toEqual([]);
    },
  );

  helpDeskTest(
    'passes axe on every view, in light and dark, and saves a picture of each',
    async ({ t, page, problems, fleet }) => {
      const violations: string[] = [];
      const visit = async (hash: string, ready: () => Promise<unknown>) => {
        await page.goto(`${t.hub.url}/${hash}`);
        await ready();
      };

      await visit('#/today', () =>
        page.getByRole('heading', { name: 'Requests per day' }).waitFor(),
      );
      await page.locator('.recharts-bar-rectangle').first().waitFor();
      violations.push(...(await checkView(page, 'today')));

      // The request handled above: screenshot, timeline and messages.
      await visit('#/requests', () => page.locator('.queue a').first().waitFor());
      await page.locator('.queue a').filter({ hasText: 'library-pc-3' }).click();
      await page.getByRole('img', { name: /Screen of/ }).waitFor();
      violations.push(...(await checkView(page, 'requests')));
      await page.getByRole('button', { name: 'Open the screenshot full size' }).click();
      await page.getByRole('dialog').waitFor();
      violations.push(...(await checkView(page, 'screenshot-zoom')));
      await page.keyboard.press('Escape');

      await visit('#/devices', () =>
        page.getByTestId('devices-table').locator('tbody tr').first().waitFor(),
      );
      violations.push(...(await checkView(page, 'devices')));
      // The computer with the most pending updates, so every tab has something in it.
      const behind = [...fleet].sort(
        (a, b) => b.profile.sections.updates.length - a.profile.sections.updates.length,
      )[0];
      await page.locator(`tr[data-device-id="${behind?.deviceId}"]`).getByRole('link').click();
      await page.getByRole('tab', { name: /Overview/ }).waitFor();
      violations.push(...(await checkView(page, 'device-overview')));
      await page.getByRole('tab', { name: /Software/ }).click();
      violations.push(...(await checkView(page, 'device-software')));
      await page.getByRole('tab', { name: /Pending updates/ }).click();
      violations.push(...(await checkView(page, 'device-updates')));

      // The title most behind, opened: its computers, reasons, versions and rules.
      await visit('#/software', () =>
        page.getByTestId('software-table').locator('tbody tr').first().waitFor(),
      );
      await page.getByTestId('software-table').locator('tbody tr a').first().click();
      await page.getByTestId('title-panel').locator('.verdict-list').waitFor();
      violations.push(...(await checkView(page, 'software')));

      await visit('#/people', () => page.getByTestId('accounts').waitFor());
      violations.push(...(await checkView(page, 'people-accounts')));
      await page.getByRole('tab', { name: 'Enrollment' }).click();
      await page.getByRole('textbox', { name: 'Room' }).fill('Room 204');
      await page.getByRole('button', { name: 'Create token' }).click();
      await page.getByTestId('install-command').waitFor();
      violations.push(...(await checkView(page, 'people-enrollment')));

      await visit('#/settings', () =>
        page.getByRole('button', { name: 'Save settings' }).waitFor(),
      );
      violations.push(...(await checkView(page, 'settings')));

      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});
