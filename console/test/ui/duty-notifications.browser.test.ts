// Two consoles in Chromium on a real hub: a Tech Advisor goes on duty and the coordinator's Today
// shows it live; a request raised while the coordinator's console is in the background becomes a
// desktop notification (the Notification API, recorded by a stand-in), and clicking it opens
// that request. Today with someone on duty passes axe.
import { describe, expect } from 'vitest';
import { ADVISOR, createAdvisor } from '../../src/hub/testing/advisor.ts';
import { consoleTest } from './support/console-fixture.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn } from './support/console-page.ts';
import { raiseHand } from '../../src/hub/testing/raise-hand.ts';
import { pageWithNotifications, SHOWN, type Shown } from './support/notification-recorder.ts';
import { connectSampleComputer } from './support/sample-computer.ts';

/**
 * The console fixtures, where the page is the coordinator's console with desktop notifications
 * allowed and recorded; with one computer that has an inventory, so Today shows the dashboard
 * rather than the welcome; and a Tech Advisor signed in at a console of their own.
 */
const dutyTest = consoleTest
  .override('page', async ({ browser, t, viewport }) =>
    pageWithNotifications(browser, t.hub.url, viewport),
  )
  .extend('agent', { scope: 'file', auto: true }, async ({ t }) =>
    connectSampleComputer(t, 'lab-pc-12'),
  )
  .extend('advisor', { scope: 'file' }, async ({ t, otherConsole }) => {
    await createAdvisor(t, await t.signIn());
    return otherConsole(ADVISOR, { width: 1280, height: 800 });
  });

describe('console UI: on duty and desktop notifications', () => {
  dutyTest(
    "shows an advisor going on and off duty on another console's Today, live",
    async ({
      t,
      page: coordinator,
      problems,
      advisor: { page: advisor, problems: advisorProblems },
    }) => {
      await signIn(coordinator, t.hub.url);
      await coordinator.goto(`${t.hub.url}/#/today`);
      const card = coordinator.getByRole('region', { name: 'Advisors on duty' });
      await expect
        .poll(() => card.textContent())
        .toContain('No one on duty — new requests wait for the coordinator');

      const toggle = advisor.getByRole('switch', { name: 'On duty' });
      expect(await toggle.isChecked()).toBe(false);
      // Clicked where a person clicks: the switch's visible label (the input itself is hidden).
      const label = advisor.locator('label.duty-switch');
      await label.click();
      await expect.poll(() => toggle.isChecked()).toBe(true);
      await expect
        .poll(() => card.getByRole('listitem').allTextContents(), { timeout: LIVE_TIMEOUT_MS })
        .toEqual(['Sam OkaforTech Advisor']);
      // The coordinator's own switch is theirs alone: still off.
      expect(await coordinator.getByRole('switch', { name: 'On duty' }).isChecked()).toBe(false);

      const violations = await checkView(coordinator, 'today-on-duty');
      expect(violations).toEqual([]);

      // And from the keyboard.
      await toggle.focus();
      await advisor.keyboard.press('Space');
      await expect
        .poll(() => card.textContent(), { timeout: LIVE_TIMEOUT_MS })
        .toContain('No one on duty');
      expect(problems).toEqual([]);
      expect(advisorProblems).toEqual([]);
    },
  );

  dutyTest(
    'turns notifications on from Settings, notifies only in the background, opens on click',
    async ({ t, page: coordinator, problems, agent }) => {
      await coordinator.goto(`${t.hub.url}/#/settings`);
      const state = coordinator.getByTestId('notifications-state');
      await expect.poll(() => state.textContent()).toMatch(/^Off/);
      await coordinator.getByRole('button', { name: 'Turn on desktop notifications' }).click();
      await expect.poll(() => state.textContent()).toMatch(/^On/);

      // In front: the badge is enough, no notification.
      const badge = coordinator.getByTestId('new-requests-badge');
      await raiseHand(agent, { category: 'app', text: 'Scratch will not open' });
      await expect.poll(() => badge.textContent(), { timeout: LIVE_TIMEOUT_MS }).toContain('1');
      expect(await coordinator.evaluate<Shown[]>(SHOWN)).toEqual([]);

      // Behind other windows: a notification naming the device and the category.
      await coordinator.evaluate('window.__setBackground(true)');
      const requestId = await raiseHand(agent, {
        category: 'printer',
        text: 'The printer prints blank pages',
      });
      await expect
        .poll(() => coordinator.evaluate<Shown[]>(SHOWN), { timeout: LIVE_TIMEOUT_MS })
        .toEqual([
          {
            title: 'New request from lab-pc-12',
            body: 'Printer',
            tag: `request-${requestId}`,
            closed: false,
          },
        ]);
      await expect.poll(() => badge.textContent()).toContain('2');

      await coordinator.evaluate('window.__setBackground(false)');
      await coordinator.evaluate('window.__notifications[0].onclick(new Event("click"))');
      await expect.poll(() => coordinator.url()).toContain(`#/requests/${requestId}`);
      await expect
        .poll(() => coordinator.getByRole('article').textContent())
        .toContain('The printer prints blank pages');
      expect((await coordinator.evaluate<Shown[]>(SHOWN))[0]?.closed).toBe(true);
      expect(problems).toEqual([]);
    },
  );
});
