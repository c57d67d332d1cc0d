// The help window while the school network is down: the request is saved on the computer, the
// window says so (no number yet, but the school's fallback line and the room it last heard), and
// when the hub is back it is delivered once and the window updates by itself.
import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { freePort } from '../../../console/test/support/ports.ts';
import {
  connectHelper,
  enrollComputer,
  roomToken,
  setFallbackContact,
  startHub,
  storedRequestCount,
} from '../support/hub-harness.ts';
import { LIVE_TIMEOUT_MS, openHelpWindow, saveArtifact, visible } from '../support/page-helpers.ts';
import { startTrayHarness } from '../support/tray-harness.ts';
import { useWindowFixture } from '../support/window-fixture.ts';

/** What the school asks its requesters to do when it cannot wait (the hub's settings). */
const FALLBACK = 'If your class is stopped, call extension 1234';

/** Longest wait for the agent to find the hub again, in ms: its reconnection back-off starts at 2 s. */
const RECONNECT_TIMEOUT_MS = 45_000;

describe('help window offline', () => {
  const { browser, siteUrl, tempDir, onCleanup } = useWindowFixture();

  it('saves a request while the school network is down and delivers it once when it is back', async () => {
    const port = await freePort();
    const hubDir = tempDir('handraise-hub-');
    const agentDir = tempDir('handraise-agent-');
    let hub = await startHub(hubDir, port);
    const coordinator = await connectHelper(hub.url);
    const token = await roomToken(hub.url, coordinator.token, { room: 'Art Room' });
    await enrollComputer(hub.url, agentDir, 'art-room-mac', token);
    await setFallbackContact(hub.url, coordinator.token, FALLBACK);
    coordinator.close();

    // The tray hears once, while connected, which computer this is to the school; then the
    // network goes down.
    const tray = startTrayHarness(agentDir);
    onCleanup(() => tray.close());
    await tray.runtime.started;
    await expect
      .poll(async () => (await tray.runtime.desk.helpDesk())?.room, { timeout: LIVE_TIMEOUT_MS })
      .toBe('Art Room');
    await hub.close();

    const { page, problems } = await openHelpWindow(browser(), tray, siteUrl(), 'about');
    await visible(page.getByText('Not connected right now'));
    // Offline, "This computer" still says what the school said of it, not the OS's name.
    await visible(page.locator('dl.facts').getByText('Art Room', { exact: true }));
    await visible(page.locator('dl.facts').getByText('art-room-mac', { exact: true }));
    await page.getByRole('button', { name: 'Ask for help' }).click();
    await page.getByRole('radio', { name: 'Printer' }).check();
    const words = page.getByLabel('What happened?');
    await words.click();
    await words.pressSequentially('It prints blank pages');
    await words.press('Enter');
    // This time the student keeps the picture to themselves.
    await visible(page.getByRole('img', { name: 'The picture of your screen that will be sent' }));
    await page.getByRole('button', { name: "Don't send the picture" }).click();
    await visible(page.getByText('No picture will be sent.'));
    // Send says so too, and the bar above it says nothing but words go.
    await visible(
      page.getByText(
        'What you wrote above and this computer’s details (system and parts). No picture.',
      ),
    );
    expect(
      await page.getByRole('img', { name: 'Small copy of the picture that will be sent' }).count(),
    ).toBe(0);
    await page.getByRole('button', { name: 'Send without picture', exact: true }).click();
    const saved = 'Saved — it will be sent when the school network is back';
    await visible(page.getByRole('status').filter({ hasText: saved }));
    expect(tray.runtime.desk.list()).toMatchObject([
      { state: 'saved', id: null, number: null, hasScreenshot: false },
    ]);
    // No number before the hub has it, and nobody to name; the school's line, kept, is there.
    const noNumber = 'Not at school help yet, so it has no number. It gets one when it arrives.';
    await visible(page.getByText(noNumber));
    await visible(page.getByTestId('fallback').filter({ hasText: FALLBACK }));
    expect(await page.getByTestId('who-is-coming').count()).toBe(0);
    await saveArtifact(page, 'help-window-en-offline.png');

    // The hub comes back on the same port and data: the window updates by itself.
    hub = await startHub(hubDir, port);
    const restarted = hub;
    onCleanup(() => restarted.close());
    await visible(
      page.getByRole('status').filter({ hasText: 'Sent! A helper will look at it soon.' }),
      RECONNECT_TIMEOUT_MS,
    );
    await visible(page.getByText('Connected to school help'));
    expect(await page.getByText(saved).count()).toBe(0);
    // Now it has its number; nobody is on duty (no console is open), so the coordinator gets it.
    await visible(page.getByText(/^Request \d+$/));
    await visible(
      page.getByTestId('who-is-coming').filter({
        hasText: 'Nobody is on duty right now, so it goes to the IT coordinator.',
      }),
    );
    expect(await page.getByText(noNumber).count()).toBe(0);
    await saveArtifact(page, 'help-window-en-offline-delivered.png');

    // Stored exactly once, without the picture the student dropped.
    expect(await storedRequestCount(hub)).toBe(1);
    const helper = await connectHelper(hub.url);
    onCleanup(() => helper.close());
    const listed = await helper.ask<HelpRequest[]>('requests:list', {});
    expect(listed).toMatchObject([
      { category: 'printer', text: 'It prints blank pages', screenshot: null },
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
