// Two consoles in Chromium on a real hub: a Tech Advisor goes on duty and the coordinator's Today
// shows it live; a request raised while the coordinator's console is in the background becomes a
// desktop notification (the Notification API, recorded by a stand-in), and clicking it opens
// that request. Today with someone on duty passes axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { HelpCategory } from '@handraise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullReport, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { startTestHub, type AgentClient, type TestHub } from '../../src/hub/testing/test-hub.ts';
import { launchBrowser } from '../support/browser.ts';
import { ADVISOR, createAdvisor } from '../../src/hub/testing/advisor.ts';
import { buildUiForTest, type BuiltUi } from './support/built-ui.ts';
import { checkView, LIVE_TIMEOUT_MS, signIn, watchProblems } from './support/console-page.ts';

/**
 * Runs before the console's own scripts: `Notification` records what it is asked to show (and
 * asks the real API for permission, which the context grants), and the page's focus and
 * visibility follow `window.__setBackground(true|false)`, since a headless window cannot be put
 * behind another one.
 */
const NOTIFICATION_RECORDER = `(() => {
  const Real = window.Notification;
  const shown = [];
  let permission = 'default';
  class RecordingNotification {
    static get permission() { return permission; }
    static async requestPermission() {
      permission = Real ? await Real.requestPermission() : 'granted';
      return permission;
    }
    constructor(title, options) {
      this.title = title;
      this.options = options ?? {};
      this.onclick = null;
      this.closed = false;
      shown.push(this);
    }
    close() { this.closed = true; }
  }
  window.Notification = RecordingNotification;
  window.__notifications = shown;
  let background = false;
  window.__setBackground = (value) => { background = value; };
  Document.prototype.hasFocus = function () { return !background; };
  Object.defineProperty(Document.prototype, 'visibilityState', {
    get: () => (background ? 'hidden' : 'visible'),
  });
})();`;

type Shown = { title: string; body: string; tag: string; closed: boolean };
const SHOWN = `window.__notifications.map((n) => ({ title: n.title, body: n.options.body, tag: n.options.tag, closed: n.closed }))`;

describe('console UI: on duty and desktop notifications', () => {
  let ui: BuiltUi;
  let t: TestHub;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let coordinator: Page;
  let advisor: Page;
  let problems: string[];
  let agent: AgentClient;

  beforeAll(async () => {
    ui = await buildUiForTest();
    t = await startTestHub({}, { webRoot: ui.webRoot });
    const admin = await t.signIn();
    await createAdvisor(t, admin);
    // One computer with an inventory, so Today shows the dashboard rather than the welcome.
    agent = await t.connectAgent(await t.enroll('lab-pc-12'));
    const os = { ...sampleSections().os, hostname: 'lab-pc-12' };
    await agent.emitWithAck('inventory:report', fullReport(sampleSections({ os })));

    browser = await launchBrowser();
    coordinatorContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await coordinatorContext.grantPermissions(['notifications'], { origin: t.hub.url });
    await coordinatorContext.addInitScript(NOTIFICATION_RECORDER);
    coordinator = await coordinatorContext.newPage();
    problems = await watchProblems(coordinator);
    advisor = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    problems.push(...(await watchProblems(advisor)));

    await signIn(coordinator, t.hub.url);
    await signIn(advisor, t.hub.url, ADVISOR);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    ui?.remove();
  });

  const raiseHand = async (category: HelpCategory, text: string): Promise<string> => {
    const created = await agent.emitWithAck('help:create', {
      idempotencyKey: crypto.randomUUID(),
      category,
      text,
      createdAt: new Date().toISOString(),
    });
    if (!created.ok) throw new Error(created.error);
    return created.data.requestId;
  };

  it("shows an advisor going on and off duty on another console's Today, live", async () => {
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
  });

  it('turns notifications on from Settings, notifies only in the background, opens on click', async () => {
    await coordinator.goto(`${t.hub.url}/#/settings`);
    const state = coordinator.getByTestId('notifications-state');
    await expect.poll(() => state.textContent()).toMatch(/^Off/);
    await coordinator.getByRole('button', { name: 'Turn on desktop notifications' }).click();
    await expect.poll(() => state.textContent()).toMatch(/^On/);

    // In front: the badge is enough, no notification.
    const badge = coordinator.getByTestId('new-requests-badge');
    await raiseHand('app', 'Scratch will not open');
    await expect.poll(() => badge.textContent(), { timeout: LIVE_TIMEOUT_MS }).toContain('1');
    expect(await coordinator.evaluate<Shown[]>(SHOWN)).toEqual([]);

    // Behind other windows: a notification naming the device and the category.
    await coordinator.evaluate('window.__setBackground(true)');
    const requestId = await raiseHand('printer', 'The printer prints blank pages');
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
  });
});
